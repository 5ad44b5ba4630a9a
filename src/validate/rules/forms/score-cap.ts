/** 得分 ≤ 分值 (and ≥ 0) for every indicator and for the 预算执行率 line. */
import type { Fact } from "../../../model/fact.js";
import { decimalsOf } from "../../../extract/number.js";
import { printed } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { byDim, formLevel, formsOf, missing, projectLabel } from "./common.js";

export const scoreCap = defineRule({
  id: "perf-form-score-cap",
  meta: {
    description: "绩效自评表每一行得分不超过该行分值，且不为负",
    defaultSeverity: "error",
    messages: {
      ok: "{{what}}：得分 {{actual}} ≤ 分值 {{expected}}",
      over: "{{what}}：得分 {{actual}} 超过分值 {{expected}}",
      negative: "{{what}}：得分 {{actual}} 为负",
      missing: "{{what}}：缺少 {{missing}}，无法核对",
    },
  },
  check(ctx) {
    const one = (what: string, score: Fact | undefined, weight: Fact | undefined) => {
      if (missing(ctx, what, [[score, "得分"], [weight, "分值"]])) return;
      const s = score as Fact, w = weight as Fact;
      const si = printed(s.value);
      const wi = decimalsOf(w.value) >= 2 ? printed(w.value) : printed(w.value, undefined, true);
      const data = { what, actual: s.value, expected: w.value };
      const common = { actual: s.value, expected: w.value, unit: "分", facts: [s, w], data };
      if (si.lo.gt(wi.hi)) ctx.report({ outcome: "fail", messageId: "over", ...common });
      else if (si.hi.lt(0)) ctx.report({ outcome: "fail", messageId: "negative", ...common });
      else ctx.report({ outcome: "pass", messageId: "ok", ...common });
    };
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const execScore = formLevel(ctx, "perf.form.execution_score", p);
      const execWeight = formLevel(ctx, "perf.form.execution_weight", p);
      if (execScore || execWeight) one(`${projectLabel(p)}预算执行率`, execScore, execWeight);
      const weights = byDim(ctx, "perf.indicator.weight", p, "indicator");
      const scores = byDim(ctx, "perf.indicator.score", p, "indicator");
      for (const ind of new Set([...weights.keys(), ...scores.keys()])) {
        one(`${projectLabel(p)}指标「${ind}」`, scores.get(ind), weights.get(ind));
      }
    }
  },
});
