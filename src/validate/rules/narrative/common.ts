/** Shared bits of the narrative rules: message table and small lookups. */
import type { Fact } from "../../../model/fact.js";
import { STD_MESSAGES } from "../../compare.js";
import type { RuleContext } from "../../rule.js";

export const MESSAGES: Record<string, string> = { ...STD_MESSAGES };

/** First narrative statement of a concept. */
export const one = (ctx: RuleContext, concept: string, dims: Record<string, string> = {}): Fact | undefined => ctx.facts.one(concept, dims);

/** All narrative statements of a concept whose dims are exactly `dims` (no extra dims). */
export function exactly(ctx: RuleContext, concept: string, dims: Record<string, string> = {}): Fact[] {
  const n = Object.keys(dims).length;
  return ctx.facts.all(concept, dims).filter((f) => Object.keys(f.dims).length === n);
}

/** The first statement with exactly these dims. */
export const first = (ctx: RuleContext, concept: string, dims: Record<string, string> = {}): Fact | undefined => exactly(ctx, concept, dims)[0];

/** True when the report states (or implies) that a fund has no money this year. */
export function fundIsEmpty(ctx: RuleContext, p: "govfund" | "soe"): boolean {
  const fs = [...ctx.facts.all(`${p}.expenditure`), ...ctx.facts.all(`${p}.income`)];
  return fs.length > 0 && fs.every((f) => /^0(\.0+)?$/.test(f.value));
}
