/**
 * A tiny ESLint-RuleTester-style harness for validation rules.
 *
 *   ruleTester(rule, {
 *     valid:   [ [spec, spec, …], { name, facts: [...] }, … ],   // no finding may have outcome "fail"
 *     invalid: [ { name?, facts: [...], findings: [{ outcome, messageId, expected, actual, … }] }, … ],
 *   });
 *
 * A FactSpec is a compact `[concept, value, unit?, dims?, extra?]` tuple. The unit defaults to "%" for
 * `.rate` / `.share` concepts, "辆" for vehicle counts, else "万元". Each fact gets a synthetic source:
 * block = its position in the case, start 0, end = value length, text = value (`extra.source` overrides).
 *
 * Every run asserts, for every finding: ruleId is the rule's id; the message has no unfilled placeholder
 * ("{{…}}", or the "?" that fill() writes for a missing key); facts and places have the same length and
 * each place is the source of an input fact with that key; a failing finding has at least one place.
 *
 * invalid: each expected (partial) finding must match some actual finding on all the fields it gives.
 * When the expectations list failing findings, every actual failing finding must match one of them
 * (no unexpected failures); when they list none (rounding, insufficient-data, not-applicable cases),
 * the case must produce no failing finding at all.
 *
 * `skip: "BUG: …"` on a case turns it into it.skip (a known rule defect, reported, not weakened).
 */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/model/fact.js";
import { factKey } from "../../src/model/fact.js";
import type { Finding } from "../../src/model/finding.js";
import { FactIndex, runRule, type Rule } from "../../src/validate/rule.js";

export type FactSpec =
  | [concept: string, value: string]
  | [concept: string, value: string, unit: Fact["unit"] | undefined]
  | [concept: string, value: string, unit: Fact["unit"] | undefined, dims: Record<string, string> | undefined]
  | [
      concept: string,
      value: string,
      unit: Fact["unit"] | undefined,
      dims: Record<string, string> | undefined,
      extra: Omit<Partial<Fact>, "source"> & { source?: Partial<Fact["source"]> },
    ];

export interface ValidCase {
  name?: string;
  facts: FactSpec[];
  skip?: string;
}

export interface InvalidCase {
  name?: string;
  facts: FactSpec[];
  findings: Partial<Finding>[];
  skip?: string;
}

export interface RuleTests {
  valid: (FactSpec[] | ValidCase)[];
  invalid: InvalidCase[];
}

export function defaultUnit(concept: string): Fact["unit"] {
  if (/\.(rate|share)$/.test(concept)) return "%";
  if (/^assets\.vehicles\.(count|by_type)$/.test(concept)) return "辆";
  return "万元";
}

export function toFacts(specs: FactSpec[]): Fact[] {
  return specs.map((spec, i) => {
    const [concept, value, unit, dims, extra] = spec as [string, string, Fact["unit"]?, Record<string, string>?, (Omit<Partial<Fact>, "source"> & { source?: Partial<Fact["source"]> })?];
    const { source: srcOverride, ...rest } = extra ?? {};
    return {
      concept,
      value,
      unit: unit ?? defaultUnit(concept),
      dims: dims ?? {},
      evidence: dims?.table ? ("table-cell" as const) : ("statement" as const),
      ...rest,
      source: { block: i, start: 0, end: value.length, text: value, ...srcOverride },
    };
  });
}

export function runOn(rule: Rule, specs: FactSpec[]): { facts: Fact[]; findings: Finding[] } {
  const facts = toFacts(specs);
  const findings = runRule(rule, { facts: new FactIndex(facts), tables: [], records: { yoy: [], budgets: [], items: [], forms: [], lists: [] } });
  return { facts, findings };
}

/** The invariants every finding of every case must satisfy. */
export function assertWellFormed(rule: Rule, facts: Fact[], findings: Finding[]): void {
  for (const f of findings) {
    const where = `${f.messageId}: ${f.message}`;
    expect(f.ruleId, where).toBe(rule.id);
    expect(typeof f.message, where).toBe("string");
    expect(f.message.length, where).toBeGreaterThan(0);
    expect(f.message, `unfilled placeholder in ${where}`).not.toMatch(/\{\{|\}\}|\?/);
    expect(f.places.length, `places vs facts in ${where}`).toBe(f.facts.length);
    f.places.forEach((p, i) => {
      const owner = facts.find((x) => factKey(x) === f.facts[i] && x.source.block === p.block && x.source.start === p.start);
      expect(owner, `place ${i} (${f.facts[i]} @ block ${p.block}) of ${where} is not the source of an input fact`).toBeDefined();
      expect(p).toEqual(owner!.source);
    });
    if (f.outcome === "fail") expect(f.places.length, `failing finding without a place: ${where}`).toBeGreaterThan(0);
  }
}

function matches(actual: Finding, want: Partial<Finding>): boolean {
  return Object.entries(want).every(([k, v]) => {
    const a = (actual as Record<string, unknown>)[k];
    return typeof v === "object" && v !== null ? JSON.stringify(a) === JSON.stringify(v) : a === v;
  });
}

const brief = (f: Finding) =>
  `${f.outcome}/${f.severity ?? "-"}/${f.messageId} expected=${f.expected ?? "-"} actual=${f.actual ?? "-"} :: ${f.message}`;

function caseName(prefix: string, c: { name?: string; facts: FactSpec[] }, i: number): string {
  return `${prefix} #${i + 1}${c.name ? `: ${c.name}` : `: ${c.facts.map((s) => `${s[0]}=${s[1]}`).join(", ").slice(0, 120)}`}`;
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  describe(rule.id, () => {
    describe("valid", () => {
      tests.valid.forEach((v, i) => {
        const c: ValidCase = Array.isArray(v) ? { facts: v } : v;
        const t = c.skip ? it.skip : it;
        t(caseName("valid", c, i) + (c.skip ? ` — ${c.skip}` : ""), () => {
          const { facts, findings } = runOn(rule, c.facts);
          assertWellFormed(rule, facts, findings);
          const fails = findings.filter((f) => f.outcome === "fail");
          expect(fails.map(brief), "a valid case must produce no failing finding").toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      tests.invalid.forEach((c, i) => {
        const t = c.skip ? it.skip : it;
        t(caseName("invalid", c, i) + (c.skip ? ` — ${c.skip}` : ""), () => {
          expect(c.findings.length, "an invalid case lists at least one expected finding").toBeGreaterThan(0);
          const { facts, findings } = runOn(rule, c.facts);
          assertWellFormed(rule, facts, findings);
          for (const want of c.findings) {
            const hit = findings.find((f) => matches(f, { ruleId: rule.id, ...want }));
            expect(hit, `no finding matches ${JSON.stringify(want)}; got:\n  ${findings.map(brief).join("\n  ")}`).toBeDefined();
          }
          const wantedFails = c.findings.filter((w) => w.outcome === "fail");
          const fails = findings.filter((f) => f.outcome === "fail");
          if (wantedFails.length === 0) {
            expect(fails.map(brief), "no failing finding expected in this case").toEqual([]);
          } else {
            const unexpected = fails.filter((f) => !wantedFails.some((w) => matches(f, w)));
            expect(unexpected.map(brief), "unexpected failing findings").toEqual([]);
          }
        });
      });
    });
  });
}
