/** Run every registered rule over a report's facts, tables and records. */
import type { Fact } from "../model/fact.js";
import type { Finding } from "../model/finding.js";
import type { Records } from "../model/records.js";
import type { TypedTable } from "../model/table.js";
import { FactIndex, runRule, type ReportMeta, type Rule } from "./rule.js";
import { applyPolicy } from "./policy.js";
import type { Doc } from "../model/document.js";
import type { Outline } from "../segment/index.js";
import { allRules } from "./rules/index.js";

export interface ValidateOptions {
  /** Only these rule ids (default: all). */
  rules?: string[];
  /**
   * Apply the evidence policy (policy.ts: flood guard, severity from evidence). Default true; false shows
   * each rule's own severities (for studying the rules, never for reviewing a report).
   */
  policy?: boolean;
}

export interface ValidateInput {
  facts: Fact[];
  tables: TypedTable[];
  records: Records;
  doc?: Doc;
  outline?: Outline;
  meta?: ReportMeta;
}

export function validate(input: ValidateInput, options: ValidateOptions = {}): Finding[] {
  const base = { facts: new FactIndex(input.facts), tables: input.tables, records: input.records, doc: input.doc, outline: input.outline, meta: input.meta };
  const rules: Rule[] = options.rules ? allRules.filter((r) => options.rules!.includes(r.id)) : allRules;
  const findings = rules.flatMap((r) => runRule(r, base));
  return options.policy === false ? findings : applyPolicy(findings, input);
}
