import { describe, expect, it } from "vitest";
import { fundSum } from "../../../../src/validate/rules/forms/fund-sum.js";
import { errors, form, fundFacts, outcomes, run } from "./helpers.js";

const funds = [
  { source: "年度资金总额", total: true, row: 1 },
  { source: "当年财政拨款", row: 2 },
  { source: "其他资金", row: 3 },
];

describe("perf-form-fund-sum", () => {
  it("passes when the total row is the sum of the sources in every column", () => {
    // 262.00 = 157.00 + 105.00; 244.72 = 173.76 + 70.96; 230.24 = 170.22 + 60.02
    const facts = fundFacts("P", { total: ["262.00", "244.72", "230.24"], 当年财政拨款: ["157.00", "173.76", "170.22"], 其他资金: ["105.00", "70.96", "60.02"] });
    const fs = run(fundSum, facts, [form("P", "project", { funds })]);
    expect(outcomes(fs)).toEqual(["pass", "pass", "pass"]);
    expect(errors(fs)).toHaveLength(0);
  });
  it("fails when one source is nudged by 0.10", () => {
    const facts = fundFacts("P", { total: ["262.00", "244.72", "230.24"], 当年财政拨款: ["157.00", "173.86", "170.22"], 其他资金: ["105.00", "70.96", "60.02"] });
    const fs = errors(run(fundSum, facts, [form("P", "project", { funds })]));
    expect(fs).toHaveLength(1);
    expect(fs[0].expected).toBe("244.82");
    expect(fs[0].actual).toBe("244.72");
  });
  it("treats a total within the rounding envelope as info, not error", () => {
    // 10.01 vs 5.00 + 5.00: |diff| = 0.01 ≤ 3 × 0.005
    const facts = fundFacts("P", { total: ["10.01", "10.00", "10.00"], 当年财政拨款: ["5.00", "5.00", "5.00"], 其他资金: ["5.00", "5.00", "5.00"] });
    const fs = run(fundSum, facts, [form("P", "project", { funds })]);
    expect(errors(fs)).toHaveLength(0);
    expect(fs[0].severity).toBe("info");
  });
  it("is insufficient_data when a source row does not print a column", () => {
    const facts = fundFacts("P", { total: ["1.00", "1.00", "1.00"], 当年财政拨款: ["1.00", "1.00", "1.00"] });
    const fs = run(fundSum, facts, [form("P", "project", { funds })]);
    expect(outcomes(fs)).toEqual(["insufficient_data", "insufficient_data", "insufficient_data"]);
  });
  it("is not_applicable without source rows", () => {
    const facts = fundFacts("P", { total: ["1.00", "1.00", "1.00"] });
    const fs = run(fundSum, facts, [form("P", "project", { funds: [funds[0]] })]);
    expect(outcomes(fs)).toEqual(["not_applicable"]);
  });
});
