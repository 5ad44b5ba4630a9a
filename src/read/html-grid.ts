/**
 * HTML table → rectangular grid. Implements the HTML table model for rowspan/colspan: each source cell
 * takes the first free column of its row; positions it covers repeat its text with `spanOf` = owner's
 * [row, col]; the owner keeps rowSpan/colSpan (clipped to the table). Holes are padded with blank cells.
 */
import { makeCell } from "../model/cell.js";
import type { Cell } from "../model/document.js";
import { ReadError } from "./errors.js";
import { maxOf } from "../util/arrays.js";
import { attr, textLines, type HNode } from "./html-dom.js";

export interface SourceCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** HTML caps colspan at 1000 and rowspan at 65534; a grid larger than this is hostile, not a report. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
export const MAX_GRID_CELLS = 2_000_000;

export function expandGrid(rows: SourceCell[][]): Cell[][] {
  const n = rows.length;
  const grid: (Cell | undefined)[][] = rows.map(() => []);
  let cells = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const sc of row) {
      while (grid[r][c]) c++;
      const rs = Math.min(Math.max(1, sc.rowSpan), n - r);
      const cs = Math.min(Math.max(1, sc.colSpan), MAX_COLSPAN);
      cells += rs * cs;
      if (cells > MAX_GRID_CELLS) throw new ReadError("too-large", `a table expands to more than ${MAX_GRID_CELLS} cells`);
      grid[r][c] = makeCell(sc.text, { rowSpan: rs, colSpan: cs });
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          if (dr === 0 && dc === 0) continue;
          grid[r + dr][c + dc] ??= makeCell(sc.text, { spanOf: [r, c] });
        }
      }
      c += cs;
    }
  });
  const width = Math.max(0, maxOf(grid, (g) => g.length));
  if (width * n > MAX_GRID_CELLS) throw new ReadError("too-large", `a table expands to more than ${MAX_GRID_CELLS} cells`);
  return grid.map((g) => Array.from({ length: width }, (_, c) => g[c] ?? makeCell("")));
}

function spanAttr(v: string | undefined, max: number, zero: number): number {
  if (v === undefined) return 1;
  const k = Number.parseInt(v, 10);
  if (!Number.isFinite(k) || k < 0) return 1;
  return k === 0 ? zero : Math.min(k, max);
}

/** The rows of one <table> (its own, not those of nested tables), as source cells. */
export function tableSourceRows(table: HNode): SourceCell[][] {
  const rows: SourceCell[][] = [];
  const addRow = (tr: HNode) => {
    const cells: SourceCell[] = [];
    for (const td of tr.children ?? []) {
      if (td.type !== "tag" || (td.name !== "td" && td.name !== "th")) continue;
      cells.push({
        text: textLines(td).join("\n").trim(),
        // rowspan="0" spans to the end of the table; expandGrid clips.
        rowSpan: spanAttr(attr(td, "rowspan"), MAX_ROWSPAN, MAX_ROWSPAN),
        colSpan: spanAttr(attr(td, "colspan"), MAX_COLSPAN, 1),
      });
    }
    rows.push(cells);
  };
  for (const ch of table.children ?? []) {
    if (ch.type !== "tag") continue;
    if (ch.name === "tr") addRow(ch);
    else if (ch.name === "thead" || ch.name === "tbody" || ch.name === "tfoot") {
      for (const tr of ch.children ?? []) if (tr.type === "tag" && tr.name === "tr") addRow(tr);
    }
  }
  return rows;
}

/** Text of the table's own <caption>, if any. */
export function tableCaption(table: HNode): string[] {
  const cap = (table.children ?? []).find((c) => c.type === "tag" && c.name === "caption");
  return cap ? textLines(cap) : [];
}
