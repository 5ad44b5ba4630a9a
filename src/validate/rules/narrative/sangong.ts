import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkBudgetRate, checkShare, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

const ITEMS: [string, string, string][] = [
  ["abroad", "因公出国（境）费", "因公出国（境）费"],
  ["vehicle", "公务用车购置及运行维护费", "公务用车购置及运行维护费"],
  ["reception", "公务接待费", "公务接待费"],
];

/** 九、三公: 合计 = 出国 + 公车 + 接待; 公车 = 购置 + 运行维护 (决算 and 预算); 占比; 预决算差异率 / 完成率. */
export default defineRule({
  id: "sangong",
  meta: { description: "“三公”经费的构成、占比、预算构成与预决算差异率/完成率", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const f = (c: string, d: Record<string, string> = {}) => first(ctx, c, d);
    // A budget the narrative does not state is read from T7 (a blank 预算数 cell is a stated 0).
    const fb = (c: string) => first(ctx, c) ?? ctx.facts.one(c, {}, { table: "T7" });
    const total = f("sangong.total");
    const items = ITEMS.map(([k]) => f(`sangong.${k}`));
    if (total && items.some(Boolean)) checkSum(ctx, "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费", total, items, { total: "“三公”经费合计", parts: ITEMS.map(([, n]) => n) });
    const veh = f("sangong.vehicle");
    if (f("sangong.vehicle.purchase") || f("sangong.vehicle.operation"))
      checkSum(ctx, "公务用车购置及运行维护费 = 购置费 + 运行维护费", veh, [f("sangong.vehicle.purchase"), f("sangong.vehicle.operation")], { total: "公务用车购置及运行维护费", parts: ["公务用车购置费", "公务用车运行维护费"] });
    ITEMS.forEach(([k, n], i) => {
      const s = f(`sangong.${k}.share`);
      if (s) checkShare(ctx, `${n}占“三公”经费的比例`, s, items[i], total, [`${n}占比`, n, "“三公”经费合计"]);
    });
    // budgets
    const bt = f("sangong.budget.total");
    const bItems = [f("sangong.budget.abroad"), f("sangong.budget.vehicle") ?? vehicleBudgetFromParts(f("sangong.budget.vehicle.purchase"), f("sangong.budget.vehicle.operation")), f("sangong.budget.reception")];
    if (bt && bItems.every(Boolean)) checkSum(ctx, "“三公”经费预算 = 各项预算之和", bt, bItems as Fact[], { total: "“三公”经费预算", parts: ITEMS.map(([, n]) => `${n}预算`) });
    const pairs: [string, Fact | undefined, Fact | undefined][] = [
      ["“三公”经费", total, bt ?? fb("sangong.budget.total")],
      ["因公出国（境）费", items[0], fb("sangong.budget.abroad")],
      ["公务用车购置及运行维护费", veh, fb("sangong.budget.vehicle")],
      ["公务用车购置费", f("sangong.vehicle.purchase"), fb("sangong.budget.vehicle.purchase")],
      ["公务用车运行维护费", f("sangong.vehicle.operation"), fb("sangong.budget.vehicle.operation")],
      ["公务接待费", items[2], fb("sangong.budget.reception")],
    ];
    for (const [name, final, budget] of pairs) {
      const dims: Record<string, string> = name === "“三公”经费" ? {} : { item: name };
      const v = f("sangong.budget.variance_rate", dims);
      const c = f("sangong.budget.completion_rate", dims);
      if (v) checkBudgetRate(ctx, `${name}预决算差异率`, v, final, budget, "variance", ["预决算差异率", "决算数", "预算数"]);
      if (c) checkBudgetRate(ctx, `${name}完成预算的比例`, c, final, budget, "completion", ["完成率", "决算数", "预算数"]);
    }
  },
});

/**
 * The 公车 budget when only its two parts are stated: 购置 + 运行维护. Without building a synthetic fact, this is
 * possible only when one part is zero (the other is then the whole); otherwise undefined.
 */
function vehicleBudgetFromParts(a: Fact | undefined, b: Fact | undefined): Fact | undefined {
  if (!a || !b) return undefined;
  if (/^0(\.0+)?$/.test(a.value)) return b;
  if (/^0(\.0+)?$/.test(b.value)) return a;
  return undefined;
}
