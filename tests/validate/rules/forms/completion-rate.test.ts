import { describe, expect, it } from "vitest";
import { completionRate } from "../../../../src/validate/rules/forms/completion-rate.js";
import { errors, fact, form, outcomes, run } from "./helpers.js";

const ind = (name: string, target: string, actual: string, rate: string, unit: "万元" | "%" | "次" = "万元", op = "<=") => [
  fact("perf.indicator.target", target, unit, { project: "P", indicator: name, op }),
  fact("perf.indicator.actual", actual, unit, { project: "P", indicator: name, op: "=" }),
  fact("perf.indicator.completion_rate", rate, "%", { project: "P", indicator: name }),
];

describe("perf-indicator-completion-rate", () => {
  it("passes 7.53 / 10 = 75.3% and 1.57 / 5.86 = 26.79%", () => {
    const fs = run(completionRate, [...ind("劳务费", "10", "7.53", "75.3"), ...ind("办公经费", "5.86", "1.57", "26.79")], [form("P")]);
    expect(outcomes(fs)).toEqual(["pass", "pass"]);
    expect(errors(fs)).toHaveLength(0);
  });
  it("fails 47.56% for 13.08 / 27.56 (= 47.46%)", () => {
    const fs = errors(run(completionRate, ind("办公经费", "27.56", "13.08", "47.56"), [form("P")]));
    expect(fs).toHaveLength(1);
    expect(fs[0].expected).toBe("47.46");
  });
  it("reads an integer 100% at the precision of its column: 41.97 vs 41.87 is an error next to 118.63%", () => {
    const facts = [...ind("物业", "41.97", "41.87", "100"), ...ind("面积", "5000", "5931.64", "118.63", "万元", ">=")];
    expect(errors(run(completionRate, facts, [form("P")]))).toHaveLength(1);
  });
  it("reads an all-integer column at 0 decimals: 100 / 95 = 105.26 printed 105% passes", () => {
    const fs = run(completionRate, ind("合格率", "95", "100", "105", "%", ">="), [form("P")]);
    expect(outcomes(fs)).toEqual(["pass"]);
    expect(errors(fs)).toHaveLength(0);
  });
  it("accepts 目标 ÷ 实际 for a ≤ indicator", () => {
    // 3 / 4 = 75%: a response time target ≤3 met with 4 → rate printed as target/actual
    expect(errors(run(completionRate, ind("响应时间", "3", "4", "75.00", "次", "<="), [form("P")]))).toHaveLength(0);
    expect(errors(run(completionRate, ind("次数", "3", "4", "75.00", "次", ">="), [form("P")]))).toHaveLength(1);
  });
  it("is not_applicable for text targets (有效提升) and dates", () => {
    const facts = [fact("perf.indicator.completion_rate", "100", "%", { project: "P", indicator: "提升" })];
    expect(outcomes(run(completionRate, facts, [form("P")]))).toEqual(["not_applicable"]);
  });
  it("is not_applicable when target and actual are in different units", () => {
    const facts = [
      fact("perf.indicator.target", "3", "次", { project: "P", indicator: "x" }),
      fact("perf.indicator.actual", "3", "万元", { project: "P", indicator: "x" }),
      fact("perf.indicator.completion_rate", "100", "%", { project: "P", indicator: "x" }),
    ];
    expect(outcomes(run(completionRate, facts, [form("P")]))).toEqual(["not_applicable"]);
  });
});
