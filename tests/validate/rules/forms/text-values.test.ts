import { describe, expect, it } from "vitest";
import { textValues } from "../../../../src/validate/rules/forms/text-values.js";
import { errors, fact, form, fundFacts, outcomes, run } from "./helpers.js";
import type { Fact } from "../../../../src/model/fact.js";

const text = (value: string, unit: Fact["unit"], n: number, label: string, part = "实际完成情况", extra: Record<string, string> = {}): Fact => {
  const f = fact("perf.text.value", value, unit, { project: "整体", part, n: String(n), sentence: "1", label, ...extra });
  f.source.cell = [9, 2];
  return f;
};
const base = [
  ...fundFacts("整体", { total: ["2400.54", "2789.38", "2497.29"] }),
  fact("perf.form.execution_rate", "89.53", "%", { project: "整体" }),
];
const achieved = (o: Record<string, string> = {}) => [
  text(o.budget ?? "2789.38", "万元", 1, "2024年我单位全年预算数为"),
  text(o.exec ?? "2497.29", "万元", 2, "全年部门整体支出"),
  text(o.rate ?? "89.53", "%", 3, "预算执行率为"),
  text(o.basic ?? "1589.18", "万元", 4, "其中：基本支出"),
  text("908.11", "万元", 5, "项目支出"),
];

describe("perf-form-text-values", () => {
  it("passes restated budget, execution, rate and the 其中 decomposition", () => {
    const fs = run(textValues, [...base, ...achieved()], [form("整体", "unit")]);
    expect(outcomes(fs)).toEqual(["pass", "pass", "pass", "pass"]);
  });
  it("fails each nudged restatement", () => {
    const nudges: Record<string, string>[] = [{ budget: "2789.48" }, { exec: "2497.39" }, { rate: "89.63" }, { basic: "1589.28" }];
    for (const o of nudges) {
      // a nudged 整体支出 also breaks the 其中 sum after it
      expect(errors(run(textValues, [...base, ...achieved(o)], [form("整体", "unit")])).length).toBeGreaterThanOrEqual(1);
    }
  });
  it("does not compare the 预期目标 plan with the fund columns", () => {
    const fs = run(textValues, [...base, text("76.47", "万元", 1, "全年预算", "预期目标")], [form("整体", "unit")]);
    expect(fs).toHaveLength(0);
  });
  it("checks a deviation note's 目标值/业绩值 against the row", () => {
    const row = [
      fact("perf.indicator.target", "33.45", "万元", { project: "整体", indicator: "办公经费", op: "<=" }),
      fact("perf.indicator.actual", "32.73", "万元", { project: "整体", indicator: "办公经费", op: "=" }),
    ];
    const note = (t: string) => [
      text(t, "万元", 1, "该指标目标值", "偏差说明", { indicator: "办公经费" }),
      text("32.73", "万元", 2, "业绩值", "偏差说明", { indicator: "办公经费" }),
    ];
    expect(outcomes(run(textValues, [...row, ...note("33.45")], [form("整体", "unit")]))).toEqual(["pass", "pass"]);
    expect(errors(run(textValues, [...row, ...note("33.55")], [form("整体", "unit")]))).toHaveLength(1);
  });
});
