/**
 * Plain text → Doc. Two kinds of text: a dump of a PDF (hard line breaks, form feeds, space-aligned tables: read
 * by text-dump/) and a text with one paragraph per line, read here. In the latter, Word tables saved as text
 * appear as one tab-indented cell per line with a blank line between rows; two blank lines or a non-tab line end
 * the table. Everything else is a paragraph whose text is the line exactly as printed, so fact offsets are
 * columns of that line.
 */
import { makeCell } from "../model/cell.js";
import type { Block, Cell, Doc } from "../model/document.js";
import { maxOf } from "../util/arrays.js";
import { looksLikeDump, readDumpString } from "./text-dump/index.js";

export function readTextString(text: string): Doc {
  if (looksLikeDump(text)) return readDumpString(text);
  return readLineText(text);
}

/** A text with one paragraph per line (and tab-indented table cells). */
export function readLineText(text: string): Doc {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("\t")) {
      const start = i;
      const rows: Cell[][] = [];
      let row: Cell[] = [];
      let blanks = 0;
      for (; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith("\t")) {
          if (blanks > 0 && row.length) {
            rows.push(row);
            row = [];
          }
          blanks = 0;
          row.push(makeCell(l.slice(1).trim()));
        } else if (l.trim() === "") {
          blanks++;
          if (blanks >= 2) break;
        } else break;
      }
      if (row.length) rows.push(row);
      blocks.push(tableBlock(rows, start + 1));
      continue;
    }
    if (line.trim() !== "") blocks.push({ type: "paragraph", text: line, loc: { line: i + 1 } });
    i++;
  }
  return { format: "txt", blocks, warnings: [] };
}

/** Pad ragged rows into a rectangular grid (blank cells at the end, which is all plain text tells). */
export function tableBlock(rows: Cell[][], line?: number): Block {
  const width = Math.max(0, maxOf(rows, (r) => r.length));
  const grid = rows.map((r) => (r.length < width ? [...r, ...Array.from({ length: width - r.length }, () => makeCell(""))] : r));
  return { type: "table", rows: grid, caption: [], loc: line ? { line } : {} };
}
