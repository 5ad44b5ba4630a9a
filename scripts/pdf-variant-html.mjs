#!/usr/bin/env node
/**
 * Restyle the HTML fixture for one PDF variant (page size, margins, font, font size, table and column widths),
 * so that LibreOffice lays the same report out differently: forms break across pages at other rows, cells wrap
 * at other widths. Used by scripts/make-pdf-variants.sh. Usage:
 *   node scripts/pdf-variant-html.mjs VARIANT [in.html] > out.html
 * LibreOffice's HTML import honours CSS @page (size, margin), body font-family/font-size, <table width> and
 * <col width>.
 */
import { readFileSync } from "node:fs";

/** name → layout. tableWidth: "100%", "70%" or "auto" (no width: LibreOffice sizes the table itself). */
export const VARIANTS = {
  // US Letter, 1 inch margins, a sans-serif CJK font, every table as wide as the text
  "letter-zenhei": { page: "8.5in 11in", margin: "1in", font: "'WenQuanYi Zen Hei'", size: "11pt", tableWidth: "100%" },
  // A4 landscape: wide tables, few rows per page, forms cut after a few indicator rows
  "a4-landscape": { page: "297mm 210mm", margin: "15mm 20mm", font: "'Noto Sans CJK SC'", size: "10.5pt", tableWidth: "auto" },
  // B5, large type, a narrow first column (labels wrap onto several lines)
  "b5-serif-12pt": { page: "176mm 250mm", margin: "18mm", font: "'Noto Serif CJK SC'", size: "12pt", tableWidth: "100%", firstCol: 12, cellpadding: 5 },
  // A4 with narrow tables (70% of the text width) and small type
  "a4-narrow-9pt": { page: "210mm 297mm", margin: "25mm", font: "'Noto Serif CJK SC'", size: "9pt", tableWidth: "70%", cellpadding: 1 },
  // A4 without any cell borders (borderless forms: columns only from text positions)
  "a4-borderless": { page: "210mm 297mm", margin: "20mm", font: "'Noto Serif CJK SC'", size: "10.5pt", tableWidth: "100%", border: 0 },
  // A5 with a wide first column: every form spans several pages
  "a5-widefirst": { page: "148mm 210mm", margin: "12mm", font: "'WenQuanYi Zen Hei'", size: "9pt", tableWidth: "100%", firstCol: 30, cellpadding: 2 },
};

/** Number of grid columns of a table: the widest row, counting colspans. */
function columnCount(tableHtml) {
  let best = 0;
  for (const tr of tableHtml.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
    let n = 0;
    for (const td of tr.match(/<td[^>]*>/g) ?? []) n += Number(/colspan="(\d+)"/.exec(td)?.[1] ?? 1);
    best = Math.max(best, n);
  }
  return best;
}

export function restyle(html, v) {
  const css =
    `@page{size:${v.page};margin:${v.margin}}` +
    `body{font-family:${v.font},sans-serif;font-size:${v.size}}` +
    `p,li,td{font-family:${v.font},sans-serif;font-size:${v.size}}` +
    (v.border === 0 ? "" : `table{border-collapse:collapse}td{border:1px solid #000}`);
  let out = html.replace(/<style>[\s\S]*?<\/style>/, `<style>${css}</style>`);
  out = out.replace(/<table border="1" cellspacing="0" cellpadding="3">([\s\S]*?)<\/table>/g, (_m, body) => {
    const width = v.tableWidth === "auto" ? "" : ` width="${v.tableWidth}"`;
    let cols = "";
    if (v.firstCol) {
      const n = columnCount(body);
      const rest = n > 1 ? ((100 - v.firstCol) / (n - 1)).toFixed(1) : "100";
      cols = `<colgroup><col width="${v.firstCol}%">${`<col width="${rest}%">`.repeat(Math.max(0, n - 1))}</colgroup>`;
    }
    return `<table border="${v.border ?? 1}" cellspacing="0" cellpadding="${v.cellpadding ?? 3}"${width}>${cols}${body}</table>`;
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2];
  const v = VARIANTS[name];
  if (!v) {
    console.error(`unknown variant ${name}; one of: ${Object.keys(VARIANTS).join(", ")}`);
    process.exit(2);
  }
  process.stdout.write(restyle(readFileSync(process.argv[3] ?? "samples/changji-czj-2024.html", "utf8"), v));
}
