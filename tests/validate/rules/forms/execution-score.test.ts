import { describe, expect, it } from "vitest";
import { executionScoreBound } from "../../../../src/validate/rules/forms/execution-score.js";
import { errors, fact, form, outcomes, run } from "./helpers.js";

const facts = (rate: string, score: string) => [
  fact("perf.form.execution_weight", "10", "分", { project: "P" }),
  fact("perf.form.execution_rate", rate, "%", { project: "P" }),
  fact("perf.form.execution_score", score, "分", { project: "P" }),
];

describe("perf-form-execution-score (soft)", () => {
  it("passes proportional and threshold scoring (89.53% → 8.95; 94.08% → 8.52; 57.38% → 0.00)", () => {
    for (const [r, s] of [["89.53", "8.95"], ["94.08", "8.52"], ["57.38", "0.00"], ["100.00", "10.00"]]) {
      expect(outcomes(run(executionScoreBound, facts(r, s), [form("P")]))).toEqual(["pass"]);
    }
  });
  it("warns, never errs, above 执行率 × 分值", () => {
    const fs = run(executionScoreBound, facts("89.53", "9.05"), [form("P")]);
    expect(fs[0].severity).toBe("warning");
    expect(errors(fs)).toHaveLength(0);
  });
});
