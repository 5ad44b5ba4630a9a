/** A table continued on the next page: join when the columns agree, dropping a repeated header. */
import type { Cell } from "../../model/document.js";
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
}

export function columnsAgree(a: number[], b: number[], tol = 4): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => Math.abs(x - b[i]!) <= tol);
}

const rowKey = (row: Cell[]) => row.map((c) => c.text.replace(/\s+/g, "")).join("\u0001");

export function joinContinuedTables(a: PTable, b: PTable): PTable | undefined {
  if (!columnsAgree(a.xs, b.xs)) return undefined;
  // repeated header rows: the longest prefix of b equal to a prefix of a
  let drop = 0;
  for (let k = Math.min(4, b.rows.length - 1, a.rows.length - 1); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = rowKey(a.rows[i]!) === rowKey(b.rows[i]!) && b.rows[i]!.some((c) => c.text !== "");
    if (same) {
      drop = k;
      break;
    }
  }
  const offset = a.rows.length - drop;
  const rest = b.rows.slice(drop).map((row) =>
    row.map((c): Cell => {
      if (!c.spanOf) return c;
      const [r, col] = c.spanOf;
      if (r < drop) return { ...c, spanOf: undefined };
      return { ...c, spanOf: [r - drop + offset, col] };
    }),
  );
  // spans owned by a dropped header row: make the first remaining covered cell its own owner
  for (const row of rest) for (const c of row) if (c.spanOf === undefined) delete c.spanOf;
  return { ...a, rows: [...a.rows, ...rest] };
}
