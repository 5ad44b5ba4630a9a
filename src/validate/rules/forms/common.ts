/**
 * Shared pieces of the performance-form rules: which forms exist, their facts, and the intervals of
 * form cells.
 *
 * Display precision: forms print numbers with trailing zeros dropped ("75.3%" for 75.30, "8.8万元" for
 * 8.80, "100%" for 100.00 next to "118.63%" in the same column). So a value printed with fewer decimals
 * than the finest value of the same column of the same form stands for the column's precision; a
 * column that prints only integers ("100%", "105%") is read at 0 decimals.
 */
import type { Fact } from "../../../model/fact.js";
import type { PerformanceForm } from "../../../model/records.js";
import { interval as printedInterval } from "../../compare.js";
import { printed, type Interval } from "../../interval.js";
import type { RuleContext } from "../../rule.js";
import { decimalsOf } from "../../../extract/number.js";

export interface FormRef {
  project: string;
  kind: "unit" | "project";
  record?: PerformanceForm;
}

/** The forms of the report: from the records, else from the project dims of perf.form.* facts. */
export function formsOf(ctx: RuleContext): FormRef[] {
  const recs = ctx.records.forms ?? [];
  if (recs.length) return recs.map((r) => ({ project: r.project, kind: r.kind, record: r }));
  const seen = new Map<string, FormRef>();
  for (const c of ctx.facts.concepts()) {
    if (!c.startsWith("perf.form.") && !c.startsWith("perf.indicator.")) continue;
    for (const f of ctx.facts.all(c)) {
      const p = f.dims.project;
      if (p && !seen.has(p)) seen.set(p, { project: p, kind: p === "整体" ? "unit" : "project" });
    }
  }
  return [...seen.values()];
}

/** Facts of a concept for one form, without further dims (the form-level statement). */
export function formLevel(ctx: RuleContext, concept: string, project: string): Fact | undefined {
  return ctx.facts.all(concept, { project }).find((f) => Object.keys(f.dims).every((k) => k === "project"));
}

/** Facts of a concept for one form, keyed by one dim (source, indicator). */
export function byDim(ctx: RuleContext, concept: string, project: string, dim: string): Map<string, Fact> {
  const m = new Map<string, Fact>();
  for (const f of ctx.facts.all(concept, { project })) {
    const k = f.dims[dim];
    if (k !== undefined && !m.has(k)) m.set(k, f);
  }
  return m;
}

/** The finest printed decimals among facts (a column's display precision). */
export function columnDecimals(facts: (Fact | undefined)[]): number {
  return Math.max(0, ...facts.filter((f): f is Fact => !!f).map((f) => decimalsOf(f.value)));
}

/** The interval of a printed value read at `decimals` (≥ its printed decimals). */
export function atPrecision(f: Fact, decimals: number): Interval {
  if (f.blank || f.empty) return printedInterval(f);
  return printed(f.value, Math.max(decimalsOf(f.value), decimals));
}

/** Exact point (no rounding): assigned weights, full marks, zero scores. */
export function exactOf(f: Fact): Interval {
  return printed(f.value, decimalsOf(f.value), true);
}

export function projectLabel(p: string): string {
  return p === "整体" ? "整体支出绩效自评表" : `项目「${p}」`;
}

/** Compare a stated value with a computed interval: the same outcomes and messages as compare.ts. */
export { reportAgreement as reportAgree } from "../../compare.js";

/** Report missing inputs as insufficient_data; true when something was missing. */
export function missing(ctx: RuleContext, what: string, items: [Fact | undefined, string][]): boolean {
  const miss = items.filter(([f]) => !f).map(([, n]) => n);
  if (!miss.length) return false;
  ctx.report({
    outcome: "insufficient_data",
    messageId: "missing",
    data: { what, missing: miss.join("、") },
    facts: items.map(([f]) => f).filter((f): f is Fact => !!f),
  });
  return true;
}
