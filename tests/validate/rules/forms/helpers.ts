import type { Fact } from "../../../../src/model/fact.js";
import type { Finding } from "../../../../src/model/finding.js";
import type { PerformanceForm } from "../../../../src/model/records.js";
import { FactIndex, runRule, type Rule } from "../../../../src/validate/rule.js";

let n = 0;
export function fact(concept: string, value: string, unit: Fact["unit"], dims: Record<string, string>): Fact {
  n++;
  return { concept, value, unit, dims, source: { block: 1, start: 0, end: value.length, cell: [n, 0], text: value }, evidence: "table-cell" };
}

export function run(rule: Rule, facts: Fact[], forms: PerformanceForm[] = []): Finding[] {
  return runRule(rule, { facts: new FactIndex(facts), tables: [], records: { yoy: [], budgets: [], items: [], forms, lists: [] } });
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
export const outcomes = (fs: Finding[]) => fs.map((f) => f.outcome);

export function form(project: string, kind: "unit" | "project" = "project", extra: Partial<PerformanceForm> = {}): PerformanceForm {
  return { kind, project, block: 0, funds: [], indicators: [], ...extra };
}

/** A project form's fund facts: total row + sources, columns initial/full_year/executed. */
export function fundFacts(project: string, rows: Record<string, [string, string, string]>): Fact[] {
  const out: Fact[] = [];
  for (const [label, [i, f, e]] of Object.entries(rows)) {
    const dims: Record<string, string> = label === "total" ? { project } : { project, source: label };
    out.push(fact("perf.form.budget.initial", i, "万元", dims));
    out.push(fact("perf.form.budget.full_year", f, "万元", dims));
    out.push(fact("perf.form.executed", e, "万元", dims));
  }
  return out;
}
