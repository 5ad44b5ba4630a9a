/**
 * A pdfplumber-style text dump of a PDF (python's pdfplumber is not available here): text lines as the PDF prints
 * them (paragraphs keep their line breaks), each table row on one line with its printed cells separated by single
 * spaces (blank cells leave no trace, as with page.extract_text()), pages joined by a blank line (no form feeds).
 * Built from juesuan's own PDF reader (the blocks it finds). Usage: npx tsx scripts/make-plumber-dump.ts in.pdf > out.txt
 */
import { readFileSync } from "node:fs";
import { readPdf } from "../src/read/pdf/index.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: make-plumber-dump.ts in.pdf > out.txt");
  process.exit(2);
}
const doc = await readPdf(new Uint8Array(readFileSync(file)));
// paragraphs the reader kept without line breaks are broken again at the width of the report's own lines
const widths = doc.blocks.flatMap((b) => (b.type !== "table" && b.original ? b.original.split("\n").slice(0, -1).map(width) : [])).sort((a, b) => a - b);
const lineWidth = widths.length ? widths[Math.floor(widths.length * 0.85)]! : 36;
const out: string[] = [];
let page = 0;
for (const b of doc.blocks) {
  if (b.loc.page !== undefined && b.loc.page !== page) {
    if (page) out.push("");
    page = b.loc.page;
  }
  if (b.type === "table") {
    out.push(...b.caption);
    for (const row of b.rows) {
      const cells = row.filter((c) => !c.spanOf && c.text.trim() !== "").map((c) => c.text.replace(/\s+/g, ""));
      if (cells.length) out.push(cells.join(" "));
    }
  } else if (b.original) out.push(...b.original.split("\n").map((l) => l.trim()));
  else out.push(...wrap(b.text, lineWidth));
}

/** Break a paragraph into lines of about the width a PDF page holds (the reader keeps no line breaks when none were needed). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  let w = 0;
  for (const ch of text) {
    const cw = /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
    if (w + cw > width && cur) {
      lines.push(cur);
      cur = "";
      w = 0;
    }
    cur += ch;
    w += cw;
  }
  if (cur) lines.push(cur);
  return lines;
}
process.stdout.write(out.join("\n") + "\n");
