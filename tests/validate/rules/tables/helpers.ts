/** Build small typed tables and run one rule over them. */
import type { Fact } from "../../../../src/model/fact.js";
import type { Finding } from "../../../../src/model/finding.js";
import type { TypedRow, TypedTable } from "../../../../src/model/table.js";
import { FactIndex, runRule, type Rule } from "../../../../src/validate/rule.js";
import { cellState } from "../../../../src/model/document.js";
import { tableFacts } from "../../../../src/extract/tables/facts.js";
import { parseNumber } from "../../../../src/extract/number.js";

let nextBlock = 100;

/** rows: [code or name, name, ...values] — values "" = blank, "—" = text. */
export function table(id: TypedTable["id"], columns: string[], rows: { code?: string; name: string; side?: TypedRow["side"]; role?: TypedRow["role"]; v: string[] }[], extra: Partial<TypedTable> = {}): TypedTable {
  const block = nextBlock++;
  return {
    id,
    title: id,
    unit: "万元",
    block,
    empty: false,
    columns,
    codeDomain: id === "T6" ? "economic" : rows.some((r) => r.code) ? "functional" : "none",
    rows: rows.map((r, ri) => {
      const values: TypedRow["values"] = {};
      const cols = r.side === "income" && extra.id === undefined && columns.length > r.v.length ? columns.slice(0, r.v.length) : columns;
      r.v.forEach((text, ci) => {
        const state = cellState(text);
        values[cols[ci]] = { state, text, cell: [ri, ci], ...(state === "number" ? { value: parseNumber(text)!.value } : state === "blank" ? { value: "0" } : {}) };
      });
      const role = r.role ?? (!r.code && /合计|总计/.test(r.name) ? "total" : r.code && r.code.length < 7 && id !== "T6" ? "subtotal" : r.code?.length === 3 ? "subtotal" : "detail");
      return { ...(r.code ? { code: r.code } : {}), name: r.name, role, ...(r.side ? { side: r.side } : {}), values };
    }),
    ...extra,
  };
}

export function fact(concept: string, value: string, dims: Record<string, string> = {}, unit: Fact["unit"] = "万元"): Fact {
  return { concept, value, unit, dims, source: { block: 1, start: 0, end: value.length, text: value }, evidence: "statement" };
}

/** Run a rule as the pipeline does: the facts are the narrative's (given) and the tables' own (extracted). */
export function run(rule: Rule, tables: TypedTable[], facts: Fact[] = []): Finding[] {
  return runRule(rule, { facts: new FactIndex([...facts, ...tables.flatMap(tableFacts)]), tables, records: {} as never });
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
export const infos = (fs: Finding[]) => fs.filter((f) => f.severity === "info");
export const passes = (fs: Finding[]) => fs.filter((f) => f.outcome === "pass");
