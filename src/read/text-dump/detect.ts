/**
 * Is a plain text a dump of a PDF (hard line breaks, form feeds, space-aligned tables) rather than a text with one
 * paragraph per line? Texts whose tables are tab-indented cells (Word tables saved as text) are not.
 */
import { fields, printedWidth } from "./lines.js";
import { isRowsLine } from "./regions.js";

const SENTENCE_END = /[。！？!?；;：:]$/;

export function looksLikeDump(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let tabCells = 0;
  for (const l of lines) if (/^\t/.test(l)) tabCells++;
  if (tabCells >= 3) return false;
  if (text.includes("\f")) return true;
  // space-aligned table rows
  let aligned = 0;
  for (const l of lines) if (fields(l.replace(/\s+$/, ""), 3).length >= 3 && /\d/.test(l)) aligned++;
  if (aligned >= 3) return true;
  // table rows with single spaces between cells (pdfplumber)
  let rows = 0;
  for (const l of lines) if (isRowsLine(l.trim())) rows++;
  if (rows >= 5) return true;
  // hard-wrapped prose: long lines of about the same width that stop mid-sentence and go on in the next line
  const prose = lines.map((l) => l.trim()).filter((l) => printedWidth(l) >= 12);
  if (prose.length < 5) return false;
  const widths = prose.map(printedWidth).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.85)]!;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trim();
    const b = lines[i + 1]!.trim();
    if (b === "" || SENTENCE_END.test(a)) continue;
    const w = printedWidth(a);
    // a page line is 20 ideographs wide at least (short lines are headings, whatever their count)
    if (w < 20) continue;
    if ((w >= full * 0.85 && w <= full + 1.5) || (/[，,、]$/.test(a) && w >= full * 0.6)) wrapped++;
  }
  return wrapped >= 3 && wrapped >= prose.length * 0.2;
}
