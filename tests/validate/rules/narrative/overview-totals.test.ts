/**
 * overview-totals: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 +
 * 年末结转和结余; 收入总计 = 支出总计. Numbers hand-computed (see comments); 2-dp sums of 3 parts carry a
 * ±(4·0.005) = ±0.02 envelope, a 2-dp equality ±0.01.
 */
import rule from "../../../../src/validate/rules/narrative/overview-totals.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

// Changji 2024 (samples/changji-czj-2024.txt §一): 2472.32 + 0.00 + 317.06 = 2789.38; 2497.29 + 0.00 + 292.09 = 2789.38.
const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["overview.income.grand_total", o.ig ?? "2789.38"],
  ["overview.income.current_year", o.ic ?? "2472.32"],
  ["overview.income.non_fiscal_balance_used", o.in ?? "0.00"],
  ["overview.income.carryover_begin", o.ib ?? "317.06"],
  ["overview.expenditure.grand_total", o.eg ?? "2789.38"],
  ["overview.expenditure.current_year", o.ec ?? "2497.29"],
  ["overview.expenditure.balance_distribution", o.ed ?? "0.00"],
  ["overview.expenditure.carryover_end", o.ee ?? "292.09"],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 both sides and totals agree", facts: changji() },
    // Shanghai Putuo 2024 T1: 2946.25 + 0.00 + 49.14 = 2995.39 = 2940.05 + 0.00 + 55.34.
    {
      name: "Shanghai 2024 (T1 values) agree",
      facts: [
        ["overview.income.grand_total", "2995.39"], ["overview.income.current_year", "2946.25"],
        ["overview.income.non_fiscal_balance_used", "0.00"], ["overview.income.carryover_begin", "49.14"],
        ["overview.expenditure.grand_total", "2995.39"], ["overview.expenditure.current_year", "2940.05"],
        ["overview.expenditure.balance_distribution", "0.00"], ["overview.expenditure.carryover_end", "55.34"],
      ],
    },
    { name: "only the two grand totals (收入支出总计 2995.39)", facts: [["overview.income.grand_total", "2995.39"], ["overview.expenditure.grand_total", "2995.39"]] },
    { name: "nothing stated: no findings at all", facts: [["overview.yoy.change", "-250.35"]] },
  ],
  invalid: [
    {
      name: "all three identities hold exactly: three clean passes",
      facts: changji(),
      findings: [
        { outcome: "pass", messageId: "ok", expected: "2789.38", actual: "2789.38", message: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余：2789.38 与计算值 2789.38 一致" },
        { outcome: "pass", messageId: "ok", expected: "2789.38", actual: "2789.38", tolerance: "0.02" },
        { outcome: "pass", messageId: "ok", expected: "2789.38", actual: "2789.38", tolerance: "0.01" },
      ],
    },
    {
      name: "收入总计 off by +0.10 (2789.48): sum and 收入=支出 both fail",
      facts: changji({ ig: "2789.48" }),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "2789.38", actual: "2789.48", tolerance: "0.02", unit: "万元",
          message: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余：报告为 2789.48，按 2472.32 + 0.00 + 317.06 计算应为 2789.38，相差 0.10，超出取整容差 ±0.02",
          facts: ["overview.income.grand_total", "overview.income.current_year", "overview.income.non_fiscal_balance_used", "overview.income.carryover_begin"],
        },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2789.38", actual: "2789.48", tolerance: "0.01", facts: ["overview.income.grand_total", "overview.expenditure.grand_total"] },
      ],
    },
    {
      name: "年末结转和结余 off by +0.10 (292.19): 2497.29 + 0.00 + 292.19 = 2789.48 ≠ 2789.38",
      facts: changji({ ee: "292.19" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2789.48", actual: "2789.38" }],
    },
    {
      name: "支出总计 off by −0.10 (2789.28): expenditure sum and equality fail",
      facts: changji({ eg: "2789.28" }),
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2789.38", actual: "2789.28", tolerance: "0.02" },
        // checkEqual(收入总计, 支出总计): stated 收入总计 2789.38, computed from 支出总计 2789.28.
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2789.28", actual: "2789.38", tolerance: "0.01" },
      ],
    },
    {
      name: "rounding: 本年收入 2472.33 → 2789.39 vs 2789.38, |0.01| ≤ 0.02",
      facts: changji({ ic: "2472.33" }),
      findings: [
        {
          outcome: "pass", severity: "info", messageId: "rounding", expected: "2789.39", actual: "2789.38", tolerance: "0.02",
          message: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余：2789.38 与计算值 2789.39 相差 0.01，在取整容差 ±0.02 内，可能为取整误差",
        },
      ],
    },
    {
      name: "rounding on the equality: 收入总计 2789.38 vs 支出总计 2789.39 (intervals touch at 2789.385)",
      facts: [["overview.income.grand_total", "2789.38"], ["overview.expenditure.grand_total", "2789.39"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "2789.39", actual: "2789.38", tolerance: "0.01" }],
    },
    {
      name: "missing inputs: 收入总计 and 本年收入 only",
      facts: [["overview.income.grand_total", "2789.38"], ["overview.income.current_year", "2472.32"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余：缺少 使用非财政拨款结余、年初结转和结余，无法核对", facts: ["overview.income.grand_total", "overview.income.current_year"] },
        { outcome: "insufficient_data", messageId: "missing", message: "收入总计 = 支出总计：缺少 支出总计，无法核对" },
      ],
    },
    {
      name: "missing inputs: only the expenditure components, no 支出总计 → nothing to check",
      facts: [["overview.expenditure.current_year", "2497.29"], ["overview.expenditure.carryover_end", "292.09"], ["overview.income.grand_total", "2789.38"]],
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "收入总计 = 支出总计：缺少 支出总计，无法核对" }],
    },
  ],
});
