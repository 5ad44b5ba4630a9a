/**
 * Typed tables → facts: every amount cell as `table.cell` (dims table, code|row, name, column), plus the
 * concepts of spec/concepts.md that a table states, with dims.table (T1 本年收入合计 →
 * overview.income.current_year {table:T1}, T7 → sangong.*, …). Blank cells are "0" with blank:true; text
 * cells give no amount fact. An empty table (本表无数据) gives its concepts as 0 with empty:true.
 */
import type { Fact } from "../../model/fact.js";
import type { TypedCell, TypedRow, TypedTable } from "../../model/table.js";
import { norm } from "./text.js";

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

/** A fact for one typed cell (undefined for a text cell). */
export function cellFact(t: TypedTable, row: TypedRow | undefined, column: string, concept = "table.cell", extraDims: Record<string, string> = {}): Fact | undefined {
  const c = row?.values[column];
  if (!row || !c || c.value === undefined) return undefined;
  const dims: Record<string, string> = { table: t.id === "generic" ? "generic" : t.id };
  if (t.id === "generic") dims.title = t.title;
  if (concept === "table.cell") {
    if (row.code) dims.code = row.code;
    else dims.row = row.name;
    dims.name = row.name;
    if (row.side && (t.id === "T1" || t.id === "T4")) dims.side = row.side;
    dims.column = column;
  }
  Object.assign(dims, extraDims);
  const f: Fact = { concept, value: c.value, unit: t.unit ?? "万元", dims, source: cellSource(t, c), section: "table", evidence: "table-cell" };
  if (c.state === "blank") f.blank = true;
  if (t.empty) f.empty = true;
  return f;
}

export function findRow(t: TypedTable, re: RegExp, side?: TypedRow["side"]): TypedRow | undefined {
  return t.rows.find((r) => (!side || r.side === side) && re.test(norm(r.name)));
}

export function totalRow(t: TypedTable): TypedRow | undefined {
  return t.rows.find((r) => r.role === "total" && /^(合计|总计)$/.test(norm(r.name))) ?? t.rows.find((r) => r.role === "total");
}

type Map_ = [RegExp, string][];

const T1_INCOME: Map_ = [
  [/^一般公共预算财政拨款(收入)?$/, "income.fiscal_appropriation.gpb"],
  [/^政府性基金预算财政拨款(收入)?$/, "income.fiscal_appropriation.govfund"],
  [/^国有资本经营预算财政拨款(收入)?$/, "income.fiscal_appropriation.soe"],
  [/^财政拨款(收入)?$/, "income.fiscal_appropriation"],
  [/^上级补助收入$/, "income.superior_subsidy"],
  [/^事业收入$/, "income.business"],
  [/^经营收入$/, "income.operating"],
  [/^附属单位上缴收入$/, "income.subordinate_remittance"],
  [/^其他收入$/, "income.other"],
  [/^本年收入合计$/, "overview.income.current_year"],
  [/^使用非财政拨款结余/, "overview.income.non_fiscal_balance_used"],
  [/^年初结转和结余$/, "overview.income.carryover_begin"],
  [/^(收入)?总计$/, "overview.income.grand_total"],
];
const T1_EXP: Map_ = [
  [/^本年支出合计$/, "overview.expenditure.current_year"],
  [/^结余分配$/, "overview.expenditure.balance_distribution"],
  [/^年末结转和结余$/, "overview.expenditure.carryover_end"],
  [/^(支出)?总计$/, "overview.expenditure.grand_total"],
];
const T4_INCOME: Map_ = [
  [/^本年收入合计$/, "fiscal.income.current_year"],
  [/^年初财政拨款结转和结余$/, "fiscal.income.carryover_begin"],
  [/^(收入)?总计$/, "fiscal.income.grand_total"],
];
const T4_EXP: Map_ = [
  [/^本年支出合计$/, "fiscal.expenditure.current_year"],
  [/^年末财政拨款结转和结余$/, "fiscal.expenditure.carryover_end"],
  [/^(支出)?总计$/, "fiscal.expenditure.grand_total"],
];
const T2_COLS: Record<string, string> = {
  本年收入合计: "income.current_year",
  财政拨款收入: "income.fiscal_appropriation",
  上级补助收入: "income.superior_subsidy",
  事业收入: "income.business",
  经营收入: "income.operating",
  附属单位上缴收入: "income.subordinate_remittance",
  其他收入: "income.other",
};
const T3_COLS: Record<string, string> = {
  本年支出合计: "expenditure.current_year",
  基本支出: "expenditure.basic",
  项目支出: "expenditure.project",
  上缴上级支出: "expenditure.remit_to_superior",
  经营支出: "expenditure.operating",
  对附属单位补助支出: "expenditure.subsidy_to_subordinate",
};
export const T7_CONCEPTS: Record<string, string> = {
  合计: "total",
  "因公出国（境）费": "abroad",
  公务用车购置及运行维护费: "vehicle",
  公务用车购置费: "vehicle.purchase",
  公务用车运行维护费: "vehicle.operation",
  公务接待费: "reception",
};

