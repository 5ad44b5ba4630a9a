/**
 * budget-rate: 预决算差异率 = (决算 − 预算) ÷ 预算 × 100; 完成率 = 决算 ÷ 预算 × 100 (gpb total, 类, 项).
 * Changji 2024: (2429.10 − 2285.54)/2285.54 = 6.2812 → 6.28. Shanghai 2024: 2940.05/2993.92 = 98.2007 → 98.20;
 * 行政运行 1511.89/1560.05 = 96.9129 → 96.91, (1511.89 − 1560.05)/1560.05 = −3.0871 → −3.09; 卫生健康 60.99/62.29 = 97.9130 → 97.91.
 */
import rule from "../../../../src/validate/rules/narrative/budget-rate.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const XZYX = { code: "2010601", name: "行政运行" };
const sh2010601 = (completion = "96.91", variance = "-3.09"): FactSpec[] => [
  ["gpb.item.amount", "1511.89", undefined, XZYX], ["gpb.item.budget.initial", "1560.05", undefined, XZYX],
  ["gpb.item.budget.completion_rate", completion, undefined, XZYX], ["gpb.item.budget.variance_rate", variance, undefined, XZYX],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 gpb 预决算差异率 6.28", facts: [["gpb.expenditure", "2429.10"], ["gpb.budget.initial", "2285.54"], ["gpb.budget.variance_rate", "6.28"]] },
    { name: "Shanghai 2024 gpb 完成年初预算 98.20", facts: [["gpb.expenditure", "2940.05"], ["gpb.budget.initial", "2993.92"], ["gpb.budget.completion_rate", "98.20"]] },
    { name: "Shanghai item 行政运行: completion 96.91, variance −3.09 (negative)", facts: sh2010601() },
    {
      name: "a class completion rate: 卫生健康支出 60.99/62.29 = 97.91",
      facts: [["gpb.class.amount", "60.99", undefined, { code: "210" }], ["gpb.class.budget.initial", "62.29", undefined, { code: "210" }], ["gpb.class.budget.completion_rate", "97.91", undefined, { code: "210" }]],
    },
    {
      name: "completion against 全年预算 when no 年初预算: 2940.05/3000.05 = 98.0000 → 98.00",
      facts: [["gpb.expenditure", "2940.05"], ["gpb.budget.full_year", "3000.05"], ["gpb.budget.completion_rate", "98.00"]],
    },
    {
      name: "the budget stated in the rate's own sentence wins over an earlier one",
      facts: [["gpb.budget.initial", "9999.99"], ["gpb.expenditure", "2429.10"], ["gpb.budget.initial", "2285.54"], ["gpb.budget.variance_rate", "6.28", undefined, undefined, { source: { block: 2, start: 30 } }]],
    },
  ],
  invalid: [
    {
      name: "Shanghai item: both rates pass exactly",
      facts: sh2010601(),
      findings: [
        { outcome: "pass", messageId: "ok", expected: "96.91", actual: "96.91", facts: ["gpb.item.budget.completion_rate{code=2010601;name=行政运行}", "gpb.item.amount{code=2010601;name=行政运行}", "gpb.item.budget.initial{code=2010601;name=行政运行}"] },
        { outcome: "pass", messageId: "ok", expected: "-3.09", actual: "-3.09" },
      ],
    },
    {
      name: "gpb 预决算差异率 stated 6.38 (+0.10)",
      facts: [["gpb.expenditure", "2429.10"], ["gpb.budget.initial", "2285.54"], ["gpb.budget.variance_rate", "6.38"]],
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "6.28", actual: "6.38", unit: "%",
          message: "一般公共预算财政拨款支出预决算差异率：报告为 6.38，按 (2429.10 − 2285.54) ÷ 2285.54 × 100 计算应为 6.28，相差 0.10，超出取整容差 ±0.005",
        },
      ],
    },
    {
      name: "item completion 97.01 (+0.10) and variance −2.99 (+0.10)",
      facts: sh2010601("97.01", "-2.99"),
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "96.91", actual: "97.01" },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "-3.09", actual: "-2.99" },
      ],
    },
    {
      name: "Shanghai-style R004: 完成年初预算的 0% stated for an item whose 年初预算 is 0 → zeroBaseStated error",
      facts: [
        ["gpb.item.amount", "10.00", undefined, { code: "2010602", name: "一般行政管理事务" }],
        ["gpb.item.budget.initial", "0.00", undefined, { code: "2010602", name: "一般行政管理事务" }],
        ["gpb.item.budget.completion_rate", "0", undefined, { code: "2010602", name: "一般行政管理事务" }],
      ],
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "zeroBaseStated", actual: "0",
          message: "2010602 一般行政管理事务预算完成率：预算数为 0（或空白），比率无定义，却报告了 0%",
        },
      ],
    },
    {
      name: "variance 0.00% stated against a zero budget while 决算 is 10.00 → zeroBaseStated",
      facts: [["gpb.item.amount", "10.00", undefined, { code: "2010602" }], ["gpb.item.budget.initial", "0.00", undefined, { code: "2010602" }], ["gpb.item.budget.variance_rate", "0.00", undefined, { code: "2010602" }]],
      findings: [{ outcome: "fail", severity: "error", messageId: "zeroBaseStated", actual: "0.00" }],
    },
    {
      name: "no budget, no spending, 0.00% variance → not_applicable",
      facts: [["gpb.item.amount", "0.00", undefined, { code: "2013499" }], ["gpb.item.budget.initial", "0.00", undefined, { code: "2013499" }], ["gpb.item.budget.variance_rate", "0.00", undefined, { code: "2013499" }]],
      findings: [{ outcome: "not_applicable", messageId: "zeroBase" }],
    },
    {
      // 0.51/0.50 = 102.00%; interval [0.505/0.505, 0.515/0.495] = [100.00, 104.04] ∋ 101.00.
      name: "rounding: small item 0.51 of 0.50, stated 101.00 vs 102.00",
      facts: [["gpb.item.amount", "0.51", undefined, { code: "2101199" }], ["gpb.item.budget.initial", "0.50", undefined, { code: "2101199" }], ["gpb.item.budget.completion_rate", "101.00", undefined, { code: "2101199" }]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "102.00", actual: "101.00" }],
    },
    {
      // (1000.00 − 1000.01)/1000.01 = −0.0010% → 0.00 at 2 dp; the printed expectation must not be "-0.00".
      name: "a variance that rounds to zero from below: expected 0.00",
      facts: [["gpb.expenditure", "1000.00"], ["gpb.budget.initial", "1000.01"], ["gpb.budget.variance_rate", "0.00"]],
      findings: [{ outcome: "pass", messageId: "ok", expected: "0.00", actual: "0.00", message: "一般公共预算财政拨款支出预决算差异率：0.00 与计算值 0.00 一致" }],
    },
    {
      name: "missing inputs: a completion rate with no budget; a variance rate with no 决算",
      facts: [["gpb.expenditure", "2940.05"], ["gpb.budget.completion_rate", "98.20"], ["govfund.budget.initial", "100.00"], ["govfund.budget.variance_rate", "0.00"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "一般公共预算财政拨款支出预算完成率：缺少 预算数，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "政府性基金预算财政拨款支出预决算差异率：缺少 决算数，无法核对" },
      ],
    },
  ],
});
