/**
 * The rule contract (ESLint / remark-lint style): one rule per module under src/validate/rules/,
 * with an id, a description, messages with {{placeholders}}, and a check() that reports findings.
 */
import type { Fact, SourceRef } from "../model/fact.js";
import { factKey } from "../model/fact-key.js";
import type { Finding, Outcome, Severity } from "../model/finding.js";
import type { Records } from "../model/records.js";
import type { TypedTable } from "../model/table.js";
import type { Doc } from "../model/document.js";
import type { Outline } from "../segment/index.js";
import type { FamilyMatch, LayoutFamily } from "../layout/family.js";

export interface RuleMeta {
  description: string;
  /** Severity of a failing outcome. A rounding-only difference is always info. */
  defaultSeverity: Severity;
  messages: Record<string, string>;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface ReportInput {
  outcome: Outcome;
  messageId: string;
  data?: Record<string, string | number | undefined>;
  expected?: string;
  actual?: string;
  tolerance?: string;
  unit?: string;
  facts?: Fact[];
  /** Places in the text that are not facts (a quoted phrase, a heading, a table title): editorial rules. */
  places?: SourceRef[];
  /** Override severity (e.g. "info" for a rounding hint, "warning" for a soft check). */
  severity?: Severity;
  /** Why this failure is not claimed firmly (with severity warning): shown before the message and in `doubt`. */
  doubt?: string;
}

/** Facts indexed by concept; dims matched as a subset. */
export class FactIndex {
  private byConcept = new Map<string, Fact[]>();
  constructor(readonly facts: Fact[]) {
    for (const f of facts) {
      const l = this.byConcept.get(f.concept);
      if (l) l.push(f);
      else this.byConcept.set(f.concept, [f]);
    }
  }
  /** All facts of a concept whose dims include `dims`. Narrative facts only unless `table` is given. */
  all(concept: string, dims: Record<string, string> = {}, opts: { table?: boolean | string } = {}): Fact[] {
    const l = this.byConcept.get(concept) ?? [];
    return l.filter((f) => {
      const t = f.dims.table;
      if (opts.table === undefined || opts.table === false) {
        if (t) return false;
      } else if (typeof opts.table === "string") {
        if (t !== opts.table) return false;
      } else if (!t) return false;
      return Object.entries(dims).every(([k, v]) => f.dims[k] === v);
    });
  }
  /** The first statement of a concept (narrative by default). */
  one(concept: string, dims: Record<string, string> = {}, opts: { table?: boolean | string } = {}): Fact | undefined {
    return this.all(concept, dims, opts)[0];
  }
  concepts(): string[] {
    return [...this.byConcept.keys()];
  }
}

/** What a report says of itself (title lines): editorial rules compare the text against it. */
export interface ReportMeta {
  unitName?: string;
  fiscalYear?: number;
  kind?: "部门决算" | "单位决算";
}

export interface RuleContext {
  facts: FactIndex;
  tables: TypedTable[];
  records: Records;
  /** The document and its outline, for rules that read the text itself (editorial and completeness rules). */
  doc?: Doc;
  outline?: Outline;
  meta?: ReportMeta;
  /** The layout family match: the best family (when one matched) and the scores (rule core-tables). */
  layout?: { match: FamilyMatch; family?: LayoutFamily };
  report(input: ReportInput): void;
}

function fill(template: string, data: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => (data[k] === undefined ? "?" : String(data[k])));
}

/** The facts a finding was made of (the objects, with their evidence), for the evidence policy (policy.ts). */
const FACTS = new WeakMap<Finding, Fact[]>();

export function factsOf(f: Finding): Fact[] {
  return FACTS.get(f) ?? [];
}

export function runRule(rule: Rule, base: Omit<RuleContext, "report">): Finding[] {
  const out: Finding[] = [];
  const ctx: RuleContext = {
    ...base,
    report(i) {
      const template = rule.meta.messages[i.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId ${i.messageId}`);
      const severity: Severity | undefined =
        i.severity ?? (i.outcome === "fail" ? rule.meta.defaultSeverity : undefined);
      const finding: Finding = {
        ruleId: rule.id,
        source: "juesuan",
        outcome: i.outcome,
        ...(severity ? { severity } : {}),
        messageId: i.messageId,
        message: i.doubt ? `${i.doubt}：${fill(template, i.data)}` : fill(template, i.data),
        ...(i.doubt ? { doubt: i.doubt } : {}),
        ...(i.expected !== undefined ? { expected: i.expected } : {}),
        ...(i.actual !== undefined ? { actual: i.actual } : {}),
        ...(i.tolerance !== undefined ? { tolerance: i.tolerance } : {}),
        ...(i.unit !== undefined ? { unit: i.unit } : {}),
        facts: (i.facts ?? []).map(factKey),
        places: [...(i.facts ?? []).map((f) => f.source), ...(i.places ?? [])],
        url: `docs/rules.md#${rule.id}`,
      };
      FACTS.set(finding, i.facts ?? []);
      out.push(finding);
    },
  };
  rule.check(ctx);
  return out;
}
