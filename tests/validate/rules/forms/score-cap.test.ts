import { describe, expect, it } from "vitest";
import { scoreCap } from "../../../../src/validate/rules/forms/score-cap.js";
import { errors, fact, form, outcomes, run } from "./helpers.js";

const row = (ind: string, weight: string, score?: string) => [
  fact("perf.indicator.weight", weight, "分", { project: "P", indicator: ind }),
  ...(score !== undefined ? [fact("perf.indicator.score", score, "分", { project: "P", indicator: ind })] : []),
];

describe("perf-form-score-cap", () => {
  it("passes full marks and partial scores", () => {
    const facts = [...row("a", "15", "5.74"), ...row("b", "10", "10"), fact("perf.form.execution_weight", "10", "分", { project: "P" }), fact("perf.form.execution_score", "10.00", "分", { project: "P" })];
    expect(outcomes(run(scoreCap, facts, [form("P")]))).toEqual(["pass", "pass", "pass"]);
  });
  it("fails a score 0.10 above its weight (10.10 > 10)", () => {
    const facts = [fact("perf.form.execution_weight", "10", "分", { project: "P" }), fact("perf.form.execution_score", "10.10", "分", { project: "P" })];
    const fs = errors(run(scoreCap, facts, [form("P")]));
    expect(fs).toHaveLength(1);
    expect(fs[0].messageId).toBe("over");
  });
  it("fails a negative score", () => {
    expect(errors(run(scoreCap, row("a", "5", "-1"), [form("P")]))[0].messageId).toBe("negative");
  });
  it("is insufficient_data when a row has a weight but no score", () => {
    expect(outcomes(run(scoreCap, row("a", "5"), [form("P")]))).toEqual(["insufficient_data"]);
  });
});
