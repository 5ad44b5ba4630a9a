/**
 * A RuleTester for the editorial rules, which read the document itself: each case is report text (a corpus
 * excerpt or a hand-made variant) run through the real pipeline (txt reader, segmentation, extraction), with
 * only the rule under test validating.
 *
 *   textRuleTester(rule, {
 *     valid:   [{ name, text }],                                     // no failing finding
 *     invalid: [{ name, text, findings: [{ messageId, severity }] }], // each must match; no other failure
 *   });
 *
 * Every finding must be well formed: its rule id, a filled message, and for a failure at least one place whose
 * text is the quoted slice of its block (or table caption/cell) and which says where (line or page).
 */
import { describe, expect, it } from "vitest";
import type { Doc } from "../../../../src/model/document.js";
import type { Finding } from "../../../../src/model/finding.js";
import { parseReportWithDoc } from "../../../../src/pipeline.js";
import type { Rule } from "../../../../src/validate/rule.js";

export interface TextCase {
  name: string;
  text: string;
}
export interface InvalidTextCase extends TextCase {
  findings: Partial<Finding>[];
}

/** A minimal report around a body: a title line (unit + year) and the 情况说明 part. */
export function report(body: string, { unit = "某某县财政局", year = 2024, part = "第二部分 部门决算情况说明" } = {}): string {
  return `${unit}${year}年度部门决算\n\n${part}\n${body.trim()}\n`;
}

export async function run(rule: Rule, text: string): Promise<{ findings: Finding[]; doc: Doc }> {
  const { report: r, doc } = await parseReportWithDoc({ bytes: new TextEncoder().encode(text), name: "case.txt" }, { rules: [rule.id], requireReport: false });
  return { findings: r.findings, doc };
}

export function assertWellFormed(rule: Rule, doc: Doc, findings: Finding[]): void {
  for (const f of findings) {
    const what = `${f.messageId}: ${f.message}`;
    expect(f.ruleId, what).toBe(rule.id);
    expect(Object.keys(rule.meta.messages), what).toContain(f.messageId);
    expect(f.message, `unfilled placeholder in ${what}`).not.toMatch(/\{\{|\}\}|(?<![A-Za-z])\?(?![A-Za-z])/);
    if (f.outcome === "fail") {
      expect(f.places.length, `failing finding without a place: ${what}`).toBeGreaterThan(0);
      expect(f.severity, what).toBeDefined();
    }
    for (const p of f.places) {
      const b = doc.blocks[p.block];
      expect(b, `place block ${p.block} of ${what}`).toBeDefined();
      expect(p.line ?? p.page, `place without line or page in ${what}`).toBeDefined();
      if (b.type !== "table" && p.cell === undefined && !/^(report|table)\./.test(f.facts[f.places.indexOf(p)] ?? "")) {
        expect(b.text.slice(p.start, p.end), `place text of ${what}`).toBe(p.text);
      }
    }
  }
}

function matches(actual: Finding, want: Partial<Finding>): boolean {
  return Object.entries(want).every(([k, v]) => {
    const a = (actual as Record<string, unknown>)[k];
    return typeof v === "object" && v !== null ? JSON.stringify(a) === JSON.stringify(v) : a === v;
  });
}

const brief = (f: Finding) => `${f.outcome}/${f.severity ?? "-"}/${f.messageId} :: ${f.message}`;

export function textRuleTester(rule: Rule, tests: { valid: TextCase[]; invalid: InvalidTextCase[] }): void {
  describe(rule.id, () => {
    describe("valid", () => {
      for (const c of tests.valid) {
        it(c.name, async () => {
          const { findings, doc } = await run(rule, c.text);
          assertWellFormed(rule, doc, findings);
          expect(findings.filter((f) => f.outcome === "fail").map(brief), "a valid case must produce no failing finding").toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of tests.invalid) {
        it(c.name, async () => {
          const { findings, doc } = await run(rule, c.text);
          assertWellFormed(rule, doc, findings);
          for (const want of c.findings) {
            const hit = findings.find((f) => matches(f, want));
            expect(hit, `no finding matches ${JSON.stringify(want)}; got:\n  ${findings.map(brief).join("\n  ")}`).toBeDefined();
          }
          const wanted = c.findings.filter((w) => w.outcome === "fail");
          const unexpected = findings.filter((f) => f.outcome === "fail" && !wanted.some((w) => matches(f, w)));
          expect(unexpected.map(brief), "unexpected failing findings").toEqual([]);
        });
      }
    });
  });
}
