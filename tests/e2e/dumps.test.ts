/**
 * The text dumps of the sample PDFs (samples/dumps, made by scripts/make-dumps.sh): fact recall against the truth
 * files, and no error finding that the PDF itself does not give (a dump may give fewer: what it could not read
 * firmly is not checked).
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import type { Report } from "../../src/index.js";
import { scoreFacts, readTruth, type Section } from "../../src/eval/index.js";

const KINDS = ["pdftotext", "layout", "plumber"] as const;
const errors = (r: Report) => new Set(r.findings.filter((f) => f.severity === "error" && f.outcome === "fail").map((f) => `${f.ruleId}|${f.message}`));
const found = (truth: string, r: Report, section: Section) => {
  const s = scoreFacts(readTruth(truth), r.facts, section);
  expect(s.wrong).toBe(0);
  return s.found;
};

/** PDF, truth, and per dump kind: [narrative found, tables found] (truth sizes in the comments). */
const CASES: [string, string | undefined, Record<(typeof KINDS)[number], [number, number]>][] = [
  // 188 narrative facts (the performance forms' perf.form.* among them), no table truth
  ["samples/lo/changji-czj-2024.lo.pdf", "samples/truth/changji-czj-2024.tsv", { pdftotext: [163, 0], layout: [188, 0], plumber: [188, 0] }],
  // 95 narrative, 130 table facts; plumber rows lose blank cells (a value's column unknown), plain dumps every grid
  ["samples/shanghai-putuo-czj-2024.pdf", "samples/truth/shanghai-putuo-czj-2024.tsv", { pdftotext: [95, 0], layout: [95, 130], plumber: [95, 39] }],
  ["samples/shanghai-template-2024.pdf", undefined, { pdftotext: [0, 0], layout: [0, 0], plumber: [0, 0] }],
  ["samples/chongqing-swu-2023.pdf", undefined, { pdftotext: [0, 0], layout: [0, 0], plumber: [0, 0] }],
];

describe("text dumps of the sample PDFs", () => {
  it.each(CASES)("%s: recall of its dumps, and no error the PDF does not give", async (pdfPath, truth, want) => {
    const pdf = await parseReport(pdfPath);
    const base = pdfPath.replace(/^.*\//, "").replace(/(\.lo)?\.pdf$/, "");
    const pdfErrors = errors(pdf);
    for (const kind of KINDS) {
      const r = await parseReport(`samples/dumps/${base}.${kind}.txt`);
      expect([...errors(r)].filter((e) => !pdfErrors.has(e)), `${kind}: errors the PDF does not give`).toEqual([]);
      if (!truth) continue;
      expect([found(truth, r, "narrative"), found(truth, r, "tables")], kind).toEqual(want[kind]);
    }
  }, 120_000);

  it("a plain dump names each table title whose grid it could not recover", async () => {
    const r = await parseReport("samples/dumps/shanghai-putuo-czj-2024.pdftotext.txt");
    const titles = r.warnings.map((w) => /找到表名「([^」]+)」.*表格未能还原/.exec(w.message)?.[1]).filter(Boolean);
    expect(titles).toEqual([
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表",
    ]);
  }, 60_000);
});

describe("a -layout dump of a differently made PDF (samples/dumps/variants/)", () => {
  it("list items spaced out from their label stay prose, not a table: all facts, no error", async () => {
    const r = await parseReport("samples/dumps/variants/changji-czj-2024.docx-pkg.layout.txt");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
    const s = scoreFacts(readTruth("samples/truth/changji-czj-2024.tsv"), r.facts, "narrative");
    expect(s.found).toBeGreaterThanOrEqual(163);
    expect(r.facts.some((f) => f.concept === "gpb.item.amount" && f.value === "795.80")).toBe(true);
  }, 60_000);
});
