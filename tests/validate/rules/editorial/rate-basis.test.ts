/** rate-basis: a completion rate labelled 年初预算 but computed on 全年预算 (or the reverse). */
import rule from "../../../../src/validate/rules/editorial/rate-basis.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const items = (s: string) => report(`五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n${s}`);

textRuleTester(rule, {
  valid: [
    { name: "one budget only (central 2023, corpus): 391.28 ÷ 420.00 = 93.16%", text: items("3.一般公共服务支出（类）市场监督管理事务（款）食品安全监管（项）。年初预算为420.00万元，支出决算为391.28万元，完成年初预算的93.16%。") },
    { name: "both budgets, rate on the named one", text: items("年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成年初预算的93.16%。") },
    { name: "both budgets, 完成全年预算 on 全年", text: items("年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成全年预算的97.82%。") },
    { name: "a rate that fits neither budget is budget-rate's mismatch, not a basis error", text: items("年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成年初预算的90.00%。") },
  ],
  invalid: [
    {
      name: "完成年初预算的97.82% = 391.28 ÷ 400.00 (全年) → error",
      text: items("年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成年初预算的97.82%。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "wrongBasis", expected: "93.16", actual: "97.82" }],
    },
    {
      name: "完成全年预算的93.16% = 391.28 ÷ 420.00 (年初) → error",
      text: items("年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成全年预算的93.16%。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "wrongBasis", expected: "97.82", actual: "93.16" }],
    },
  ],
});
