import { describe, expect, it } from "vitest";
import { costDecomposition } from "../../../../src/validate/rules/forms/cost-decomposition.js";
import { errors, fact, form, fundFacts, outcomes, run } from "./helpers.js";

const indicators = [
  { name: "运维经费", level1: "成本指标", level2: "经济成本指标", row: 1 },
  { name: "核查费用", level1: "成本指标", level2: "经济成本指标", row: 2 },
  { name: "评审费用", level1: "成本指标", level2: "经济成本指标", row: 3 },
  { name: "培训次数", level1: "产出指标", level2: "数量指标", row: 4 },
];
const cost = (name: string, t: string, a: string) => [
  fact("perf.indicator.target", t, "万元", { project: "P", indicator: name, op: "<=" }),
  fact("perf.indicator.actual", a, "万元", { project: "P", indicator: name, op: "=" }),
];
// 20.79 + 1 + 3.86 = 25.65 = 全年预算数 = 全年执行数
const facts = (t1 = "20.79", a1 = "20.79") => [
  ...fundFacts("P", { total: ["52.00", "25.65", "25.65"] }),
  ...cost("运维经费", t1, a1), ...cost("核查费用", "1", "1"), ...cost("评审费用", "3.86", "3.86"),
  fact("perf.indicator.target", "3", "次", { project: "P", indicator: "培训次数" }),
];

describe("perf-form-cost-decomposition", () => {
  it("passes when cost targets add up to the budget and actuals to the execution", () => {
    expect(outcomes(run(costDecomposition, facts(), [form("P", "project", { indicators })]))).toEqual(["pass", "pass"]);
  });
  it("fails a nudged target (actuals still reconcile, so the convention holds)", () => {
    expect(errors(run(costDecomposition, facts("20.89"), [form("P", "project", { indicators })]))).toHaveLength(1);
  });
  it("fails a nudged actual (targets still reconcile)", () => {
    expect(errors(run(costDecomposition, facts("20.79", "20.89"), [form("P", "project", { indicators })]))).toHaveLength(1);
  });
  it("is not_applicable when cost indicators are not a budget decomposition", () => {
    expect(outcomes(run(costDecomposition, facts("5.00", "5.00"), [form("P", "project", { indicators })]))).toEqual(["not_applicable"]);
  });
});
