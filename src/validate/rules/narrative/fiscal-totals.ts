import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkBudgetRate, checkEqual, checkSum } from "../../compare.js";
import { MESSAGES, first, fundIsEmpty } from "./common.js";

/**
 * 四、财政拨款收入支出总体情况: 收入总计 = 年初结转和结余 + 本年收入; 支出总计 = 本年支出 + 年末结转和结余;
 * 收入总计 = 支出总计; 本年财政拨款收入 = 二、财政拨款收入; with no 政府性基金/国有资本经营 money, 本年财政拨款支出 =
 * 一般公共预算财政拨款支出; 预决算差异率 / 完成率 from 年初预算 and 决算.
 */
export default defineRule({
  id: "fiscal-totals",
  meta: { description: "财政拨款收支总计的构成、收支平衡、与收入决算和一般公共预算支出的一致", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const f = (c: string) => first(ctx, `fiscal.${c}`);
    if (f("income.grand_total") && (f("income.current_year") || f("income.carryover_begin")))
      checkSum(ctx, "财政拨款收入总计 = 年初财政拨款结转和结余 + 本年财政拨款收入", f("income.grand_total"), [f("income.carryover_begin"), f("income.current_year")], { total: "财政拨款收入总计", parts: ["年初财政拨款结转和结余", "本年财政拨款收入"] });
    if (f("expenditure.grand_total") && (f("expenditure.current_year") || f("expenditure.carryover_end")))
      checkSum(ctx, "财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余", f("expenditure.grand_total"), [f("expenditure.current_year"), f("expenditure.carryover_end")], { total: "财政拨款支出总计", parts: ["本年财政拨款支出", "年末财政拨款结转和结余"] });
    if (f("income.grand_total") && f("expenditure.grand_total") && (f("income.grand_total")!.source.start !== f("expenditure.grand_total")!.source.start || f("income.grand_total")!.source.block !== f("expenditure.grand_total")!.source.block))
      checkEqual(ctx, "财政拨款收入总计 = 支出总计", f("income.grand_total"), f("expenditure.grand_total"), ["财政拨款收入总计", "财政拨款支出总计"]);
    if (f("income.current_year") && first(ctx, "income.fiscal_appropriation"))
      checkEqual(ctx, "本年财政拨款收入 = 收入决算中的财政拨款收入", f("income.current_year"), first(ctx, "income.fiscal_appropriation"), ["本年财政拨款收入", "财政拨款收入"]);
    if (fundIsEmpty(ctx, "govfund") && fundIsEmpty(ctx, "soe")) {
      const gpb = first(ctx, "gpb.expenditure");
      if (f("expenditure.current_year") && gpb) checkEqual(ctx, "无政府性基金和国有资本经营预算收支时，本年财政拨款支出 = 一般公共预算财政拨款支出", f("expenditure.current_year"), gpb, ["本年财政拨款支出", "一般公共预算财政拨款支出"]);
      // The fiscal yoy compares 收支总计 (carry-overs included); it equals the gpb yoy only without carry-overs.
      const zero = (c: Fact | undefined) => c !== undefined && /^0(\.0+)?$/.test(c.value);
      const noCarry = zero(f("income.carryover_begin")) && zero(f("expenditure.carryover_end"));
      const pairs = [["fiscal.budget.initial", "gpb.budget.initial", "年初预算数"], ["fiscal.budget.variance_rate", "gpb.budget.variance_rate", "预决算差异率"]] as [string, string, string][];
      if (noCarry) pairs.push(["fiscal.yoy.change", "gpb.yoy.change", "与上年相比增减额"], ["fiscal.yoy.rate", "gpb.yoy.rate", "与上年相比增减率"]);
      for (const [a, b, n] of pairs) {
        const fa = first(ctx, a), fb = first(ctx, b);
        if (fa && fb) checkEqual(ctx, `无政府性基金和国有资本经营预算收支时，财政拨款${n} = 一般公共预算财政拨款${n}`, fa, fb, [a, b]);
      }
    }
    const final = f("expenditure.current_year");
    if (f("budget.variance_rate")) checkBudgetRate(ctx, "财政拨款预决算差异率 = (决算 − 年初预算) ÷ 年初预算", f("budget.variance_rate"), final, f("budget.initial"), "variance", ["预决算差异率", "决算数", "年初预算数"]);
    if (f("budget.completion_rate")) checkBudgetRate(ctx, "财政拨款完成预算比例 = 决算 ÷ 预算", f("budget.completion_rate"), final, f("budget.initial") ?? f("budget.full_year"), "completion", ["完成率", "决算数", "预算数"]);
  },
});
