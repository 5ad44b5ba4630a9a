import { Decimal } from "decimal.js";
import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { subjectName } from "../../../shared/concept-names.js";
import { intersects, printed } from "../../interval.js";

/**
 * Direction words against numbers: "决算数大于/小于预算数", "持平", "基本持平" must match the sign of
 * 决算 − 预算. 基本持平 accepts a difference under 5% of the budget. Where the budget is not stated but a
 * completion rate is ("完成预算124.27%。决算数小于预算数", the Sichuan layout), the rate's side of 100% is the sign
 * (a variance rate's side of 0).
 */
export default defineRule({
  id: "budget-direction",
  meta: {
    description: "预决算比较的方向词（大于/小于/持平）与数值（或完成率、差异率）一致",
    defaultSeverity: "error",
    messages: {
      ok: "{{what}}：“{{words}}”与决算 {{final}}、预算 {{budget}} 一致",
      mismatch: "{{what}}：文字称“{{words}}”，但决算 {{final}}、预算 {{budget}}（差 {{diff}}）",
      rounding: "{{what}}：文字称“{{words}}”，决算 {{final}} 与预算 {{budget}} 在取整容差内相等",
      rateOk: "{{what}}：“{{words}}”与{{rateName}} {{rate}}% 一致",
      rateMismatch: "{{what}}：文字称“{{words}}”，但{{rateName}}为 {{rate}}%",
    },
  },
  check(ctx) {
    for (const rec of ctx.records.budgets) {
      if (!rec.direction) continue;
      const what = subjectName(rec.subject);
      if (rec.budget === undefined || rec.final === undefined) {
        // No budget amount: the completion (or variance) rate says which side of the budget the final is on.
        const rate = rec.completionRate ?? rec.varianceRate;
        if (rate === undefined) continue;
        const pivot = rec.completionRate !== undefined ? "100" : "0";
        const rateName = rec.completionRate !== undefined ? "完成率" : "预决算差异率";
        const facts = ctx.facts.facts.filter((f: Fact) => f.source.block === rec.block && !f.dims.table && f.unit === "%" && f.value === rate);
        const iv = printed(rate);
        const side = iv.lo.gt(pivot) ? "greater" : iv.hi.lt(pivot) ? "less" : "equal";
        const ok = rec.direction === side || (side === "equal" && rec.direction === "about_equal") || (rec.direction === "about_equal" && new Decimal(rate).minus(pivot).abs().lt(5));
        const data = { what, words: rec.directionText, rate, rateName };
        ctx.report({ outcome: ok ? "pass" : "fail", messageId: ok ? "rateOk" : "rateMismatch", data, facts, actual: rec.direction, expected: side });
        continue;
      }
      const facts = ctx.facts.facts.filter((f: Fact) => f.source.block === rec.block && !f.dims.table && (f.value === rec.final || f.value === rec.budget));
      const diff = new Decimal(rec.final).minus(rec.budget);
      const close = intersects(printed(rec.final), printed(rec.budget));
      const data = { what, words: rec.directionText, final: rec.final, budget: rec.budget, diff: diff.toFixed() };
      const base = { data, facts, actual: rec.direction, expected: diff.isZero() ? "equal" : diff.gt(0) ? "greater" : "less" };
      let ok: boolean;
      if (rec.direction === "equal") ok = close;
      else if (rec.direction === "about_equal") ok = close || (!new Decimal(rec.budget).isZero() && diff.abs().div(rec.budget).lt("0.05"));
      else if (close) {
        ctx.report({ outcome: "pass", messageId: "rounding", severity: "warning", ...base });
        continue;
      } else ok = rec.direction === "greater" ? diff.gt(0) : diff.lt(0);
      ctx.report({ outcome: ok ? "pass" : "fail", messageId: ok ? "ok" : "mismatch", ...base });
    }
  },
});
