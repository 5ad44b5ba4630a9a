/**
 * 总分 = 预算执行率得分 + Σ 指标得分. A score equal to its row's weight (full marks) or 0 is exact;
 * other scores are read at the display precision of the form's score column (see common.ts).
 */
import type { Fact } from "../../../model/fact.js";
import { STD_MESSAGES } from "../../compare.js";
import { sum, type Interval } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { atPrecision, byDim, columnDecimals, exactOf, formLevel, formsOf, projectLabel, reportAgree } from "./common.js";
import { Decimal } from "decimal.js";

export const scoreSum = defineRule({
  id: "perf-form-score-sum",
  meta: {
    description: "绩效自评表总分等于预算执行率得分与各指标得分之和",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const what = `${projectLabel(p)}总分`;
      const total = formLevel(ctx, "perf.form.total_score", p);
      const execScore = formLevel(ctx, "perf.form.execution_score", p);
      const execWeight = formLevel(ctx, "perf.form.execution_weight", p);
      const weights = byDim(ctx, "perf.indicator.weight", p, "indicator");
      const scores = byDim(ctx, "perf.indicator.score", p, "indicator");
      const indNames = [...new Set([...weights.keys(), ...scores.keys()])];
      const lacking: string[] = [];
      if (!total) lacking.push("总分");
      if (!execScore && execWeight) lacking.push("预算执行率得分");
      for (const n of indNames) if (!scores.has(n)) lacking.push(`指标「${n}」得分`);
      if (indNames.length === 0) lacking.push("指标得分");
      if (lacking.length) {
        ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: lacking.join("、") }, facts: total ? [total] : [] });
        continue;
      }
      const rows: [Fact, Fact | undefined][] = [
        ...(execScore ? [[execScore, execWeight] as [Fact, Fact | undefined]] : []),
        ...indNames.map((n): [Fact, Fact | undefined] => [scores.get(n) as Fact, weights.get(n)]),
      ];
      const dp = columnDecimals(rows.map(([s]) => s));
      const terms: Interval[] = rows.map(([s, w]) => {
        const v = new Decimal(s.value);
        if (v.isZero() || (w && v.eq(w.value))) return exactOf(s);
        return atPrecision(s, dp);
      });
      const t = total as Fact;
      reportAgree(ctx, what, t, atPrecision(t, 0), sum(terms), rows.map(([s]) => s.value).join(" + "), [t, ...rows.map(([s]) => s)], "分");
    }
  },
});
