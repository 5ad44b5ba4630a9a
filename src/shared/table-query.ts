/**
 * The one way to read a typed table, for extraction (emitting facts) and validation (checking them) alike:
 * rows by concept, name or role, and cells as facts — with the table's unit, dims, source and evidence
 * (table-cell, plus the table's and the column's doubts), so every rule sees what the facts say.
 */
import type { Fact } from "../model/fact.js";
import type { TypedCell, TypedRow, TypedTable } from "../model/table.js";
import { norm } from "./text.js";
import { tableKind } from "./table-kinds.js";

export function cellSource(t: TypedTable, c: TypedCell): Fact["source"] {
  return {
    block: c.block ?? t.block,
    start: 0,
    end: c.text.length,
    cell: c.cell,
    ...(c.page !== undefined ? { page: c.page } : t.page !== undefined ? { page: t.page } : {}),
    ...(c.bbox ? { bbox: c.bbox } : {}),
    text: c.text,
  };
}

/** Why a cell of this column may not be what its name says, if anything. */
export function columnDoubt(t: TypedTable, column: string): string | undefined {
  const d = t.columnDefs?.find((c) => c.name === column);
  if (d?.by === "position") return `“${column}”栏按位置推断（表头未能逐栏识别）`;
  return undefined;
}

/** The doubts that make every cell of a table uncertain. */
export function tableDoubt(t: TypedTable): string | undefined {
  if (t.doubts?.length) return t.doubts.join("；");
  if (t.id === "generic") return `未知表格“${t.title}”，结构为推测`;
  return undefined;
}

/** A fact for one typed cell (undefined for a text cell). */
export function cellFact(t: TypedTable, row: TypedRow | undefined, column: string, concept = "table.cell", extraDims: Record<string, string> = {}): Fact | undefined {
  const c = row?.values[column];
  if (!row || !c || c.value === undefined) return undefined;
  const dims: Record<string, string> = { table: t.id };
  if (t.id === "generic") dims.title = t.title;
  if (concept === "table.cell") {
    if (row.code) dims.code = row.code;
    else dims.row = row.name;
    dims.name = row.name;
    if (row.side && (t.id === "T1" || t.id === "T4")) dims.side = row.side;
    dims.column = column;
    if (row.role === "component" && row.parent) dims.part_of = row.parent;
  }
  Object.assign(dims, extraDims);
  const f: Fact = { concept, value: c.value, unit: t.unit ?? "万元", dims, source: cellSource(t, c), section: "table", evidence: "table-cell" };
  const doubt = tableDoubt(t) ?? columnDoubt(t, column) ?? c.doubt;
  if (doubt) f.doubt = doubt;
  if (c.state === "blank") f.blank = true;
  if (t.empty) f.empty = true;
  return f;
}

export function findRow(t: TypedTable, re: RegExp, side?: TypedRow["side"]): TypedRow | undefined {
  return t.rows.find((r) => (!side || r.side === side) && re.test(norm(r.name)));
}

/** The table's 合计/总计 row (coded tables). */
export function totalRow(t: TypedTable): TypedRow | undefined {
  return t.rows.find((r) => r.role === "total" && /^(合计|总计)$/.test(norm(r.name))) ?? t.rows.find((r) => r.role === "total");
}

/** The row bound to a concept (two-sided tables). */
export function rowByConcept(t: TypedTable, concept: string): TypedRow | undefined {
  return t.rows.find((r) => r.concept === concept);
}

export function rowLabel(r: TypedRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name;
}

/** The column a two-sided table's side states its amounts in (决算数; 合计 on T4's 支出 side). */
export function mainColumn(t: TypedTable, r: TypedRow): string | undefined {
  const cols = Object.keys(r.values);
  return cols.includes("合计") ? "合计" : cols.includes("决算数") ? "决算数" : cols[0];
}

/**
 * Two-sided tables: bind the rows the kind names to their concepts (T1 本年收入合计 → overview.income.current_year),
 * each concept once, on rows not yet bound. Idempotent.
 */
export function bindRowConcepts(t: TypedTable): void {
  const concepts = tableKind(t.id)?.rowConcepts;
  if (!concepts) return;
  const used = new Set(t.rows.map((r) => r.concept).filter(Boolean));
  for (const r of t.rows) {
    if (r.concept || r.name.includes("/")) continue;
    const n = norm(r.name);
    const c = concepts.find((x) => x.side === r.side && x.match.test(n) && !used.has(x.concept));
    if (!c) continue;
    r.concept = c.concept;
    used.add(c.concept);
  }
}
