import { describe, expect, it } from "vitest";
import { narrativeForms } from "../../../../src/validate/rules/forms/narrative.js";
import { errors, fact, form, fundFacts, outcomes, run } from "./helpers.js";

const forms = [form("整体", "unit"), form("A"), form("B")];
const formFacts = [
  ...fundFacts("整体", { total: ["2400.54", "2789.38", "2497.29"] }),
  ...fundFacts("A", { total: ["15.86", "15.86", "9.10"] }),
  ...fundFacts("B", { total: ["52.00", "25.65", "25.65"] }),
];
const narrative = (o: Partial<Record<string, string>> = {}) => [
  fact("performance.unit_forms", o.unit_forms ?? "1", "个", {}),
  fact("performance.unit.budget", o.ub ?? "2789.38", "万元", {}),
  fact("performance.unit.executed", o.ue ?? "2497.29", "万元", {}),
  fact("performance.projects.count", o.count ?? "2", "个", {}),
  fact("performance.projects.budget", o.pb ?? "41.51", "万元", {}), // 15.86 + 25.65
  fact("performance.projects.executed", o.pe ?? "34.75", "万元", {}), // 9.10 + 25.65
];

describe("perf-narrative-forms", () => {
  it("passes when the narrative matches the forms", () => {
    const fs = run(narrativeForms, [...formFacts, ...narrative()], forms);
    expect(outcomes(fs)).toEqual(["pass", "pass", "pass", "pass", "pass", "pass"]);
  });
  it("fails a wrong project count", () => {
    const fs = errors(run(narrativeForms, [...formFacts, ...narrative({ count: "3" })], forms));
    expect(fs.map((f) => f.messageId)).toEqual(["countMismatch"]);
  });
  it("fails nudged sums (Σ full-year budgets 41.61 ≠ 41.51; unit executed 2497.39)", () => {
    expect(errors(run(narrativeForms, [...formFacts, ...narrative({ pb: "41.61" })], forms))).toHaveLength(1);
    expect(errors(run(narrativeForms, [...formFacts, ...narrative({ ue: "2497.39" })], forms))).toHaveLength(1);
  });
  it("is insufficient_data when the narrative does not state them", () => {
    const fs = run(narrativeForms, formFacts, forms);
    expect(fs.every((f) => f.outcome === "insufficient_data")).toBe(true);
    expect(fs).toHaveLength(6);
  });
});
