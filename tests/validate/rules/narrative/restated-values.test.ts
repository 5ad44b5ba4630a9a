/**
 * restated-values: the same concept (same dims) stated twice must agree; §一/§二/§三 restatements of 本年收入/支出 too.
 * The later statement is the one reported (actual), the first is the reference (expected).
 */
import rule from "../../../../src/validate/rules/narrative/restated-values.js";
import { ruleTester } from "../../rule-tester.js";

const ZYNJ = { code: "2080506", name: "机关事业单位职业年金缴费支出" };

ruleTester(rule, {
  valid: [
    { name: "Changji 本年收入/支出 in §一 and §二/§三", facts: [["overview.income.current_year", "2472.32"], ["income.current_year", "2472.32"], ["overview.expenditure.current_year", "2497.29"], ["expenditure.current_year", "2497.29"]] },
    { name: "identical restatement: no finding", facts: [["expenditure.basic", "1589.18"], ["expenditure.basic", "1589.18"]] },
    { name: "same value printed with different decimals (6.2 / 6.20)", facts: [["income.other", "6.2"], ["income.other", "6.20"]] },
    { name: "table facts are not narrative restatements (T5 2940.06 vs 2940.05)", facts: [["gpb.expenditure", "2940.05"], ["gpb.expenditure", "2940.06", undefined, { table: "T5" }]] },
    { name: "perf.* and text facts are ignored", facts: [["perf.form.executed", "9.10", undefined, { project: "A" }], ["perf.form.executed", "9.20", undefined, { project: "A" }], ["report.unit_name", "甲", "text"], ["report.unit_name", "乙", "text"]] },
    { name: "different items are not restatements", facts: [["gpb.item.amount", "795.80", undefined, { code: "2010601" }], ["gpb.item.amount", "657.77", undefined, { code: "2010602" }]] },
    {
      // concepts.md: "A value stated in 元 stays in 元". 266600.00 元 = 26.66 万元 exactly.
      name: "the same 三公 total stated in 万元 and in 元",
      facts: [["sangong.total", "26.66", "万元"], ["sangong.total", "266600.00", "元"]],
    },
    { name: "a stated-empty zero restated as 0.00", facts: [["govfund.expenditure", "0", undefined, undefined, { empty: true }], ["govfund.expenditure", "0.00"]] },
  ],
  invalid: [
    {
      name: "SQ25: 职业年金 stated 257.14 then 245.53",
      facts: [["gpb.item.amount", "257.14", undefined, ZYNJ], ["gpb.item.amount", "245.53", undefined, ZYNJ]],
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "257.14", actual: "245.53", tolerance: "0.01",
          facts: ["gpb.item.amount{code=2080506;name=机关事业单位职业年金缴费支出}", "gpb.item.amount{code=2080506;name=机关事业单位职业年金缴费支出}"],
          message: "2080506 机关事业单位职业年金缴费支出（同节两处陈述）：报告为 245.53，按 2080506 机关事业单位职业年金缴费支出 257.14 计算应为 257.14，相差 11.61，超出取整容差 ±0.01",
        },
      ],
    },
    {
      name: "基本支出 1589.18 then 1589.28 (+0.10)",
      facts: [["expenditure.basic", "1589.18"], ["expenditure.basic", "1589.28"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "1589.18", actual: "1589.28" }],
    },
    {
      name: "§二 本年收入 2472.42 vs §一 2472.32 (+0.10)",
      facts: [["overview.income.current_year", "2472.32"], ["income.current_year", "2472.42"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2472.32", actual: "2472.42", message: "本年收入合计（两节陈述）：报告为 2472.42，按 本年收入合计 2472.32 计算应为 2472.32，相差 0.10，超出取整容差 ±0.01" }],
    },
    {
      name: "a decrease restated without its sign (−250.35 then 250.35)",
      facts: [["overview.yoy.change", "-250.35"], ["overview.yoy.change", "250.35"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-250.35", actual: "250.35" }],
    },
    {
      name: "three statements: the third differs from the first",
      facts: [["sangong.total", "26.66"], ["sangong.total", "26.66"], ["sangong.total", "26.76"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "26.66", actual: "26.76" }],
    },
    {
      // 2946.3 (1 dp) stands for [2946.25, 2946.35]; 2946.25 ± 0.005 touches it → rounding, expected to 2 dp 2946.30.
      name: "rounding: 本年收入 2946.3 then 2946.25",
      facts: [["income.current_year", "2946.3"], ["income.current_year", "2946.25"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "2946.30", actual: "2946.25", tolerance: "0.055" }],
    },
    {
      name: "equal in value, different decimals: ok (6.20 vs 6.2)",
      facts: [["income.other", "6.2"], ["income.other", "6.20"]],
      findings: [{ outcome: "pass", messageId: "ok", expected: "6.20", actual: "6.20" }],
    },
  ],
});
