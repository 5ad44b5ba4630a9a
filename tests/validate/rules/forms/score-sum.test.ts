import { describe, expect, it } from "vitest";
import { scoreSum } from "../../../../src/validate/rules/forms/score-sum.js";
import { errors, fact, form, outcomes, run } from "./helpers.js";

// 会计考试考务工作经费: 0.00 + 10 + 5 + 15 + 5 + 5 + 5.74 + 0 + 30 = 75.74
const rows: [string, string, string][] = [
  ["a", "10", "10"], ["b", "5", "5"], ["c", "15", "15"], ["d", "5", "5"], ["e", "5", "5"], ["f", "15", "5.74"], ["g", "5", "0"], ["h", "30", "30"],
];
const facts = (total: string, execScore = "0.00", override?: [string, string]) => [
  fact("perf.form.execution_weight", "10", "分", { project: "P" }),
  fact("perf.form.execution_score", execScore, "分", { project: "P" }),
  ...rows.flatMap(([i, w, s]) => [
    fact("perf.indicator.weight", w, "分", { project: "P", indicator: i }),
    fact("perf.indicator.score", override && override[0] === i ? override[1] : s, "分", { project: "P", indicator: i }),
  ]),
  fact("perf.form.total_score", total, "分", { project: "P" }),
];

describe("perf-form-score-sum", () => {
  it("passes 75.74 = 0.00 + 10 + 5 + 15 + 5 + 5 + 5.74 + 0 + 30", () => {
    expect(outcomes(run(scoreSum, facts("75.74"), [form("P")]))).toEqual(["pass"]);
    expect(run(scoreSum, facts("75.74"), [form("P")])[0].severity).toBeUndefined();
  });
  it("fails a total nudged by 0.10 (full marks and zeros are exact, so the envelope is ±0.015)", () => {
    expect(errors(run(scoreSum, facts("75.84"), [form("P")]))).toHaveLength(1);
  });
  it("fails an indicator score nudged by 0.10", () => {
    expect(errors(run(scoreSum, facts("75.74", "0.00", ["f", "5.84"]), [form("P")]))).toHaveLength(1);
  });
  it("fails an execution score nudged by 0.10", () => {
    expect(errors(run(scoreSum, facts("75.74", "0.10"), [form("P")]))).toHaveLength(1);
  });
  it("is insufficient_data without a 总分 (the unit-wide form prints none)", () => {
    const f = facts("75.74").filter((x) => x.concept !== "perf.form.total_score");
    expect(outcomes(run(scoreSum, f, [form("P")]))).toEqual(["insufficient_data"]);
  });
});
