/**
 * 指标完成率 = 实际完成值 ÷ 目标值 × 100 where both are plain numbers in the same unit. For a
 * "≤"/"<" (反向) indicator, 目标值 ÷ 实际完成值 is accepted too (regions compute it either way).
 * The rate is read at the display precision of the form's 完成率 column; target and actual at the
 * finer of their two printed precisions (see common.ts).
 */
import type { Fact } from "../../../model/fact.js";
import { decimalsOf } from "../../../extract/number.js";
import { STD_MESSAGES } from "../../compare.js";
import { agree, percent } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { atPrecision, byDim, columnDecimals, formsOf, projectLabel, reportAgree } from "./common.js";

const unitKey = (f: Fact) => `${f.unit}|${f.dims.unit_text ?? ""}`;

export const completionRate = defineRule({
  id: "perf-indicator-completion-rate",
  meta: {
    description: "绩效指标完成率 = 实际完成值 ÷ 目标值 × 100%（两者均为数值时）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const rates = byDim(ctx, "perf.indicator.completion_rate", p, "indicator");
      const targets = byDim(ctx, "perf.indicator.target", p, "indicator");
      const actuals = byDim(ctx, "perf.indicator.actual", p, "indicator");
      const dpRate = columnDecimals([...rates.values()]);
      for (const [ind, rate] of rates) {
        const what = `${projectLabel(p)}指标「${ind}」完成率`;
        const t = targets.get(ind), a = actuals.get(ind);
        const rec = form.record?.indicators.find((i) => i.name === ind);
        if (!t || !a) {
          // text targets ("有效提升", dates) have no ratio; a numeric side without the other is missing data
          const numericSide = (t && !a && rec?.actual !== undefined) || (a && !t && rec?.target !== undefined);
          ctx.report({
            outcome: numericSide ? "insufficient_data" : "not_applicable",
            messageId: "missing",
            data: { what, missing: !t ? "数值目标值" : "数值实际完成值" },
            facts: [rate],
          });
          continue;
        }
        if (unitKey(t) !== unitKey(a)) {
          ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what, missing: "同一计量单位的目标值与实际值" }, facts: [rate, t, a] });
          continue;
        }
        const dp = Math.max(decimalsOf(t.value), decimalsOf(a.value));
        const ti = atPrecision(t, dp), ai = atPrecision(a, dp), ri = atPrecision(rate, dpRate);
        const direct = percent(ai, ti);
        const inverse = t.dims.op === "<=" || t.dims.op === "<" ? percent(ti, ai) : null;
        if (!direct) {
          ctx.report({ outcome: "not_applicable", messageId: "zeroBase", data: { what }, facts: [rate, t, a] });
          continue;
        }
        const useInverse = inverse && agree(ri, direct) === "mismatch" && agree(ri, inverse) !== "mismatch";
        if (useInverse && inverse) reportAgree(ctx, what, rate, ri, inverse, `${t.value} ÷ ${a.value} × 100`, [rate, t, a], "%");
        else reportAgree(ctx, what, rate, ri, direct, `${a.value} ÷ ${t.value} × 100`, [rate, t, a], "%");
      }
    }
  },
});
