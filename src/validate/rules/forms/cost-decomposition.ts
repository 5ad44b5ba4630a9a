/**
 * 成本指标 as a decomposition of the fund. Many forms (e.g. Xinjiang) list the cost indicators
 * (成本指标 / 经济成本指标) as the budget lines of the project: their 目标值 add up to the 全年预算数
 * (or 年初预算数) and their 实际完成值 to the 全年执行数. Where a form shows this convention on either
 * side, the other side must reconcile too. Forms whose cost indicators are unit costs or partial lists
 * match on neither side and are not_applicable.
 */
import type { Fact } from "../../../model/fact.js";
import { interval, STD_MESSAGES } from "../../compare.js";
import { agree, sum, type Interval } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { atPrecision, columnDecimals, formLevel, formsOf, projectLabel, reportAgree } from "./common.js";

export const costDecomposition = defineRule({
  id: "perf-form-cost-decomposition",
  meta: {
    description: "成本指标为预算分解时：成本指标目标值之和 = 全年预算数，实际完成值之和 = 全年执行数",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const rec = form.record;
      if (!rec) continue;
      const cost = rec.indicators.filter((i) => /成本/.test(`${i.level1 ?? ""}${i.level2 ?? ""}`));
      if (cost.length === 0) continue;
      const what = `${projectLabel(p)}成本指标`;
      const keys = cost.map((i) => i.key ?? i.name);
      const targets = keys.map((k) => ctx.facts.all("perf.indicator.target", { project: p, indicator: k })[0]);
      const actuals = keys.map((k) => ctx.facts.all("perf.indicator.actual", { project: p, indicator: k })[0]);
      const amounts = (fs: (Fact | undefined)[]) => fs.every((f) => f && f.unit === "万元");
      const full = formLevel(ctx, "perf.form.budget.full_year", p);
      const initial = formLevel(ctx, "perf.form.budget.initial", p);
      const executed = formLevel(ctx, "perf.form.executed", p);
      if (!amounts(targets) || !amounts(actuals) || !executed || (!full && !initial)) {
        ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what, missing: "以万元计的成本指标目标值与实际值及项目资金" } });
        continue;
      }
      const ts = targets as Fact[], as = actuals as Fact[];
      // values printed with trailing zeros dropped ("<=1万元", "=8.8万元") are read at the column's precision
      const dp = columnDecimals([...ts, ...as]);
      const T = sum(ts.map((f) => atPrecision(f, dp))), A = sum(as.map((f) => atPrecision(f, dp)));
      const budget = [full, initial].find((b) => b && agree(interval(b), T) !== "mismatch");
      const aMatch = agree(interval(executed), A) !== "mismatch";
      if (!budget && !aMatch) {
        ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what, missing: "成本指标与预算的对应关系（成本指标不是预算分解）" } });
        continue;
      }
      const names = cost.map((i) => i.name);
      const b = (budget ?? full ?? initial) as Fact;
      const col = b === full ? "全年预算数" : "年初预算数";
      const basis = (fs: Fact[]) => fs.map((f, i) => `${names[i]} ${f.value}`).join(" + ");
      const check = (w: string, stated: Fact, total: Interval, fs: Fact[]) =>
        reportAgree(ctx, w, stated, interval(stated), total, basis(fs), [stated, ...fs], "万元");
      check(`${what}目标值之和 = ${col}`, b, T, ts);
      check(`${what}实际完成值之和 = 全年执行数`, executed, A, as);
    }
  },
});
