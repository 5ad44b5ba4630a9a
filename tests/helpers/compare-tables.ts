/**
 * Typed tables of two readings of one report (a PDF and a text dump of it): table ids, row codes/names and every
 * cell value, row by row. Used by the dump tests and by scripts/compare-dump-tables.ts.
 */
import type { TypedTable } from "../../src/model/table.js";

export interface TableDiff {
  /** Tables (by id) in `a` but not in `b`, and the other way. */
  missing: string[];
  extra: string[];
  /** Cells: "T2 2010601/本年收入合计: 1511.90 ≠ (none)". */
  cells: string[];
  /** Cells compared and cells equal. */
  compared: number;
  same: number;
}

const key = (t: TypedTable, i: number) => `${t.id}${t.id === "generic" ? `#${i}` : ""}`;
const rowKey = (r: TypedTable["rows"][number]) => `${r.side ? `${r.side}:` : ""}${r.code ?? r.name}`;

export function compareTables(a: TypedTable[], b: TypedTable[]): TableDiff {
  const A = new Map(a.map((t, i) => [key(t, i), t]));
  const B = new Map(b.map((t, i) => [key(t, i), t]));
  const diff: TableDiff = { missing: [], extra: [], cells: [], compared: 0, same: 0 };
  for (const k of A.keys()) if (!B.has(k)) diff.missing.push(k);
  for (const k of B.keys()) if (!A.has(k)) diff.extra.push(k);
  for (const [k, ta] of A) {
    const tb = B.get(k);
    if (!tb) continue;
    const rowsB = new Map<string, TypedTable["rows"][number]>();
    for (const r of tb.rows) if (!rowsB.has(rowKey(r))) rowsB.set(rowKey(r), r);
    for (const ra of ta.rows) {
      const rb = rowsB.get(rowKey(ra));
      for (const [col, ca] of Object.entries(ra.values)) {
        diff.compared++;
        const cb = rb?.values[col];
        if (cb && cb.value === ca.value) diff.same++;
        else diff.cells.push(`${k} ${rowKey(ra)}/${col}: ${ca.value ?? `(${ca.state})`} ≠ ${!rb ? "(no row)" : cb ? cb.value ?? `(${cb.state})` : "(no column)"}`);
      }
    }
  }
  return diff;
}
