/**
 * Fact helpers and the fact units, without zod (fact.ts builds its schemas from these and re-exports them), so that
 * extraction and validation need not load zod at run time.
 */
import type { Fact } from "./fact.js";

/** The units a fact may carry (the contract's unit enum). */
export const UNITS = ["万元", "元", "%", "人", "辆", "个", "次", "批次", "人次", "平方米", "台（套）", "分", "年", "text"] as const;

export function isUnit(u: string): u is (typeof UNITS)[number] {
  return (UNITS as readonly string[]).includes(u);
}

export function factKey(f: Pick<Fact, "concept" | "dims">): string {
  const d = Object.keys(f.dims).sort().map((k) => `${k}=${f.dims[k]}`).join(";");
  return d ? `${f.concept}{${d}}` : f.concept;
}

/** A fact bound firmly enough that a mismatch it takes part in may be called an error. */
export function isFirm(f: Pick<Fact, "evidence" | "doubt">): boolean {
  return (f.evidence === "table-cell" || f.evidence === "statement" || f.evidence === "paragraph") && !f.doubt;
}
