/**
 * gpb-structure (§五(一)(二)): 一般公共预算财政拨款支出占本年支出; Σ 类 = 总额; 类占比 = 类 ÷ 总额.
 * Changji 2024: 2429.10/2497.29 = 97.2694 → 97.27; 1978.05 + 275.92 + 71.12 + 103.58 + 0.42 = 2429.09 (vs 2429.10,
 * envelope 6·0.005 = 0.03 → rounding); 1978.05/2429.10 = 81.4318 → 81.43, 275.92 → 11.3589 → 11.36, 71.12 → 2.9278 → 2.93,
 * 103.58 → 4.2641 → 4.26, 0.42 → 0.0173 → 0.02.
 * Shanghai 2024: 2106.66 + 326.72 + 60.99 + 445.69 = 2940.06 vs 2940.05 (rounding); 2106.66/2940.05 = 71.6539 → 71.65 but
 * the report says 71.73 (P3); 326.72 → 11.1127 → 11.11; 60.99 → 2.0744 → 2.07; 445.69 → 15.1592 → 15.16.
 */
import rule from "../../../../src/validate/rules/narrative/gpb-structure.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const cls = (code: string, name: string, amount: string, share: string): FactSpec[] => [
  ["gpb.class.amount", amount, undefined, { code, name }],
  ["gpb.class.share", share, undefined, { code, name }],
];
const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["expenditure.current_year", "2497.29"],
  ["gpb.expenditure", o.total ?? "2429.10"],
  ["gpb.expenditure.share", o.share ?? "97.27"],
  ...cls("201", "一般公共服务支出", "1978.05", o.s201 ?? "81.43"),
  ...cls("208", "社会保障和就业支出", "275.92", "11.36"),
  ...cls("210", "卫生健康支出", "71.12", "2.93"),
  ...cls("221", "住房保障支出", "103.58", "4.26"),
  ...cls("229", "其他支出", o.a229 ?? "0.42", "0.02"),
];
const shanghai = (s201 = "71.73"): FactSpec[] => [
  ["expenditure.current_year", "2940.05"],
  ["gpb.expenditure", "2940.05"],
  ["gpb.expenditure.share", "100.00"],
  ...cls("201", "一般公共服务支出", "2106.66", s201),
  ...cls("208", "社会保障和就业支出", "326.72", "11.11"),
  ...cls("210", "卫生健康支出", "60.99", "2.07"),
  ...cls("221", "住房保障支出", "445.69", "15.16"),
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 (class sum off by 0.01: rounding, not a failure)", facts: changji() },
    { name: "Shanghai 2024 with the share corrected to 71.65", facts: shanghai("71.65") },
    { name: "share against §一's 本年支出合计", facts: [["overview.expenditure.current_year", "2497.29"], ["gpb.expenditure", "2429.10"], ["gpb.expenditure.share", "97.27"]] },
    { name: "a class restated twice counts once", facts: [["gpb.expenditure", "103.58"], ["gpb.class.amount", "103.58", undefined, { code: "221" }], ["gpb.class.amount", "103.58", undefined, { code: "221" }]] },
  ],
  invalid: [
    {
      name: "Changji: Σ类 2429.09 vs 2429.10 is a rounding hint; shares pass",
      facts: changji(),
      findings: [
        {
          outcome: "pass", severity: "info", messageId: "rounding", expected: "2429.09", actual: "2429.10", tolerance: "0.03",
          message: "一般公共预算财政拨款支出 = 各类支出之和：2429.10 与计算值 2429.09 相差 0.01，在取整容差 ±0.03 内，可能为取整误差",
        },
        { outcome: "pass", messageId: "ok", expected: "97.27", actual: "97.27", facts: ["gpb.expenditure.share", "gpb.expenditure", "expenditure.current_year"] },
        { outcome: "pass", messageId: "ok", expected: "81.43", actual: "81.43" },
        { outcome: "pass", messageId: "ok", expected: "0.02", actual: "0.02" },
      ],
    },
    {
      name: "Shanghai 2024 P3: 一般公共服务 2106.66/2940.05 = 71.65 vs stated 71.73 → error",
      facts: shanghai(),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "71.65", actual: "71.73", unit: "%", tolerance: "0.005",
          message: "一般公共服务支出占一般公共预算财政拨款支出的比例：报告为 71.73，按 2106.66 ÷ 2940.05 × 100 计算应为 71.65，相差 0.08，超出取整容差 ±0.005",
          facts: ["gpb.class.share{code=201;name=一般公共服务支出}", "gpb.class.amount{code=201;name=一般公共服务支出}", "gpb.expenditure"],
        },
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "2940.06", actual: "2940.05", tolerance: "0.025" },
        { outcome: "pass", messageId: "ok", expected: "100.00", actual: "100.00" },
        { outcome: "pass", messageId: "ok", expected: "11.11", actual: "11.11" },
      ],
    },
    {
      name: "总额 2429.19 vs Σ类 2429.09: off by 0.10 (shares unaffected: 81.43/11.36/2.93/4.26/0.02, 97.27)",
      facts: changji({ total: "2429.19" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2429.09", actual: "2429.19", tolerance: "0.03" }],
    },
    {
      name: "占本年支出 stated 97.37 (+0.10) vs 97.27",
      facts: changji({ share: "97.37" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "97.27", actual: "97.37" }],
    },
    {
      name: "missing inputs: classes without the total",
      facts: [["gpb.class.amount", "103.58", undefined, { code: "221" }], ["gpb.class.share", "4.26", undefined, { code: "221" }]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "一般公共预算财政拨款支出 = 各类支出之和：缺少 一般公共预算财政拨款支出，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "221占一般公共预算财政拨款支出的比例：缺少 一般公共预算财政拨款支出，无法核对" },
      ],
    },
    {
      name: "missing inputs: a class share whose amount is not stated; 占比 without 本年支出",
      facts: [["gpb.expenditure", "103.58"], ["gpb.expenditure.share", "97.27"], ["gpb.class.amount", "103.58", undefined, { code: "221" }], ["gpb.class.share", "0.02", undefined, { code: "229" }]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "229占一般公共预算财政拨款支出的比例：缺少 类金额，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "一般公共预算财政拨款支出占本年支出合计的比例：缺少 本年支出合计，无法核对" },
        { outcome: "pass", messageId: "ok", expected: "103.58", actual: "103.58" },
      ],
    },
  ],
});
