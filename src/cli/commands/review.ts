import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "../command.js";
import { forEachInput } from "../each.js";
import { UsageError } from "../errors.js";
import { ensureDir, readStdin, writeOutput } from "../io.js";
import { uniqueNames } from "../../batch/names.js";

export const reviewCommand: Command = {
  name: "review",
  usage: "juesuan review FILE… -o FILE.html|DIR [--families DIR]",
  description: "生成可直接打开的单文件 HTML 审核页（无需联网）：核对结果可点到原文位置，PDF 按页绘出，事实与问题处加框；多份报告时写入目录并生成 index.html",
  options: {
    output: { type: "string", short: "o", arg: "PATH", help: "输出的 .html 文件；多份报告时为目录（不存在则创建）" },
    families: { type: "string", arg: "DIR", help: "版式族所在目录（默认 schemas/layouts）" },
  },
  async run({ positionals, values }) {
    const target = values.output as string | undefined;
    if (!positionals.length) throw new UsageError("没有给出文件（用 - 表示标准输入）");
    const isDir = target !== undefined && ((await stat(target).catch(() => undefined))?.isDirectory() ?? false);
    const toDir = target !== undefined && (positionals.length > 1 || isDir || /[/\\]$/.test(target));
    if (!target && process.stdout.isTTY) throw new UsageError("请用 -o FILE.html 指定输出文件");
    if (!toDir && positionals.length > 1) throw new UsageError("多份报告时 -o 须为目录");
    if (toDir) await ensureDir(target!, "输出目录");
    const families = typeof values.families === "string" ? values.families : undefined;
    const [{ parseReportWithDoc }, { reviewHtml, indexRow, layoutOf }, { renderIndexHtml }] = await Promise.all([
      import("../../pipeline.js"),
      import("../../output/review-html/write.js"),
      import("../../output/review-html/batch-index.js"),
    ]);
    const names = uniqueNames(positionals.map((f) => ({ path: f === "-" ? "stdin" : f, root: f })));
    const rows: Parameters<typeof renderIndexHtml>[0] = [];
    const code = await forEachInput("review", positionals, async (input, file, i) => {
      const { report, doc } = await parseReportWithDoc(input);
      const bytes = report.source.format === "pdf" ? (input.bytes ?? (file === "-" ? await readStdin() : new Uint8Array(await readFile(file)))) : undefined;
      const html = reviewHtml(report, doc, bytes, families);
      const path = toDir ? join(target!, `${names[i]}.html`) : target;
      await writeOutput(path, html);
      if (toDir) rows.push(indexRow(file, report, `${names[i]}.html`, layoutOf(report, families)));
      return 0;
    });
    if (toDir && positionals.length > 1) await writeOutput(join(target!, "index.html"), renderIndexHtml(rows));
    return code;
  },
};
