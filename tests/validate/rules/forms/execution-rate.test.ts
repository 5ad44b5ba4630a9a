import { describe, expect, it } from "vitest";
import { executionRate } from "../../../../src/validate/rules/forms/execution-rate.js";
import { errors, fact, form, fundFacts, outcomes, run } from "./helpers.js";

describe("perf-form-execution-rate", () => {
  const base = (rate: string, executed = "9.10") => [
    ...fundFacts("P", { total: ["15.86", "15.86", executed] }),
    fact("perf.form.execution_rate", rate, "%", { project: "P" }),
  ];
  it("passes 9.10 / 15.86 = 57.38%", () => {
    expect(outcomes(run(executionRate, base("57.38"), [form("P")]))).toEqual(["pass"]);
  });
  it("fails 57.48% (nudged rate)", () => {
    const fs = errors(run(executionRate, base("57.48"), [form("P")]));
    expect(fs).toHaveLength(1);
    expect(fs[0].expected).toBe("57.38");
  });
  it("fails when the executed amount is nudged (9.20 / 15.86 = 58.01%)", () => {
    expect(errors(run(executionRate, base("57.38", "9.20"), [form("P")]))).toHaveLength(1);
  });
  it("does not assert 得分 = 执行率 × 分值 (a 0.00 score at 57.38% is not its business)", () => {
    const facts = [...base("57.38"), fact("perf.form.execution_score", "0.00", "分", { project: "P" })];
    expect(errors(run(executionRate, facts, [form("P")]))).toHaveLength(0);
  });
  it("is insufficient_data without the budget", () => {
    const facts = [fact("perf.form.execution_rate", "57.38", "%", { project: "P" }), fact("perf.form.executed", "9.10", "万元", { project: "P" })];
    expect(outcomes(run(executionRate, facts, [form("P")]))).toEqual(["insufficient_data"]);
  });
  it("checks a rate printed on a source row against that row", () => {
    const facts = [
      ...fundFacts("P", { total: ["20.00", "20.00", "10.00"], 财政拨款: ["10.00", "10.00", "5.00"] }),
      fact("perf.form.execution_rate", "50.00", "%", { project: "P" }),
      fact("perf.form.execution_rate", "60.00", "%", { project: "P", source: "财政拨款" }),
    ];
    const fs = run(executionRate, facts, [form("P")]);
    expect(outcomes(fs)).toEqual(["pass", "fail"]);
  });
});
