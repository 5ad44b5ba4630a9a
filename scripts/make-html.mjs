#!/usr/bin/env node
/**
 * Seed text → HTML fixture (toolchain.md Appendix A). Usage:
 *   node scripts/make-html.mjs [in.txt] [out.html]
 * Defaults: samples/changji-czj-2024.txt → samples/changji-czj-2024.html.
 * The FIRST run of "N." lines becomes a real <ol> whose <li> text drops the "N." (the reader must recover it);
 * later runs stay plain paragraphs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { DEC_RE, parseSeedText } from "./seed-text.mjs";

const input = process.argv[2] ?? "samples/changji-czj-2024.txt";
const output = process.argv[3] ?? input.replace(/\.txt$/, ".html");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function seedToHtml(text, title = "report") {
  const out = [];
  let listDone = false;
  for (const it of parseSeedText(text)) {
    if (it.kind === "heading") out.push(`<h${it.level}>${esc(it.text)}</h${it.level}>`);
    else if (it.kind === "paragraph") out.push(`<p>${esc(it.text)}</p>`);
    else if (it.kind === "list") {
      if (!listDone) {
        listDone = true;
        out.push("<ol>", ...it.items.map((t) => `  <li>${esc(t.replace(DEC_RE, ""))}</li>`), "</ol>");
      } else out.push(...it.items.map((t) => `<p>${esc(t)}</p>`));
    } else {
      for (const c of it.caption) out.push(`<p style="text-align:center"><b>${esc(c)}</b></p>`);
      out.push('<table border="1" cellspacing="0" cellpadding="3">');
      for (const row of it.rows) {
        const cells = row.map((c) => {
          const attrs = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "") + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "");
          return `<td${attrs}>${c.text ? `<p>${esc(c.text)}</p>` : ""}</td>`;
        });
        out.push(`  <tr>${cells.join("")}</tr>`);
      }
      out.push("</table>");
    }
  }
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${esc(title)}</title>`,
    "<style>body{font-family:'Noto Serif CJK SC',serif}table{border-collapse:collapse}td{border:1px solid #000}</style>",
    "</head>",
    "<body>",
    ...out,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

writeFileSync(output, seedToHtml(readFileSync(input, "utf8"), basename(input, ".txt")));
console.log(`wrote ${output}`);
