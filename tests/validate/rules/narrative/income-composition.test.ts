/**
 * income-composition: 本年收入 = Σ stated sources; share = source ÷ 本年收入 × 100.
 * Changji 2024 §二: 2472.32 = 2429.10 + 0.00×4 + 43.22; 2429.10/2472.32 = 98.2518 → 98.25; 43.22/2472.32 = 1.7481 → 1.75.
 */
import rule from "../../../../src/validate/rules/narrative/income-composition.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["income.current_year", o.total ?? "2472.32"],
  ["income.fiscal_appropriation", o.fa ?? "2429.10"], ["income.fiscal_appropriation.share", o.faShare ?? "98.25"],
  ["income.superior_subsidy", "0.00"], ["income.superior_subsidy.share", "0.00"],
  ["income.business", "0.00"], ["income.business.share", "0.00"],
  ["income.operating", "0.00"], ["income.operating.share", "0.00"],
  ["income.subordinate_remittance", "0.00"], ["income.subordinate_remittance.share", "0.00"],
  ["income.other", o.other ?? "43.22"], ["income.other.share", o.otherShare ?? "1.75"],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 all six sources and shares", facts: changji() },
    // Shanghai 2024: 2940.05 + 6.2 = 2946.25 (6.2 printed with 1 dp, ±0.05); 2940.05/2946.25 = 99.7896 → 99.79; 6.2/2946.25 = 0.2104 → 0.21.
    {
      name: "Shanghai 2024 two sources, one printed with 1 decimal",
      facts: [["income.current_year", "2946.25"], ["income.fiscal_appropriation", "2940.05"], ["income.fiscal_appropriation.share", "99.79"], ["income.other", "6.2"], ["income.other.share", "0.21"]],
    },
    { name: "total from §一 (overview.income.current_year) when §二 does not restate it", facts: [["overview.income.current_year", "2472.32"], ["income.fiscal_appropriation", "2429.10"], ["income.other", "43.22"]] },
    { name: "no source stated: rule silent", facts: [["income.current_year", "2472.32"]] },
    {
      // The rule's own contract (income-composition.ts): "the unlisted are zero only when the section lists at least two".
      // '本年收入2472.32万元，其中：财政拨款收入2429.10万元' lists one source; 43.22 may be any unlisted source.
      name: "one listed source ('其中：财政拨款收入 2429.10') is not the full list",
      facts: [["income.current_year", "2472.32"], ["income.fiscal_appropriation", "2429.10"]],
    },
  ],
  invalid: [
    {
      name: "Changji: sum and the two non-zero shares pass exactly",
      facts: changji(),
      findings: [
        { outcome: "pass", messageId: "ok", expected: "2472.32", actual: "2472.32", tolerance: "0.035" },
        { outcome: "pass", messageId: "ok", expected: "98.25", actual: "98.25" },
        { outcome: "pass", messageId: "ok", expected: "1.75", actual: "1.75" },
        { outcome: "pass", messageId: "ok", expected: "0.00", actual: "0.00" },
      ],
    },
    {
      name: "其他收入 off by +0.10 (43.32): Σ = 2472.42 ≠ 2472.32 (envelope 7·0.005 = 0.035); its share still 1.75",
      facts: changji({ other: "43.32" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2472.42", actual: "2472.32", tolerance: "0.035", unit: "万元" }],
    },
    {
      name: "本年收入 off by −0.10 (2472.22) with two sources",
      facts: [["income.current_year", "2472.22"], ["income.fiscal_appropriation", "2429.10"], ["income.other", "43.22"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2472.32", actual: "2472.22", tolerance: "0.015" }],
    },
    {
      name: "财政拨款收入占比 stated 98.35 (+0.10) vs 98.25",
      facts: changji({ faShare: "98.35" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "98.25", actual: "98.35", unit: "%", facts: ["income.fiscal_appropriation.share", "income.fiscal_appropriation", "income.current_year"] }],
    },
    {
      // 10.00 = 9.97 + 0.03; 0.03/10.00 = 0.30%, interval [0.025/10.005, 0.035/9.995] = [0.2499, 0.3502] ∋ 0.25.
      name: "rounding: a tiny source's share 0.25 vs computed 0.30",
      facts: [["income.current_year", "10.00"], ["income.fiscal_appropriation", "9.97"], ["income.fiscal_appropriation.share", "99.70"], ["income.other", "0.03"], ["income.other.share", "0.25"]],
      findings: [
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "0.30", actual: "0.25" },
        { outcome: "pass", messageId: "ok", expected: "10.00", actual: "10.00" },
      ],
    },
    {
      name: "rounding: Σ 2429.11 + 43.22 = 2472.33 vs 2472.32",
      facts: [["income.current_year", "2472.32"], ["income.fiscal_appropriation", "2429.11"], ["income.other", "43.22"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "2472.33", actual: "2472.32", tolerance: "0.015" }],
    },
    {
      name: "missing input: sources and a share but no 本年收入",
      facts: [["income.fiscal_appropriation", "2429.10"], ["income.fiscal_appropriation.share", "98.25"], ["income.other", "43.22"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "本年收入 = 各收入来源之和：缺少 本年收入合计，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "财政拨款收入占本年收入的比例：缺少 本年收入合计，无法核对" },
      ],
    },
    {
      name: "missing input: a share without its amount",
      facts: [["income.current_year", "2472.32"], ["income.fiscal_appropriation", "2472.32"], ["income.other.share", "0.00"]],
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "其他收入占本年收入的比例：缺少 其他收入，无法核对" }],
    },
  ],
});
