/** 执行率 = 全年执行数 / 全年预算数 × 100 (interval arithmetic). */
import { checkBudgetRate, STD_MESSAGES } from "../../compare.js";
import { defineRule } from "../../rule.js";
import { formLevel, formsOf, missing, projectLabel } from "./common.js";

export const executionRate = defineRule({
  id: "perf-form-execution-rate",
  meta: {
    description: "绩效自评表预算执行率 = 全年执行数 ÷ 全年预算数 × 100%",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES, zeroBaseStated: "{{what}}：预算数为 0，却列出执行率 {{actual}}" },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const what = `${projectLabel(p)}预算执行率`;
      const rate = formLevel(ctx, "perf.form.execution_rate", p);
      if (!rate) {
        ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: "执行率" } });
      } else {
        const executed = formLevel(ctx, "perf.form.executed", p);
        // Sichuan: 调整后预算数; forms without a full-year column: 年初预算数
        const budget = formLevel(ctx, "perf.form.budget.full_year", p) ?? formLevel(ctx, "perf.form.budget.initial", p);
        if (!missing(ctx, what, [[rate, "执行率"], [executed, "全年执行数"], [budget, "全年预算数"]]))
          checkBudgetRate(ctx, what, rate, executed, budget, "completion", ["执行率", "全年执行数", "全年预算数"]);
      }
      // rates printed per source row
      for (const r of ctx.facts.all("perf.form.execution_rate", { project: p }).filter((f) => f.dims.source)) {
        const s = r.dims.source;
        const w = `${projectLabel(p)}${s}执行率`;
        const executed = ctx.facts.all("perf.form.executed", { project: p, source: s })[0];
        const budget =
          ctx.facts.all("perf.form.budget.full_year", { project: p, source: s })[0] ??
          ctx.facts.all("perf.form.budget.initial", { project: p, source: s })[0];
        if (missing(ctx, w, [[executed, "全年执行数"], [budget, "全年预算数"]])) continue;
        checkBudgetRate(ctx, w, r, executed, budget, "completion", ["执行率", "全年执行数", "全年预算数"]);
      }
    }
  },
});
