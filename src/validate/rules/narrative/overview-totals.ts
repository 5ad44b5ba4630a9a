import { defineRule } from "../../rule.js";
import { checkEqual, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

/** 一、收入支出决算总体情况: 收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 likewise; 收入总计 = 支出总计. */
export default defineRule({
  id: "overview-totals",
  meta: { description: "收入/支出总计等于其构成之和，且收入总计等于支出总计", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const f = (c: string) => first(ctx, `overview.${c}`);
    if (f("income.grand_total") && (f("income.current_year") || f("income.carryover_begin")))
      checkSum(ctx, "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", f("income.grand_total"),
        [f("income.current_year"), f("income.non_fiscal_balance_used"), f("income.carryover_begin")],
        { total: "收入总计", parts: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"] });
    if (f("expenditure.grand_total") && (f("expenditure.current_year") || f("expenditure.carryover_end")))
      checkSum(ctx, "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", f("expenditure.grand_total"),
        [f("expenditure.current_year"), f("expenditure.balance_distribution"), f("expenditure.carryover_end")],
        { total: "支出总计", parts: ["本年支出合计", "结余分配", "年末结转和结余"] });
    if (f("income.grand_total") || f("expenditure.grand_total"))
      checkEqual(ctx, "收入总计 = 支出总计", f("income.grand_total"), f("expenditure.grand_total"), ["收入总计", "支出总计"]);
  },
});
