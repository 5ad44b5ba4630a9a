/**
 * Σ 分值 = 总分值 (the printed 总分 weight, else 100): the 预算执行率 weight plus every indicator weight.
 * Weights are assigned points, not rounded measurements: they are compared exactly, except weights
 * printed with 2+ decimals (33.33 …), which are read as rounded.
 */
import type { Fact } from "../../../model/fact.js";
import { decimalsOf } from "../../../extract/number.js";
import { STD_MESSAGES } from "../../compare.js";
import { exact, printed, sum } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { byDim, formLevel, formsOf, projectLabel, reportAgree } from "./common.js";

const ivl = (f: Fact) => (decimalsOf(f.value) >= 2 ? printed(f.value) : exactOf(f));
const exactOf = (f: Fact) => printed(f.value, decimalsOf(f.value), true);

export const weightsSum = defineRule({
  id: "perf-form-weights-sum",
  meta: {
    description: "绩效自评表各项分值（预算执行率分值 + 各指标分值）之和等于总分（100）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const what = `${projectLabel(p)}分值合计`;
      const weights = [...byDim(ctx, "perf.indicator.weight", p, "indicator").values()];
      const exec = formLevel(ctx, "perf.form.execution_weight", p);
      const total = formLevel(ctx, "perf.form.total_weight", p);
      const nInd = form.record ? form.record.indicators.length : weights.length;
      if (weights.length === 0 || weights.length < nInd || (!exec && !total)) {
        ctx.report({
          outcome: "insufficient_data",
          messageId: "missing",
          data: { what, missing: weights.length < nInd || weights.length === 0 ? "指标分值" : "预算执行率分值或总分" },
          facts: weights,
        });
        continue;
      }
      const parts = exec ? [exec, ...weights] : weights;
      const computed = sum(parts.map(ivl));
      const basis = parts.map((f) => f.value).join(" + ");
      if (total) reportAgree(ctx, what, total, ivl(total), computed, basis, [total, ...parts], "分");
      else {
        // no 总分 row: the full score is 100
        const hundred: Fact = { ...parts[0], concept: "perf.form.total_weight", value: "100", dims: { project: p } };
        reportAgree(ctx, `${what}（满分 100）`, hundred, exact(100), computed, basis, parts, "分");
      }
    }
  },
});
