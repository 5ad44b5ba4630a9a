/**
 * A soft check (warning): the 预算执行率 得分 does not exceed 执行率 × 分值. Every scoring rule seen
 * (proportional, capped; the Xinjiang 60%-threshold line) stays at or below it, but regions differ
 * (some give full marks above a threshold), so a breach is a warning, never an error.
 */
import type { Fact } from "../../../model/fact.js";
import { STD_MESSAGES } from "../../compare.js";
import { printed, scale, mul } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { formLevel, formsOf, missing, projectLabel } from "./common.js";
import { Decimal } from "decimal.js";

export const executionScoreBound = defineRule({
  id: "perf-form-execution-score",
  meta: {
    description: "预算执行率得分不高于 执行率 × 分值（提示性检查，各地评分办法不同）",
    defaultSeverity: "warning",
    messages: {
      ...STD_MESSAGES,
      ok: "{{what}}：得分 {{actual}} 不高于 执行率 × 分值 = {{expected}}",
      over: "{{what}}：得分 {{actual}} 高于 执行率 × 分值 = {{expected}}，请核对评分办法",
    },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const what = `${projectLabel(p)}预算执行率得分`;
      const score = formLevel(ctx, "perf.form.execution_score", p);
      const rate = formLevel(ctx, "perf.form.execution_rate", p);
      const weight = formLevel(ctx, "perf.form.execution_weight", p);
      if (!score && !rate && !weight) continue;
      if (missing(ctx, what, [[score, "得分"], [rate, "执行率"], [weight, "分值"]])) continue;
      const s = score as Fact, r = rate as Fact, w = weight as Fact;
      const bound = scale(mul(printed(r.value), printed(w.value, undefined, true)), "0.01");
      const cap = Decimal.min(bound.hi, new Decimal(w.value));
      const expected = Decimal.min(bound.mid, new Decimal(w.value)).toFixed(2);
      const data = { what, actual: s.value, expected };
      const common = { actual: s.value, expected, unit: "分", facts: [s, r, w], data };
      if (printed(s.value).lo.gt(cap)) ctx.report({ outcome: "fail", messageId: "over", ...common });
      else ctx.report({ outcome: "pass", messageId: "ok", ...common });
    }
  },
});
