/**
 * Typed tables → facts: every amount cell as `table.cell` (dims table, code|row, name, column), plus the
 * concepts of spec/concepts.md that a table states, with dims.table (T1 本年收入合计 →
 * overview.income.current_year {table:T1}, T7 → sangong.*, …). Blank cells are "0" with blank:true; text
 * cells give no amount fact. An empty table (本表无数据) gives its concepts as 0 with empty:true.
 */
import type { Fact } from "../../model/fact.js";
import type { TypedTable } from "../../model/table.js";
import { bindRowConcepts, cellFact, findRow, mainColumn, totalRow } from "../../shared/table-query.js";
import { tableKind } from "../../shared/table-kinds.js";

export { cellFact, cellSource, findRow, totalRow } from "../../shared/table-query.js";

export const T7_CONCEPTS: Record<string, string> = {
  合计: "total",
  "因公出国（境）费": "abroad",
  公务用车购置及运行维护费: "vehicle",
  公务用车购置费: "vehicle.purchase",
  公务用车运行维护费: "vehicle.operation",
  公务接待费: "reception",
};

/** Two-sided tables: every row bound to a concept states it, in its side's main column. */
function rowConceptFacts(t: TypedTable, out: Fact[]): void {
  for (const r of t.rows) {
    if (!r.concept) continue;
    const col = mainColumn(t, r);
    const f = col ? cellFact(t, r, col, r.concept) : undefined;
    if (f) out.push(f);
  }
}

export function tableFacts(t: TypedTable): Fact[] {
  const out: Fact[] = [];
  // every cell
  for (const r of t.rows) for (const col of Object.keys(r.values)) {
    const f = cellFact(t, r, col);
    if (f) out.push(f);
  }
  const kind = tableKind(t.id);
  if (kind?.shape === "two-sided") {
    bindRowConcepts(t);
    rowConceptFacts(t, out);
  }
  if (kind?.totalConcepts && t.id !== "T8" && t.id !== "T9") {
    const tot = totalRow(t);
    for (const [col, concept] of Object.entries(kind.totalConcepts)) {
      const f = cellFact(t, tot, col, concept);
      if (f) out.push(f);
    }
  }
  if (kind?.classConcepts) {
    const { prefix, column } = kind.classConcepts;
    for (const r of t.rows) {
      if (!r.code || r.role === "component") continue;
      const concept = r.code.length === 3 ? `${prefix}.class.amount` : r.code.length === 7 ? `${prefix}.item.amount` : undefined;
      if (!concept) continue;
      const g = cellFact(t, r, column, concept, { code: r.code, name: r.name });
      if (g) out.push(g);
    }
  }
  switch (t.id) {
    case "T1": {
      // 财政拨款收入 = 一 + 二 + 三: stated by the table when 二 and 三 are zero
      const gpb = out.find((f) => f.concept === "income.fiscal_appropriation.gpb");
      const other = out.filter((f) => f.concept === "income.fiscal_appropriation.govfund" || f.concept === "income.fiscal_appropriation.soe");
      if (gpb && !out.some((f) => f.concept === "income.fiscal_appropriation") && other.every((f) => /^0(\.0+)?$/.test(f.value))) {
        out.push({ ...gpb, concept: "income.fiscal_appropriation", evidence: "inferred" });
      }
      break;
    }
    case "T6": {
      const p = cellFact(t, findRow(t, /^人员经费(合计)?$/), "决算数", "basic.personnel");
      const q = cellFact(t, findRow(t, /^公用经费(合计)?$/), "决算数", "basic.public");
      if (p) out.push(p);
      if (q) out.push(q);
      break;
    }
    case "T7": {
      const r = t.rows[0];
      for (const [item, key] of Object.entries(T7_CONCEPTS)) {
        const b = cellFact(t, r, `${item}/预算数`, `sangong.budget.${key}`);
        const a = cellFact(t, r, `${item}/决算数`, `sangong.${key}`);
        if (b) out.push(b);
        if (a) out.push(a);
      }
      break;
    }
    case "T8":
    case "T9": {
      const tot = totalRow(t);
      for (const [col, concept] of Object.entries(kind?.totalConcepts ?? {})) {
        let f = cellFact(t, tot, col, concept);
        if (!f && t.empty && (t.columns.includes(col) || /\.(expenditure|income)$/.test(concept))) {
          // an empty table without a readable 合计 cell: the stated zero, sourced at the table
          f = { concept, value: "0", unit: t.unit ?? "万元", dims: { table: t.id }, source: { block: t.block, start: 0, end: 0, text: "", ...(t.page !== undefined ? { page: t.page } : {}) }, empty: true, section: "table", evidence: "inferred" };
        }
        if (f) out.push(f);
      }
      break;
    }
  }
  return out;
}
