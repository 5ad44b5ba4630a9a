/** The end of a form: the 总分 row (total weight and score) and the grade (自评等级). */
import { indKey, mapColumns, type IndKey } from "./columns.js";
import { printedCells, squash, type FCell, type FRow } from "./grid.js";
import type { EndRow } from "./locate.js";
import { pointsCell } from "./values.js";

export interface Points {
  v: string;
  cell: FCell;
  r: FRow;
}

export interface Totals {
  totalWeight?: Points;
  totalScore?: Points;
  grade?: string;
}

export function readTotals(ends: EndRow[]): Totals {
  const out: Totals = {};
  for (const end of ends) {
    const cells = printedCells(end.row);
    if (end.kind === "grade") {
      const g = cells.findIndex((c) => /等级|结论|结果/.test(squash(c.text)));
      if (cells[g + 1]) out.grade = squash(cells[g + 1].text);
      continue;
    }
    const cols = end.indicatorHeader ? mapColumns(end.indicatorHeader, indKey) : new Map<IndKey, number>();
    const nums = cells
      .slice(1)
      .map((c) => ({ c, n: pointsCell(c.text) }))
      .filter((x): x is { c: FCell; n: NonNullable<typeof x.n> } => x.n !== null);
    const byCol = (k: IndKey) => nums.find((x) => x.c.col === cols.get(k));
    // by the indicator header's columns; else the first of two numbers is the weight, the last the score
    const w = byCol("weight") ?? (nums.length >= 2 ? nums[0] : undefined);
    const s = byCol("score") ?? (nums.length >= 1 && nums[nums.length - 1] !== w ? nums[nums.length - 1] : undefined);
    if (w) out.totalWeight = { v: w.n.value, cell: w.c, r: end.row };
    if (s) out.totalScore = { v: s.n.value, cell: s.c, r: end.row };
    const g = cells.findIndex((c) => /等级/.test(squash(c.text)));
    if (g >= 0 && cells[g + 1]) out.grade = squash(cells[g + 1].text);
  }
  return out;
}
