/**
 * fiscal-totals (§四): 收入总计 = 年初结转 + 本年收入; 支出总计 = 本年支出 + 年末结转; 收入总计 = 支出总计;
 * 本年财政拨款收入 = income.fiscal_appropriation; with empty 政府性基金/国有资本 funds the fiscal figures equal the gpb
 * ones; 预决算差异率 / 完成率.
 * Changji 2024 §四: 2429.10 = 0.00 + 2429.10 (both sides); (2429.10 − 2285.54)/2285.54 = 143.56/2285.54 = 6.2812 → 6.28.
 */
import rule from "../../../../src/validate/rules/narrative/fiscal-totals.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const emptyFunds: FactSpec[] = [["govfund.income", "0.00"], ["govfund.expenditure", "0.00"], ["soe.income", "0.00"], ["soe.expenditure", "0.00"]];

const changjiFiscal = (o: Record<string, string> = {}): FactSpec[] => [
  ["fiscal.income.grand_total", o.ig ?? "2429.10"],
  ["fiscal.income.carryover_begin", o.ib ?? "0.00"],
  ["fiscal.income.current_year", o.ic ?? "2429.10"],
  // A second paragraph; its own offset so the 收入总计 = 支出总计 check runs (see the BUG case below).
  ["fiscal.expenditure.grand_total", o.eg ?? "2429.10", undefined, undefined, { source: { start: 40 } }],
  ["fiscal.expenditure.carryover_end", o.ee ?? "0.00"],
  ["fiscal.expenditure.current_year", o.ec ?? "2429.10"],
  ["fiscal.yoy.change", o.yc ?? "-209.95"],
  ["fiscal.yoy.rate", o.yr ?? "-7.96"],
  ["fiscal.budget.initial", o.bi ?? "2285.54"],
  ["fiscal.budget.variance_rate", o.vr ?? "6.28"],
];
const changjiGpb: FactSpec[] = [
  ["income.fiscal_appropriation", "2429.10"],
  ["gpb.expenditure", "2429.10"], ["gpb.yoy.change", "-209.95"], ["gpb.yoy.rate", "-7.96"],
  ["gpb.budget.initial", "2285.54"], ["gpb.budget.variance_rate", "6.28"],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 §四 with §二/§五 and empty funds", facts: [...changjiFiscal(), ...changjiGpb, ...emptyFunds] },
    {
      name: "政府性基金 has money: 本年财政拨款支出 2529.10 ≠ gpb 2429.10 is not compared",
      facts: [["fiscal.expenditure.current_year", "2529.10"], ["gpb.expenditure", "2429.10"], ["govfund.expenditure", "100.00"], ["soe.expenditure", "0.00"]],
    },
    {
      // The fiscal yoy compares 收支总计 (carry-overs included): with carry-overs it differs from the gpb yoy.
      name: "carry-overs not zero: fiscal yoy 0 (持平) vs gpb yoy −63.14 is not compared",
      facts: [["fiscal.yoy.change", "0"], ["gpb.yoy.change", "-63.14"], ["fiscal.income.carryover_begin", "21.63"], ["fiscal.expenditure.carryover_end", "21.63"], ...emptyFunds],
    },
    {
      name: "funds not mentioned at all: fiscal vs gpb not compared",
      facts: [["fiscal.expenditure.current_year", "2529.10"], ["gpb.expenditure", "2429.10"]],
    },
    {
      name: "one combined statement 财政拨款收入支出总计 (same place): no self-comparison",
      facts: [["fiscal.income.grand_total", "2961.68", undefined, undefined, { source: { block: 0, start: 9 } }], ["fiscal.expenditure.grand_total", "2961.68", undefined, undefined, { source: { block: 0, start: 9 } }]],
    },
  ],
  invalid: [
    {
      name: "Changji all identities pass exactly",
      facts: [...changjiFiscal(), ...changjiGpb, ...emptyFunds],
      findings: [
        { outcome: "pass", messageId: "ok", expected: "2429.10", actual: "2429.10", tolerance: "0.015", facts: ["fiscal.income.grand_total", "fiscal.income.carryover_begin", "fiscal.income.current_year"] },
        { outcome: "pass", messageId: "ok", expected: "2429.10", actual: "2429.10", facts: ["fiscal.income.grand_total", "fiscal.expenditure.grand_total"] },
        { outcome: "pass", messageId: "ok", expected: "2429.10", actual: "2429.10", facts: ["fiscal.income.current_year", "income.fiscal_appropriation"] },
        { outcome: "pass", messageId: "ok", expected: "-209.95", actual: "-209.95", facts: ["fiscal.yoy.change", "gpb.yoy.change"] },
        { outcome: "pass", messageId: "ok", expected: "6.28", actual: "6.28", facts: ["fiscal.budget.variance_rate", "fiscal.expenditure.current_year", "fiscal.budget.initial"] },
      ],
    },
    {
      name: "财政拨款收入总计 off by +0.10 (2429.20): sum and 收入=支出 fail",
      facts: changjiFiscal({ ig: "2429.20" }),
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.10", actual: "2429.20", tolerance: "0.015", facts: ["fiscal.income.grand_total", "fiscal.income.carryover_begin", "fiscal.income.current_year"] },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.10", actual: "2429.20", tolerance: "0.01", facts: ["fiscal.income.grand_total", "fiscal.expenditure.grand_total"] },
      ],
    },
    {
      name: "年末财政拨款结转和结余 off by +0.10: 2429.10 + 0.10 = 2429.20 ≠ 支出总计 2429.10",
      facts: changjiFiscal({ ee: "0.10" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.20", actual: "2429.10", facts: ["fiscal.expenditure.grand_total", "fiscal.expenditure.current_year", "fiscal.expenditure.carryover_end"] }],
    },
    {
      name: "two separate statements 收入总计 2429.10 / 支出总计 2429.20 (different paragraphs, different offsets)",
      facts: [["fiscal.income.grand_total", "2429.10", undefined, undefined, { source: { start: 8 } }], ["fiscal.expenditure.grand_total", "2429.20", undefined, undefined, { source: { start: 30 } }]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.20", actual: "2429.10", tolerance: "0.01" }],
    },
    {
      name: "收入总计 2429.10 (block 0) vs 支出总计 2429.20 (block 1), both at offset 0",
      facts: [["fiscal.income.grand_total", "2429.10"], ["fiscal.expenditure.grand_total", "2429.20"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.20", actual: "2429.10", tolerance: "0.01" }],
    },
    {
      // Shanghai 2024 P1: '财政拨款收入支出总计0.3万元' (one statement) vs T4 2940.05 + 21.63 = 2961.68 → to the stated 1 dp 2961.7.
      name: "Shanghai 2024 P1: 财政拨款收入支出总计 0.3 vs 2940.05 + 21.63",
      facts: [
        ["fiscal.income.grand_total", "0.3", undefined, undefined, { source: { block: 0, start: 14 } }],
        ["fiscal.expenditure.grand_total", "0.3", undefined, undefined, { source: { block: 0, start: 14 } }],
        ["fiscal.income.carryover_begin", "21.63"], ["fiscal.income.current_year", "2940.05"],
        ["fiscal.expenditure.current_year", "2940.05"], ["fiscal.expenditure.carryover_end", "21.63"],
      ],
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2961.68", actual: "0.3", tolerance: "0.06", facts: ["fiscal.income.grand_total", "fiscal.income.carryover_begin", "fiscal.income.current_year"] },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2961.68", actual: "0.3", facts: ["fiscal.expenditure.grand_total", "fiscal.expenditure.current_year", "fiscal.expenditure.carryover_end"] },
      ],
    },
    {
      // §四 '总计持平' (change 0) while §五 says gpb 减少 63.14; funds empty and no carry-overs, so they must agree.
      name: "fiscal.yoy.change 0 vs gpb.yoy.change −63.14 with zero carry-overs",
      facts: [["fiscal.yoy.change", "0"], ["gpb.yoy.change", "-63.14"], ["fiscal.income.carryover_begin", "0.00"], ["fiscal.expenditure.carryover_end", "0.00"], ...emptyFunds],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-63.14", actual: "0", facts: ["fiscal.yoy.change", "gpb.yoy.change"] }],
    },
    {
      name: "本年财政拨款收入 2429.20 vs 财政拨款收入 2429.10 (+0.10): also breaks the 收入总计 sum",
      facts: [["fiscal.income.grand_total", "2429.10"], ["fiscal.income.carryover_begin", "0.00"], ["fiscal.income.current_year", "2429.20"], ["income.fiscal_appropriation", "2429.10"]],
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.10", actual: "2429.20", facts: ["fiscal.income.current_year", "income.fiscal_appropriation"] },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.20", actual: "2429.10", facts: ["fiscal.income.grand_total", "fiscal.income.carryover_begin", "fiscal.income.current_year"] },
      ],
    },
    {
      name: "empty funds: 本年财政拨款支出 2429.10 vs 一般公共预算财政拨款支出 2429.20",
      facts: [["fiscal.expenditure.current_year", "2429.10"], ["gpb.expenditure", "2429.20"], ...emptyFunds],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.20", actual: "2429.10", facts: ["fiscal.expenditure.current_year", "gpb.expenditure"] }],
    },
    {
      name: "预决算差异率 stated 6.38 (+0.10) vs (2429.10 − 2285.54)/2285.54 = 6.28",
      facts: [["fiscal.expenditure.current_year", "2429.10"], ["fiscal.budget.initial", "2285.54"], ["fiscal.budget.variance_rate", "6.38"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "6.28", actual: "6.38", unit: "%" }],
    },
    {
      name: "negative variance: 决算 2285.54 vs 预算 2429.10 → −143.56/2429.10 = −5.9100 → −5.91, stated −5.81 fails",
      facts: [["fiscal.expenditure.current_year", "2285.54"], ["fiscal.budget.initial", "2429.10"], ["fiscal.budget.variance_rate", "-5.81"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-5.91", actual: "-5.81" }],
    },
    {
      name: "completion rate 0% stated against a zero 年初预算",
      facts: [["fiscal.expenditure.current_year", "2429.10"], ["fiscal.budget.initial", "0.00"], ["fiscal.budget.completion_rate", "0"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "zeroBaseStated", actual: "0", message: "财政拨款完成预算比例 = 决算 ÷ 预算：预算数为 0（或空白），比率无定义，却报告了 0%" }],
    },
    {
      name: "completion rate against 全年预算 when no 年初预算: 2429.10/2500.00 = 97.164 → 97.16",
      facts: [["fiscal.expenditure.current_year", "2429.10"], ["fiscal.budget.full_year", "2500.00"], ["fiscal.budget.completion_rate", "97.16"]],
      findings: [{ outcome: "pass", messageId: "ok", expected: "97.16", actual: "97.16" }],
    },
    {
      name: "no budget, no spending, 0.00% variance: not_applicable",
      facts: [["fiscal.expenditure.current_year", "0.00"], ["fiscal.budget.initial", "0.00"], ["fiscal.budget.variance_rate", "0.00"]],
      findings: [{ outcome: "not_applicable", messageId: "zeroBase" }],
    },
    {
      name: "rounding: 2429.10 vs 0.01 + 2429.10 = 2429.11",
      facts: [["fiscal.income.grand_total", "2429.10"], ["fiscal.income.carryover_begin", "0.01"], ["fiscal.income.current_year", "2429.10"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "2429.11", actual: "2429.10", tolerance: "0.015" }],
    },
    {
      name: "missing inputs: 差异率 without 年初预算; 收入总计 without 年初结转",
      facts: [["fiscal.income.grand_total", "2429.10"], ["fiscal.income.current_year", "2429.10"], ["fiscal.expenditure.current_year", "2429.10"], ["fiscal.budget.variance_rate", "6.28"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "财政拨款预决算差异率 = (决算 − 年初预算) ÷ 年初预算：缺少 年初预算数，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "财政拨款收入总计 = 年初财政拨款结转和结余 + 本年财政拨款收入：缺少 年初财政拨款结转和结余，无法核对" },
      ],
    },
  ],
});
