import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";
import { classKey, uniqueByKey } from "./gpb-structure.js";

function classOf(item: Fact): string | undefined {
  if (item.dims.code) return item.dims.code.slice(0, 3);
  return item.dims.name?.split("/")[0];
}
function classId(c: Fact): string | undefined {
  return c.dims.code ?? c.dims.name;
}

/**
 * 五(三) items: per 类, Σ 项 = the 类 amount (when the report lists the 类); Σ 项 year-on-year changes = the
 * total change; Σ 项 年初预算 = the total 年初预算 (Shanghai-style item budgets).
 */
export default defineRule({
  id: "gpb-items",
  meta: { description: "项级科目之和等于所属类；各项增减额之和等于总增减额；各项年初预算之和等于年初预算总额", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const items = uniqueByKey(ctx.facts.all("gpb.item.amount"));
    if (items.length === 0) return;
    const classes = uniqueByKey(ctx.facts.all("gpb.class.amount"));
    for (const c of classes) {
      const id = classId(c);
      const members = items.filter((i) => classOf(i) === id || (c.dims.name && i.dims.name?.startsWith(c.dims.name + "/")));
      if (members.length === 0) continue;
      checkSum(ctx, `${c.dims.name ?? id}（类）= 其下各项之和`, c, members, { total: c.dims.name ?? String(id), parts: members.map((m) => m.dims.name ?? classKey(m)) });
    }
    if (classes.length === 0) {
      const total = first(ctx, "gpb.expenditure");
      if (total) checkSum(ctx, "一般公共预算财政拨款支出 = 各项支出之和", total, items, { total: "一般公共预算财政拨款支出", parts: items.map((m) => m.dims.name ?? classKey(m)) });
    }
    const changes = uniqueByKey(ctx.facts.all("gpb.item.yoy.change"));
    const totalChange = first(ctx, "gpb.yoy.change");
    if (changes.length > 0 && totalChange && changes.length === items.length)
      checkSum(ctx, "一般公共预算财政拨款支出增减额 = 各项增减额之和", totalChange, changes, { total: "总增减额", parts: changes.map((m) => m.dims.name ?? classKey(m)) });
    const budgets = uniqueByKey(ctx.facts.all("gpb.item.budget.initial"));
    const totalBudget = first(ctx, "gpb.budget.initial");
    if (budgets.length > 0 && totalBudget && budgets.length === items.length)
      checkSum(ctx, "一般公共预算财政拨款年初预算 = 各项年初预算之和", totalBudget, budgets, { total: "年初预算", parts: budgets.map((m) => m.dims.name ?? classKey(m)) });
  },
});
