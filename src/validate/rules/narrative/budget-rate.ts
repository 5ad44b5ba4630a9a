import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkBudgetRate } from "../../compare.js";
import { conceptName } from "../../../shared/concept-names.js";
import { MESSAGES } from "./common.js";

const STEMS: [string, string][] = [
  ["gpb", "gpb.expenditure"],
  ["gpb.item", "gpb.item.amount"],
  ["gpb.class", "gpb.class.amount"],
  ["govfund", "govfund.expenditure"],
  ["soe", "soe.expenditure"],
];

/** 预决算差异率 = (决算 − 预算) ÷ 预算; 完成预算的% = 决算 ÷ 预算 — for the gpb total, classes and items. */
export default defineRule({
  id: "budget-rate",
  meta: { description: "一般公共预算（总额、类、项）的预决算差异率与完成率", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    for (const [stem, amountConcept] of STEMS) {
      for (const [kind, suffix] of [["variance", "variance_rate"], ["completion", "completion_rate"]] as const) {
        for (const rate of ctx.facts.all(`${stem}.budget.${suffix}`)) {
          if (stem === "gpb" && Object.keys(rate.dims).length) continue;
          const pick = (c: string): Fact | undefined => {
            const all = ctx.facts.all(c, rate.dims).filter((f) => stem !== "gpb" || Object.keys(f.dims).length === 0);
            return all.find((f) => f.source.block === rate.source.block) ?? all[0];
          };
          const budget = pick(`${stem}.budget.initial`) ?? pick(`${stem}.budget.full_year`);
          checkBudgetRate(ctx, conceptName(rate.concept, rate.dims), rate, pick(amountConcept), budget, kind, ["比率", "决算数", "预算数"]);
        }
      }
    }
  },
});
