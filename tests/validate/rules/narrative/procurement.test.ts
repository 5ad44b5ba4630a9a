/**
 * procurement (十一(二)): 总额 = 货物 + 工程 + 服务; 中小企业 / 小微企业 占比 = 合同金额 ÷ 总额.
 * Changji 2024: 62.77 + 305.62 + 273.18 = 641.57; 561.02/641.57 = 87.4449 → 87.44; 151.37/641.57 = 23.5937 → 23.59.
 * Shanghai 2024: 4.79 + 0 + 246.47 = 251.26 vs 251.25; "0" is printed without decimals (±0.5), so the envelope is
 * 0.005 + 0.005 + 0.5 + 0.005 = 0.515 → rounding.
 */
import rule from "../../../../src/validate/rules/narrative/procurement.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["procurement.total", o.total ?? "641.57"],
  ["procurement.goods", "62.77"], ["procurement.works", "305.62"], ["procurement.services", o.services ?? "273.18"],
  ["procurement.sme", o.sme ?? "561.02"], ["procurement.sme.share", o.smeShare ?? "87.44"],
  ["procurement.small_micro", o.small ?? "151.37"], ["procurement.small_micro.share", o.smallShare ?? "23.59"],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024", facts: changji() },
    { name: "Shanghai 2024 (rounding only)", facts: [["procurement.total", "251.25"], ["procurement.goods", "4.79"], ["procurement.works", "0"], ["procurement.services", "246.47"]] },
    { name: "nothing about procurement: silent", facts: [["procurement.sme_reserved.budget", "246.47"]] },
  ],
  invalid: [
    {
      name: "Changji: sum and both shares pass exactly",
      facts: changji(),
      findings: [
        { outcome: "pass", messageId: "ok", expected: "641.57", actual: "641.57", tolerance: "0.02" },
        { outcome: "pass", messageId: "ok", expected: "87.44", actual: "87.44", facts: ["procurement.sme.share", "procurement.sme", "procurement.total"] },
        { outcome: "pass", messageId: "ok", expected: "23.59", actual: "23.59" },
      ],
    },
    {
      name: "Shanghai 2024: 251.25 vs 4.79 + 0 + 246.47 = 251.26 rounding (±0.515)",
      facts: [["procurement.total", "251.25"], ["procurement.goods", "4.79"], ["procurement.works", "0"], ["procurement.services", "246.47"]],
      findings: [
        {
          outcome: "pass", severity: "info", messageId: "rounding", expected: "251.26", actual: "251.25", tolerance: "0.515",
          message: "政府采购支出总额 = 货物 + 工程 + 服务：251.25 与计算值 251.26 相差 0.01，在取整容差 ±0.515 内，可能为取整误差",
        },
      ],
    },
    {
      name: "STJ25: 372.34 = 8.57 + 0 + 363.77 passes exactly",
      facts: [["procurement.total", "372.34"], ["procurement.goods", "8.57"], ["procurement.works", "0"], ["procurement.services", "363.77"]],
      findings: [{ outcome: "pass", messageId: "ok", expected: "372.34", actual: "372.34" }],
    },
    {
      name: "服务 off by +0.10 (273.28): Σ 641.67 ≠ 641.57",
      facts: changji({ services: "273.28" }),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "641.67", actual: "641.57", tolerance: "0.02",
          message: "政府采购支出总额 = 货物 + 工程 + 服务：报告为 641.57，按 62.77 + 305.62 + 273.28 计算应为 641.67，相差 0.10，超出取整容差 ±0.02",
        },
      ],
    },
    {
      name: "中小企业占比 stated 87.54 (+0.10) vs 87.44",
      facts: changji({ smeShare: "87.54" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "87.44", actual: "87.54", unit: "%" }],
    },
    {
      name: "parts within the whole: 中小 561.02 ≤ 总额 641.57, 小微 151.37 ≤ 中小 561.02",
      facts: changji(),
      findings: [
        { outcome: "pass", messageId: "partsWithin", message: "授予中小企业的采购金额（预留项目与其他项目）不超过政府采购支出总额：561.02 = 561.02 万元，不超过政府采购支出总额 641.57 万元" },
        { outcome: "pass", messageId: "partsWithin", message: "授予小微企业的采购金额不超过授予中小企业的采购金额：151.37 = 151.37 万元，不超过授予中小企业的采购金额 561.02 万元" },
      ],
    },
    {
      name: "小微 601.37 > 中小 561.02 (shares consistent): a part exceeds its whole",
      facts: changji({ small: "601.37", smallShare: "93.73" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "partsExceed", expected: "≤ 561.02", actual: "601.37", message: "授予小微企业的采购金额不超过授予中小企业的采购金额：601.37 = 601.37 万元，超过授予中小企业的采购金额 561.02 万元（超出 40.35 万元）" }],
    },
    {
      name: "an award stated twice is one part, not two (561.02 restated)",
      facts: [...changji(), ["procurement.sme", "561.02"]],
      findings: [{ outcome: "pass", messageId: "partsWithin", message: "授予中小企业的采购金额（预留项目与其他项目）不超过政府采购支出总额：561.02 = 561.02 万元，不超过政府采购支出总额 641.57 万元" }],
    },
    {
      name: "中小 700.00 > 总额 641.57",
      facts: changji({ sme: "700.00", smeShare: "109.11" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "partsExceed", expected: "≤ 641.57", actual: "700.00" }],
    },
    {
      name: "missing inputs: total and 货物/服务 without 工程; a share without the total",
      facts: [["procurement.goods", "62.77"], ["procurement.services", "273.18"], ["procurement.sme", "561.02"], ["procurement.sme.share", "87.44"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "政府采购支出总额 = 货物 + 工程 + 服务：缺少 政府采购支出总额、工程，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "授予中小企业合同金额占政府采购支出总额的比例：缺少 政府采购支出总额，无法核对" },
      ],
    },
  ],
});
