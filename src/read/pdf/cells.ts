/** Text items placed in a grid → table rows of Cells (spans repeated with spanOf). */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { joinFragments } from "./normalize.js";
import { groupLines } from "./text-lines.js";
import type { Grid } from "./table-grid.js";
import type { BBox, TItem } from "./types.js";

/** Join a cell's items: lines by baseline; wrapped lines joined (no space between CJK, a space between Latin words). */
export function cellText(items: TItem[], page: number): string {
  if (!items.length) return "";
  const lines = groupLines(items, page);
  let text = "";
  for (const l of lines) text = joinFragments(text, l.text);
  return text;
}

/** Build the rows of a table from a grid and the items assigned to each owner cell. */
export function gridRows(g: Grid, itemsByCell: TItem[][], page: number): Cell[][] {
  const R = g.ys.length - 1;
  const C = g.xs.length - 1;
  const texts = g.cells.map((_, i) => cellText(itemsByCell[i] ?? [], page));
  const rows: Cell[][] = [];
  for (let r = 0; r < R; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < C; c++) {
      const idx = g.owner[r]![c]!;
      const cell = g.cells[idx]!;
      const text = texts[idx]!;
      const bbox: BBox = [g.xs[cell.c]!, g.ys[cell.r + cell.rs]!, g.xs[cell.c + cell.cs]!, g.ys[cell.r]!];
      if (cell.r === r && cell.c === c) row.push(makeCell(text, { rowSpan: cell.rs, colSpan: cell.cs, page, bbox }));
      else row.push(makeCell(text, { spanOf: [cell.r, cell.c], page, bbox }));
    }
    rows.push(row);
  }
  return rows;
}
