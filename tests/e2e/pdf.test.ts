/** PDF end to end: the real Shanghai report, the LibreOffice rendering of the corpus text, the template. */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import type { Fact } from "../../src/model/fact.js";
import type { Report } from "../../src/model/report.js";
import { evalFacts } from "../helpers/eval.js";

const key = (f: Fact) => `${f.concept}|${f.value}|${JSON.stringify(Object.fromEntries(Object.entries(f.dims).filter(([k]) => k !== "label")))}`;
// Long free-text cells of the forms are clipped in LibreOffice's own PDF: numbers quoted inside them
// (perf.text.value) are not comparable across the two renderings.
const comparable = (r: Report) => r.facts.filter((f) => f.concept !== "perf.text.value").map(key).sort();
const outcomes = (r: Report) => r.findings.filter((f) => f.ruleId !== "perf-form-text-values").map((f) => `${f.ruleId}|${f.outcome}|${f.severity ?? ""}|${f.actual ?? ""}|${f.expected ?? ""}`).sort();

describe("shanghai-putuo-czj-2024.pdf (real report, all nine tables)", () => {
  it("every truth fact, narrative and tables, with the right value", async () => {
    const r = await parseReport("samples/shanghai-putuo-czj-2024.pdf");
    const e = evalFacts("samples/truth/shanghai-putuo-czj-2024.tsv", r.facts, "all");
    expect(e.out).not.toMatch(/WRONG|MISSING/);
    expect(e.last).toMatch(/wrong=0/);
    expect(r.source.pages).toBe(25);
  });
  it("errors are exactly the report's known defects (truth file P1, P3, P4; P2 and P6 warnings)", async () => {
    const r = await parseReport("samples/shanghai-putuo-czj-2024.pdf");
    const errors = r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.actual} vs ${f.expected}`).sort();
    expect(errors).toEqual([
      "gpb-structure: 71.73 vs 71.65", // P3: 一般公共服务支出 share, 2106.66 / 2940.05
      "sangong: 0 vs undefined", // P4: 因公出国（境）费 完成预算的0% against a blank (0) budget
      "sangong: 0 vs undefined", // P4: 公务用车购置及运行维护费, same
      "table-narrative: 0.3 vs 2961.68", // P1: 财政拨款收入总计 0.3 vs T4 2,961.68
      "table-narrative: 0.3 vs 2961.68", // P1: 财政拨款支出总计, same statement
      "table-narrative: 71.73 vs 71.65", // P3 against T5
    ]);
    // P2: “持平” with a reason that says 减少 — the words disagree; a warning (the 收支总计 includes carry-overs,
    // so the numbers alone cannot be compared with the 一般公共预算 change of −63.14)
    // P6: §六 lists 个人农业生产补贴 (T6 30310 blank) and leaves out 奖励金 (T6 30309 = 0.31)
    // P7: the table of contents and the body disagree on a heading (rule toc-heading)
    expect(r.findings.filter((f) => f.severity === "warning").map((f) => `${f.ruleId}: ${f.actual}`).sort()).toEqual([
      "basic-items-t6: ",
      "basic-items-t6: 个人农业生产补贴",
      "toc-heading: 十一、其他重要事项说明",
      "yoy-direction-reason: flat",
    ]);
    expect(r.findings.find((f) => f.ruleId === "toc-heading" && f.outcome === "fail")?.message).toBe("目录标题“十一、其他重要事项说明”（第3页第3行）与正文标题“十一、其他重要事项的情况说明”（第23页第33行）不一致");
    // P5 is rounding-level: reported as info, never as an error
    expect(r.findings.some((f) => f.severity === "info" && f.actual === "326.71")).toBe(true);
  });
});

describe("the corpus text report rendered to PDF by LibreOffice", () => {
  it("yields the same facts and the same findings as the .txt (parity)", async () => {
    const [txt, pdf] = await Promise.all([parseReport("samples/changji-czj-2024.txt"), parseReport("samples/lo/changji-czj-2024.lo.pdf")]);
    expect(comparable(pdf)).toEqual(comparable(txt));
    expect(outcomes(pdf)).toEqual(outcomes(txt));
    expect(pdf.facts.every((f) => f.source.page !== undefined)).toBe(true);
  });
});

describe("the official template (placeholders XX)", () => {
  it("segments fully, recognises all nine tables, states no amount and reports no error", async () => {
    const r = await parseReport("samples/shanghai-template-2024.pdf");
    expect(r.outline.map((s) => s.kind)).toEqual(["profile-part", "tables-part", "explanation-part", "glossary-part"]);
    expect(r.tables.filter((t) => t.id !== "generic").map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"]);
    const amounts = r.facts.filter((f) => f.unit !== "text" && f.unit !== "年" && !f.blank);
    expect(amounts).toEqual([]);
    expect(r.summary.errors).toBe(0);
  });
});
