/** Folders of real sample reports for batch tests: mixed formats, bad files, copies, and edited variants. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./dist.js";

const S = (p: string) => join(ROOT, "samples", p);

/**
 * A mixed folder: the Xinjiang report as .txt/.html/.docx and in three encodings, a PDF, four regional
 * reports, three bad files, a copy (same content, another path) and an edited copy (different content).
 * 16 files; 13 convert, 3 fail.
 */
export function makeMixedFolder(dir: string): string[] {
  mkdirSync(join(dir, "xj"), { recursive: true });
  mkdirSync(join(dir, "regional"), { recursive: true });
  mkdirSync(join(dir, "bad"), { recursive: true });
  const put: [string, string][] = [
    ["changji-czj-2024.txt", "xj/report.txt"],
    ["changji-czj-2024.html", "xj/report.html"],
    ["changji-czj-2024.docx", "xj/report.docx"],
    ["variants/changji-czj-2024.gb18030.txt", "xj/gb18030.txt"],
    ["variants/changji-czj-2024.crlf.txt", "xj/crlf.txt"],
    ["variants/changji-czj-2024.bom.txt", "xj/bom.txt"],
    ["pdf/synthetic.pdf", "synthetic.pdf"],
    ["variants/regional/central-danjiangkou-scjgj-2023.txt", "regional/danjiangkou.txt"],
    ["variants/regional/hunan-rucheng-zrzyj-2023.txt", "regional/rucheng.txt"],
    ["variants/regional/sichuan-penan-nyj-2023.txt", "regional/penan.txt"],
    ["variants/regional/unit-linxiang-rmtzx-2023.txt", "regional/linxiang.txt"],
    ["bad/empty.txt", "bad/empty.txt"],
    ["bad/fake.pdf", "bad/fake.pdf"],
    ["bad/corrupt.docx", "bad/corrupt.docx"],
    ["changji-czj-2024.txt", "copy-of-report.txt"],
  ];
  for (const [from, to] of put) copyFileSync(S(from), join(dir, to));
  writeFileSync(join(dir, "xj", "report-edited.txt"), readFileSync(S("changji-czj-2024.txt"), "utf8") + "\n（本报告已更正）\n");
  return put.map(([, to]) => join(dir, to)).concat(join(dir, "xj", "report-edited.txt"));
}

/** n copies of the Xinjiang .txt report, each with different bytes (a trailing blank run) and the same facts. */
export function makeTxtCopies(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(S("changji-czj-2024.txt"), "utf8");
  return Array.from({ length: n }, (_, i) => {
    const f = join(dir, `r${String(i).padStart(2, "0")}.txt`);
    writeFileSync(f, text + "\n".repeat(i + 1));
    return f;
  });
}
