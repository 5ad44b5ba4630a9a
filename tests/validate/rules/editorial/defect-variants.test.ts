/**
 * The defect variants (scripts/make-defect-variants.ts → samples/variants/defects/): corpus reports edited one
 * defect per copy, every category of issue 10. Each copy must produce its expected finding (expected.tsv) — at
 * least 95% of them — and the unedited copies (*.base.txt) must produce no failing finding at all.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../../src/model/finding.js";
import { parseReport } from "../../../../src/index.js";

const DIR = "samples/variants/defects";
const failing = (fs: Finding[]) => fs.filter((f) => f.outcome === "fail" && f.severity !== "info");
const brief = (f: Finding) => `${f.severity} ${f.ruleId}/${f.messageId}: ${f.message}`;

interface Row {
  file: string;
  category: string;
  rule: string;
  messageId: string;
  severity: string;
  note: string;
}
const rows: Row[] = readFileSync(`${DIR}/expected.tsv`, "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => {
    const [file, category, rule, messageId, severity, note] = l.split("\t");
    return { file, category, rule, messageId, severity, note };
  });

describe("defect variants of the corpus reports", () => {
  it("cover every category, each with more than one copy, and every file listed exists", () => {
    const files = new Set(readdirSync(DIR));
    for (const r of rows) expect(files.has(r.file), r.file).toBe(true);
    const cats = new Map<string, number>();
    for (const r of rows) cats.set(r.category, (cats.get(r.category) ?? 0) + 1);
    expect([...cats.keys()].sort()).toEqual(["completion", "direction", "disclosure", "format", "procurement", "purpose", "residue", "toc", "unit-name", "year", "zero-growth"]);
    for (const [c, n] of cats) expect(n, c).toBeGreaterThan(1);
  });

  it("the unedited copies produce no failing finding", async () => {
    const bases = readdirSync(DIR).filter((f) => f.endsWith(".base.txt"));
    expect(bases.length).toBeGreaterThanOrEqual(6);
    const found: string[] = [];
    for (const b of bases) for (const f of failing((await parseReport(`${DIR}/${b}`)).findings)) found.push(`${b}: ${brief(f)}`);
    expect(found).toEqual([]);
  }, 60_000);

  it("at least 95% of the copies produce their expected finding", async () => {
    const missed: string[] = [];
    for (const r of rows) {
      const findings = failing((await parseReport(`${DIR}/${r.file}`)).findings);
      const hit = findings.some((f) => f.ruleId === r.rule && (!r.messageId || f.messageId === r.messageId) && (!r.severity || f.severity === r.severity));
      if (!hit) missed.push(`${r.file} (${r.note}): want ${r.rule}/${r.messageId || "*"}/${r.severity || "*"}; got ${findings.map(brief).join(" | ") || "nothing"}`);
    }
    const rate = (rows.length - missed.length) / rows.length;
    expect(rate, `caught ${rows.length - missed.length}/${rows.length}; missed:\n${missed.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
