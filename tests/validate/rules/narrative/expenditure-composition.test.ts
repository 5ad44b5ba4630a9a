/**
 * expenditure-composition: 本年支出 = Σ stated parts; share = part ÷ 本年支出 × 100.
 * Changji 2024 §三: 2497.29 = 1589.18 + 908.11 + 0.00×3; 1589.18/2497.29 = 63.6362 → 63.64; 908.11/2497.29 = 36.3638 → 36.36.
 * Shanghai 2024: 2940.05 = 2336.91 + 603.14; 2336.91/2940.05 = 79.4854 → 79.49; 603.14/2940.05 = 20.5146 → 20.51.
 */
import rule from "../../../../src/validate/rules/narrative/expenditure-composition.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["expenditure.current_year", o.total ?? "2497.29"],
  ["expenditure.basic", o.basic ?? "1589.18"], ["expenditure.basic.share", o.basicShare ?? "63.64"],
  ["expenditure.project", o.project ?? "908.11"], ["expenditure.project.share", o.projectShare ?? "36.36"],
  ["expenditure.remit_to_superior", "0.00"], ["expenditure.remit_to_superior.share", "0.00"],
  ["expenditure.operating", "0.00"], ["expenditure.operating.share", "0.00"],
  ["expenditure.subsidy_to_subordinate", "0.00"], ["expenditure.subsidy_to_subordinate.share", "0.00"],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024", facts: changji() },
    {
      name: "Shanghai 2024",
      facts: [["expenditure.current_year", "2940.05"], ["expenditure.basic", "2336.91"], ["expenditure.basic.share", "79.49"], ["expenditure.project", "603.14"], ["expenditure.project.share", "20.51"]],
    },
    { name: "total from §一 (overview.expenditure.current_year)", facts: [["overview.expenditure.current_year", "2497.29"], ["expenditure.basic", "1589.18"], ["expenditure.project", "908.11"]] },
    { name: "no part stated: silent", facts: [["expenditure.current_year", "2497.29"]] },
  ],
  invalid: [
    {
      name: "Changji passes exactly (sum envelope 6·0.005 = 0.03)",
      facts: changji(),
      findings: [
        { outcome: "pass", messageId: "ok", expected: "2497.29", actual: "2497.29", tolerance: "0.03" },
        { outcome: "pass", messageId: "ok", expected: "63.64", actual: "63.64" },
        { outcome: "pass", messageId: "ok", expected: "36.36", actual: "36.36" },
      ],
    },
    {
      // 1589.18 + 908.21 = 2497.39; share 908.21/2497.29 ∈ [36.36755, 36.36810] → 36.37, disjoint from [36.355, 36.365].
      name: "项目支出 off by +0.10 (908.21): sum fails, and its share 36.36 no longer recomputes",
      facts: changji({ project: "908.21" }),
      findings: [
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "2497.39", actual: "2497.29", tolerance: "0.03" },
        { outcome: "fail", severity: "error", messageId: "mismatch", expected: "36.37", actual: "36.36", unit: "%" },
      ],
    },
    {
      name: "基本支出占比 stated 63.74 (+0.10) vs 63.64",
      facts: changji({ basicShare: "63.74" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "63.64", actual: "63.74", facts: ["expenditure.basic.share", "expenditure.basic", "expenditure.current_year"] }],
    },
    {
      name: "Shanghai 本年支出 off by −0.10 (2939.95)",
      facts: [["expenditure.current_year", "2939.95"], ["expenditure.basic", "2336.91"], ["expenditure.project", "603.14"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2940.05", actual: "2939.95", tolerance: "0.015" }],
    },
    {
      // CZJ24 T1 326.71 vs T3 326.72 style: 2336.91 + 603.15 = 2940.06 vs 2940.05, ≤ 0.015.
      name: "rounding: Σ 2940.06 vs 2940.05",
      facts: [["expenditure.current_year", "2940.05"], ["expenditure.basic", "2336.91"], ["expenditure.project", "603.15"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "2940.06", actual: "2940.05", tolerance: "0.015" }],
    },
    {
      name: "missing input: parts without 本年支出",
      facts: [["expenditure.basic", "1589.18"], ["expenditure.basic.share", "63.64"], ["expenditure.project", "908.11"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "本年支出 = 基本支出 + 项目支出 + 其他支出之和：缺少 本年支出合计，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "基本支出占本年支出的比例：缺少 本年支出合计，无法核对" },
      ],
    },
  ],
});