function sideFacts(t: TypedTable, side: "income" | "expenditure", map: Map_, column: string, out: Fact[]): void {
  for (const r of t.rows) {
    if (r.side !== side) continue;
    const n = norm(r.name);
    const m = map.find(([re]) => re.test(n));
    if (!m) continue;
    const col = r.values[column] ? column : Object.keys(r.values)[0];
    const f = cellFact(t, r, col, m[1]);
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
  switch (t.id) {
    case "T1": {
      sideFacts(t, "income", T1_INCOME, "决算数", out);
      sideFacts(t, "expenditure", T1_EXP, "决算数", out);
      // 财政拨款收入 = 一 + 二 + 三: stated by the table when 二 and 三 are zero
      const gpb = out.find((f) => f.concept === "income.fiscal_appropriation.gpb");
      const other = out.filter((f) => f.concept === "income.fiscal_appropriation.govfund" || f.concept === "income.fiscal_appropriation.soe");
      if (gpb && !out.some((f) => f.concept === "income.fiscal_appropriation") && other.every((f) => /^0(\.0+)?$/.test(f.value))) {
        out.push({ ...gpb, concept: "income.fiscal_appropriation", evidence: "inferred" });
      }
      break;
    }
    case "T4":
      sideFacts(t, "income", T4_INCOME, "决算数", out);
      sideFacts(t, "expenditure", T4_EXP, "合计", out);
      break;
    case "T2":
    case "T3": {
      const tot = totalRow(t);
      const cols = t.id === "T2" ? T2_COLS : T3_COLS;
      for (const [col, concept] of Object.entries(cols)) {
        const f = cellFact(t, tot, col, concept);
        if (f) out.push(f);
      }
      break;
    }
    case "T5": {
      const tot = totalRow(t);
      const f = cellFact(t, tot, "合计", "gpb.expenditure");
      if (f) out.push(f);
      const b = cellFact(t, tot, "基本支出", "basic.total");
      if (b) out.push(b);
      for (const r of t.rows) {
        if (!r.code) continue;
        const concept = r.code.length === 3 ? "gpb.class.amount" : r.code.length === 7 ? "gpb.item.amount" : undefined;
        if (!concept) continue;
        const g = cellFact(t, r, "合计", concept, { code: r.code, name: r.name });
        if (g) out.push(g);
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
      const prefix = t.id === "T8" ? "govfund" : "soe";
      const tot = totalRow(t);
      const pairs: [string, string][] = [
        ["本年收入", "income"],
        ["本年支出合计", "expenditure"],
        ["年末结转和结余", "carryover_end"],
        ["年初结转和结余", "carryover_begin"],
      ];
      for (const [col, key] of pairs) {
        let f = cellFact(t, tot, col, `${prefix}.${key}`);
        if (!f && t.empty && (t.columns.includes(col) || key === "expenditure" || key === "income")) {
          // an empty table without a readable 合计 cell: the stated zero, sourced at the table
          f = { concept: `${prefix}.${key}`, value: "0", unit: t.unit ?? "万元", dims: { table: t.id }, source: { block: t.block, start: 0, end: 0, text: "", ...(t.page !== undefined ? { page: t.page } : {}) }, empty: true, section: "table", evidence: "inferred" };
        }
        if (f) out.push(f);
      }
      break;
    }
  }
  return out;
}
