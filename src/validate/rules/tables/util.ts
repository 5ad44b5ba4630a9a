/** Helpers shared by the table rules: typed-table lookups and cell facts. */
import { Decimal } from "decimal.js";
import type { Fact } from "../../../model/fact.js";
import type { TypedRow, TypedTable } from "../../../model/table.js";
import { cellFact, findRow, totalRow } from "../../../extract/tables/facts.js";
import { interval } from "../../compare.js";
import type { RuleContext } from "../../rule.js";
import { norm } from "../../../extract/tables/text.js";

export { cellFact, findRow, totalRow };

export function getTable(ctx: RuleContext, id: TypedTable["id"]): TypedTable | undefined {
  return ctx.tables.find((t) => t.id === id);
}

export function rowLabel(r: TypedRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name;
}

/**
 * A table cell as a fact for arithmetic, in 万元: a table printed in 元 is shifted by four decimals, which is
 * exact (the printed interval shifts with it), so tables and narrative in different units compare correctly.
 */
export function cf(t: TypedTable, r: TypedRow | undefined, col: string): Fact | undefined {
  const f = cellFact(t, r, col);
  return f ? toWan(f) : undefined;
}

export function toWan(f: Fact): Fact {
  if (f.unit !== "元") return f;
  const dp = f.value.includes(".") ? f.value.length - f.value.indexOf(".") - 1 : 0;
  return { ...f, unit: "万元", value: new Decimal(f.value).div(10000).toFixed(dp + 4) };
}

/** Run `fn` with failures reported at `severity` (e.g. warning for checks that apply only sometimes). */
export function withSeverity(ctx: RuleContext, severity: "warning" | "info", fn: () => void): void {
  const before = ctx.report;
  ctx.report = (i) => before(i.outcome === "fail" ? { ...i, severity } : i);
  try {
    fn();
  } finally {
    ctx.report = before;
  }
}

/** Run `fn` against a scratch context and return whether it reported a failure. */
export function wouldFail(ctx: RuleContext, fn: (c: RuleContext) => void): boolean {
  let failed = false;
  fn({ ...ctx, report: (i) => { if (i.outcome === "fail" || i.outcome === "insufficient_data") failed = true; } });
  return failed;
}

/** All cells of the row are zero or blank (nothing stated). */
export function allBlank(facts: (Fact | undefined)[]): boolean {
  return facts.every((f) => !f || f.blank);
}

export function isZero(f: Fact | undefined): boolean {
  return !!f && new Decimal(f.value).isZero();
}

/** A zero fact standing for a row that a coded table does not list (implicitly 0), sourced at the table. */
export function absentZero(t: TypedTable, what: string): Fact {
  return { concept: "table.cell", value: "0", unit: t.unit ?? "万元", dims: { table: t.id, row: what }, source: { block: t.block, start: 0, end: 0, text: "" }, blank: true, evidence: "inferred" };
}

export const SUB = (r: TypedRow) => r.name.includes("/");

export function rowByName(t: TypedTable, re: RegExp, side?: TypedRow["side"]): TypedRow | undefined {
  return findRow(t, re, side);
}

export function nameIs(r: TypedRow, re: RegExp): boolean {
  return re.test(norm(r.name));
}

/** a ≥ b on intervals: fails only when a's upper bound is below b's lower bound. */
export function checkAtLeast(ctx: RuleContext, what: string, a: Fact | undefined, b: Fact | undefined, names: [string, string]): void {
  if (!a || !b) {
    ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: [!a ? names[0] : "", !b ? names[1] : ""].filter(Boolean).join("、") }, facts: [a, b].filter(Boolean) as Fact[] });
    return;
  }
  const ia = interval(a);
  const ib = interval(b);
  if (ia.hi.gte(ib.lo)) ctx.report({ outcome: "pass", messageId: "atLeastOk", data: { what, a: a.value, b: b.value }, facts: [a, b] });
  else ctx.report({ outcome: "fail", messageId: "atLeast", data: { what, a: a.value, b: b.value, an: names[0], bn: names[1] }, expected: `≥ ${b.value}`, actual: a.value, unit: a.unit, facts: [a, b] });
}

export const AT_LEAST_MESSAGES = {
  atLeastOk: "{{what}}：{{a}} ≥ {{b}}",
  atLeast: "{{what}}：{{an}} {{a}} 小于 {{bn}} {{b}}",
};
