import { describe, expect, it } from "vitest";
import { weightsSum } from "../../../../src/validate/rules/forms/weights-sum.js";
import { errors, fact, form, outcomes, run } from "./helpers.js";

const w = (ind: string, v: string) => fact("perf.indicator.weight", v, "分", { project: "P", indicator: ind });

describe("perf-form-weights-sum", () => {
  it("passes 10 + 22.5 × 4 = 100 without a 总分 row", () => {
    const facts = [fact("perf.form.execution_weight", "10", "分", { project: "P" }), w("a", "22.5"), w("b", "22.5"), w("c", "22.5"), w("d", "22.5")];
    expect(outcomes(run(weightsSum, facts, [form("P", "unit")]))).toEqual(["pass"]);
  });
  it("passes 10 + 3.4 + 6.2 + 2.3 + 1.3 + 3.4 + 3.4 + 40 + 30 = 100 against the printed 总分 100", () => {
    const facts = [
      fact("perf.form.execution_weight", "10", "分", { project: "P" }),
      ...["3.4", "6.2", "2.3", "1.3", "3.4", "3.4", "40", "30"].map((v, i) => w(`i${i}`, v)),
      fact("perf.form.total_weight", "100", "分", { project: "P" }),
    ];
    expect(outcomes(run(weightsSum, facts, [form("P")]))).toEqual(["pass"]);
  });
  it("fails when weights add up to 99 (weights are exact points, no rounding envelope)", () => {
    const facts = [fact("perf.form.execution_weight", "10", "分", { project: "P" }), w("a", "50"), w("b", "39"), fact("perf.form.total_weight", "100", "分", { project: "P" })];
    const fs = errors(run(weightsSum, facts, [form("P")]));
    expect(fs).toHaveLength(1);
    expect(fs[0].expected).toBe("99");
  });
  it("reads weights printed with 2 decimals as rounded (33.33 × 3 = 99.99 ≈ 100 passes; 33.33 × 2 + 33.50 is info)", () => {
    const total = fact("perf.form.total_weight", "100.00", "分", { project: "P" });
    const fs = run(weightsSum, [w("a", "33.33"), w("b", "33.33"), w("c", "33.33"), fact("perf.form.total_weight", "100", "分", { project: "P" })], [form("P")]);
    expect(outcomes(fs)).toEqual(["pass"]);
    const fs2 = run(weightsSum, [w("a", "33.33"), w("b", "33.33"), w("c", "33.33"), total], [form("P")]);
    expect(errors(fs2)).toHaveLength(0);
    expect(fs2[0].severity).toBe("info");
  });
  it("is insufficient_data without indicator weights", () => {
    expect(outcomes(run(weightsSum, [fact("perf.form.execution_weight", "10", "分", { project: "P" })], [form("P")]))).toEqual(["insufficient_data"]);
  });
});
