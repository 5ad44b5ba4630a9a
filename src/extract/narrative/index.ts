/** Narrative extraction (概况 and 情况说明): stated numbers → facts and typed records. */
import type { Doc, Message } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { Records } from "../../model/records.js";
import type { Outline } from "../../segment/index.js";

export interface NarrativeResult {
  facts: Fact[];
  records: Omit<Records, "forms">;
  warnings: Message[];
  meta: { unitName?: string; fiscalYear?: number; kind?: "部门决算" | "单位决算" };
}

export function extractNarrative(doc: Doc, outline: Outline, skip: Set<number>): NarrativeResult {
  void doc; void outline; void skip;
  return { facts: [], records: { yoy: [], budgets: [], items: [] }, warnings: [], meta: {} };
}
