/**
 * A table continued on the next page: join when the columns agree (a repeated header row is dropped).
 * "Agree" = the same column boundaries, or the same outer edges with the boundaries of one part a subset of the
 * other's (a form whose rows on the next page split some columns further); the parts are then put on the finer
 * grid, with column spans. A row broken by the page (its wrapped text continues at the top of the next page) is
 * put back together.
 */
import { makeCell, type Cell } from "../../model/document.js";
import { joinFragments } from "./normalize.js";
import type { Grid } from "./table-grid.js";
import type { BBox } from "./types.js";

export interface PTable {
  page: number;
  grid?: Grid;
  /** Column boundaries, ascending. */
  xs: number[];
  bbox: BBox;
  rows: Cell[][];
  caption: string[];
  /** Last page the table runs onto (after joins). */
  endPage?: number;
  /** Per column of the last row: its text runs to the right edge of the cell (it may wrap onto the next page). */
  lastRowWraps?: boolean[];
}

const TOL = 4;

export function columnsAgree(a: number[], b: number[], tol = TOL): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => Math.abs(x - b[i]!) <= tol);
}

function isSubset(small: number[], big: number[]): boolean {
  return small.every((x) => big.some((y) => Math.abs(x - y) <= TOL));
}

/** Put rows drawn on boundaries `from` onto the finer boundaries `to` (every `from` boundary is in `to`). */
export function regrid(rows: Cell[][], from: number[], to: number[]): Cell[][] {
  if (columnsAgree(from, to)) return rows;
  const map = from.map((x) => {
    let best = 0;
    for (let i = 1; i < to.length; i++) if (Math.abs(to[i]! - x) < Math.abs(to[best]! - x)) best = i;
    return best;
  });
  const width = to.length - 1;
  const out: Cell[][] = rows.map(() => new Array<Cell>(width));
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.spanOf) return;
      const c0 = map[c]!;
      const c1 = map[c + cell.colSpan] ?? width;
      const cs = Math.max(1, c1 - c0);
      for (let rr = r; rr < r + cell.rowSpan && rr < rows.length; rr++) {
        for (let cc = c0; cc < c0 + cs && cc < width; cc++) {
          out[rr]![cc] = rr === r && cc === c0 ? { ...cell, colSpan: cs } : { ...cell, rowSpan: 1, colSpan: 1, spanOf: [r, c0] };
        }
      }
    });
  });
  for (const row of out) for (let c = 0; c < width; c++) row[c] ??= makeCell("");
  return out;
}

const rowKey = (row: Cell[]) => row.map((c) => c.text.replace(/\s+/g, "")).join("\u0001");
const SENTENCE_END = /[。！？!?；;]$/;

/** Is `next` (first row on the new page) the rest of `prev` (last row on the old page), broken by the page? */
function isBrokenRow(prev: Cell[], next: Cell[], wraps: boolean[] | undefined): boolean {
  if (!wraps) return false;
  const filledPrev = prev.filter((c) => c.text.trim() !== "" && !c.spanOf).length;
  let filledNext = 0;
  for (let i = 0; i < next.length; i++) {
    const n = next[i]!;
    if (n.text.trim() === "" || n.spanOf) continue;
    filledNext++;
    const p = prev[i];
    if (!p || p.text.trim() === "" || n.state === "number" || SENTENCE_END.test(p.text.trim()) || !wraps[i]) return false;
  }
  return filledNext > 0 && filledNext * 2 <= filledPrev;
}

export function joinContinuedTables(a: PTable, b: PTable): PTable | undefined {
  let xs: number[];
  let aRows = a.rows;
  let bRows = b.rows;
  if (columnsAgree(a.xs, b.xs)) xs = a.xs;
  else {
    const outer = Math.abs(a.xs[0]! - b.xs[0]!) <= TOL && Math.abs(a.xs[a.xs.length - 1]! - b.xs[b.xs.length - 1]!) <= TOL;
    if (!outer) return undefined;
    if (isSubset(a.xs, b.xs)) {
      xs = b.xs;
      aRows = regrid(a.rows, a.xs, b.xs);
    } else if (isSubset(b.xs, a.xs)) {
      xs = a.xs;
      bRows = regrid(b.rows, b.xs, a.xs);
    } else return undefined;
  }
  // repeated header rows: the longest prefix of b equal to a prefix of a
  let drop = 0;
  for (let k = Math.min(4, bRows.length - 1, aRows.length - 1); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = rowKey(aRows[i]!) === rowKey(bRows[i]!) && bRows[i]!.some((c) => c.text !== "");
    if (same) {
      drop = k;
      break;
    }
  }
  // a row split by the page break leaves an empty sliver at the top of the continuation: drop it
  while (drop < bRows.length - 1 && bRows[drop]!.every((c) => c.text.trim() === "")) drop++;
  aRows = aRows.map((r) => r.map((c) => ({ ...c })));
  // a row broken by the page: append its wrapped text to the cells of the last row
  const last = aRows[aRows.length - 1];
  if (last && drop < bRows.length && isBrokenRow(last, bRows[drop]!, a.lastRowWraps)) {
    const next = bRows[drop]!;
    next.forEach((n, i) => {
      if (n.text.trim() === "" || n.spanOf) return;
      const owner = last[i]!.spanOf ? aRows[last[i]!.spanOf![0]]![last[i]!.spanOf![1]]! : last[i]!;
      const text = joinFragments(owner.text, n.text);
      owner.text = text;
      owner.state = makeCell(text).state;
      for (const row of aRows) for (const c of row) if (c.spanOf && owner === aRows[c.spanOf[0]]![c.spanOf[1]]) c.text = text;
    });
    drop++;
  }
  const offset = aRows.length - drop;
  const rest = bRows.slice(drop).map((row) =>
    row.map((c): Cell => {
      if (!c.spanOf) return c;
      const [r, col] = c.spanOf;
      if (r < drop) {
        const { spanOf: _, ...own } = c;
        void _;
        return own;
      }
      return { ...c, spanOf: [r - drop + offset, col] };
    }),
  );
  const wraps = columnsAgree(xs, b.xs) ? b.lastRowWraps : undefined;
  return { ...a, xs, rows: [...aRows, ...rest], endPage: b.endPage ?? b.page, lastRowWraps: wraps };
}
