/**
 * sangong (§九 / 七): 合计 = 出国 + 公车 + 接待; 公车 = 购置 + 运行维护; 占比; 预算构成; 预决算差异率 / 完成率.
 * Changji 2024: 0.00 + 25.66 + 1.01 = 26.67 vs 26.66 (rounding, envelope 4·0.005 = 0.02); 25.66 = 0.00 + 25.66;
 * 25.66/26.66 = 96.2491 → 96.25; 1.01/26.66 = 3.7884 → 3.79; budgets 0.00 + 25.66 + 1.01 = 26.67 vs 26.66 (rounding);
 * all 预决算差异率 0.00 (决算 = 预算), 出国 and 购置 have 0 budget and 0 spending → not_applicable.
 * Shanghai 2024 P4: 出国 and 公车 '完成预算的0%' while T7 预算数 is blank → zeroBaseStated error; 接待 0.00/0.95 = 0% ok.
 */
import rule from "../../../../src/validate/rules/narrative/sangong.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const ABROAD = { item: "因公出国（境）费" };
const VEHICLE = { item: "公务用车购置及运行维护费" };
const PURCHASE = { item: "公务用车购置费" };
const OPERATION = { item: "公务用车运行维护费" };
const RECEPTION = { item: "公务接待费" };

const changjiSpend = (o: Record<string, string> = {}): FactSpec[] => [
  ["sangong.total", o.total ?? "26.66"],
  ["sangong.abroad", "0.00"], ["sangong.abroad.share", "0.00"],
  ["sangong.vehicle", o.vehicle ?? "25.66"], ["sangong.vehicle.share", "96.25"],
  ["sangong.vehicle.purchase", "0.00"], ["sangong.vehicle.operation", o.operation ?? "25.66"],
  ["sangong.reception", "1.01"], ["sangong.reception.share", o.receptionShare ?? "3.79"],
];
const changjiBudget = (o: Record<string, string> = {}): FactSpec[] => [
  ["sangong.budget.total", "26.66"], ["sangong.budget.variance_rate", "0.00"],
  ["sangong.budget.abroad", "0.00"], ["sangong.budget.variance_rate", "0.00", undefined, ABROAD],
  ["sangong.budget.vehicle.purchase", "0.00"], ["sangong.budget.variance_rate", "0.00", undefined, PURCHASE],
  ["sangong.budget.vehicle.operation", "25.66"], ["sangong.budget.variance_rate", o.opRate ?? "0.00", undefined, OPERATION],
  ["sangong.budget.reception", "1.01"], ["sangong.budget.variance_rate", "0.00", undefined, RECEPTION],
];
// Shanghai 2024 §七(一): everything 0.00, 完成预算的0%; the narrative states only the total budget 0.95.
const shanghaiNarrative: FactSpec[] = [
  ["sangong.budget.total", "0.95"], ["sangong.total", "0.00"], ["sangong.budget.completion_rate", "0"],
  ["sangong.abroad", "0.00"], ["sangong.budget.completion_rate", "0", undefined, ABROAD],
  ["sangong.vehicle", "0.00"], ["sangong.budget.completion_rate", "0", undefined, VEHICLE],
  ["sangong.reception", "0.00"], ["sangong.budget.completion_rate", "0", undefined, RECEPTION],
];
// T7 预算数: blank cells (a stated 0) except 公务接待费 0.95.
const shanghaiT7: FactSpec[] = [
  ["sangong.budget.abroad", "0", undefined, { table: "T7" }, { blank: true }],
  ["sangong.budget.vehicle", "0", undefined, { table: "T7" }, { blank: true }],
  ["sangong.budget.reception", "0.95", undefined, { table: "T7" }],
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 spending, shares and budgets", facts: [...changjiSpend(), ...changjiBudget()] },
    { name: "Changji 2024 completion rate 26.66/26.66 = 100.00", facts: [["sangong.total", "26.66"], ["sangong.budget.total", "26.66"], ["sangong.budget.completion_rate", "100.00"]] },
    { name: "only the total stated: nothing to check", facts: [["sangong.total", "26.66"]] },
  ],
  invalid: [
    {
      name: "Changji 2024: 26.66 vs 0.00 + 25.66 + 1.01 = 26.67 is rounding (info)",
      facts: changjiSpend(),
      findings: [
        {
          outcome: "pass", severity: "info", messageId: "rounding", expected: "26.67", actual: "26.66", tolerance: "0.02",
          message: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费：26.66 与计算值 26.67 相差 0.01，在取整容差 ±0.02 内，可能为取整误差",
          facts: ["sangong.total", "sangong.abroad", "sangong.vehicle", "sangong.reception"],
        },
        { outcome: "pass", messageId: "ok", expected: "25.66", actual: "25.66", facts: ["sangong.vehicle", "sangong.vehicle.purchase", "sangong.vehicle.operation"] },
        { outcome: "pass", messageId: "ok", expected: "96.25", actual: "96.25" },
        { outcome: "pass", messageId: "ok", expected: "3.79", actual: "3.79" },
        { outcome: "pass", messageId: "ok", expected: "0.00", actual: "0.00", facts: ["sangong.abroad.share", "sangong.abroad", "sangong.total"] },
      ],
    },
    {
      name: "Changji budgets: Σ 0.00 + 25.66 + 1.01 = 26.67 vs 26.66 rounding; zero-budget zero-spend rates not_applicable",
      facts: [...changjiSpend(), ...changjiBudget()],
      findings: [
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "26.67", actual: "26.66", facts: ["sangong.budget.total", "sangong.budget.abroad", "sangong.budget.vehicle.operation", "sangong.budget.reception"] },
        { outcome: "pass", messageId: "ok", expected: "0.00", actual: "0.00", facts: ["sangong.budget.variance_rate", "sangong.total", "sangong.budget.total"] },
        { outcome: "not_applicable", messageId: "zeroBase", facts: ["sangong.budget.variance_rate{item=因公出国（境）费}", "sangong.abroad", "sangong.budget.abroad"] },
        { outcome: "not_applicable", messageId: "zeroBase", facts: ["sangong.budget.variance_rate{item=公务用车购置费}", "sangong.vehicle.purchase", "sangong.budget.vehicle.purchase"] },
        { outcome: "pass", messageId: "ok", expected: "0.00", actual: "0.00", facts: ["sangong.budget.variance_rate{item=公务接待费}", "sangong.reception", "sangong.budget.reception"] },
      ],
    },
    {
      name: "合计 26.77 vs Σ 26.67 (off by 0.10)",
      facts: [["sangong.total", "26.77"], ["sangong.abroad", "0.00"], ["sangong.vehicle", "25.66"], ["sangong.reception", "1.01"]],
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "26.67", actual: "26.77", tolerance: "0.02",
          message: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费：报告为 26.77，按 0.00 + 25.66 + 1.01 计算应为 26.67，相差 0.10，超出取整容差 ±0.02",
        },
      ],
    },
    {
      name: "公务用车 25.66 vs 购置 0.00 + 运行维护 25.76 (off by 0.10)",
      facts: [["sangong.vehicle", "25.66"], ["sangong.vehicle.purchase", "0.00"], ["sangong.vehicle.operation", "25.76"]],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "25.76", actual: "25.66", tolerance: "0.015" }],
    },
    {
      // (25.66 − 25.66)/25.66: numerator interval [−0.01, 0.01] → rate within ±0.039%; stated 0.10 ± 0.005 is outside.
      name: "运行维护费 预决算差异率 stated 0.10 with 决算 = 预算",
      facts: [...changjiSpend(), ...changjiBudget({ opRate: "0.10" })],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "0.00", actual: "0.10", facts: ["sangong.budget.variance_rate{item=公务用车运行维护费}", "sangong.vehicle.operation", "sangong.budget.vehicle.operation"] }],
    },
    {
      // 1.01/26.66 = 3.7884; interval [1.005/26.665, 1.015/26.655] = [3.7690, 3.8079] ∋ 3.78.
      name: "rounding: 公务接待费占比 stated 3.78 vs 3.79",
      facts: changjiSpend({ receptionShare: "3.78" }),
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "3.79", actual: "3.78", unit: "%" }],
    },
    {
      name: "Shanghai 2024 P4: 完成预算的0% against blank T7 budgets → zeroBaseStated error (出国, 公车); 合计/接待 0.00/0.95 = 0% ok",
      facts: [...shanghaiNarrative, ...shanghaiT7],
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "zeroBaseStated", actual: "0",
          message: "因公出国（境）费完成预算的比例：预算数为 0（或空白），比率无定义，却报告了 0%",
          facts: ["sangong.budget.completion_rate{item=因公出国（境）费}", "sangong.abroad", "sangong.budget.abroad{table=T7}"],
        },
        {
          outcome: "fail", severity: "error", messageId: "zeroBaseStated", actual: "0",
          facts: ["sangong.budget.completion_rate{item=公务用车购置及运行维护费}", "sangong.vehicle", "sangong.budget.vehicle{table=T7}"],
        },
        { outcome: "pass", messageId: "ok", expected: "0", actual: "0", facts: ["sangong.budget.completion_rate", "sangong.total", "sangong.budget.total"] },
        { outcome: "pass", messageId: "ok", expected: "0", actual: "0", facts: ["sangong.budget.completion_rate{item=公务接待费}", "sangong.reception", "sangong.budget.reception{table=T7}"] },
      ],
    },
    {
      name: "missing inputs: item completion rates with no budget anywhere (no T7)",
      facts: shanghaiNarrative,
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "因公出国（境）费完成预算的比例：缺少 预算数，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "公务接待费完成预算的比例：缺少 预算数，无法核对" },
      ],
    },
    {
      name: "missing inputs: 公务用车 购置/运行维护 stated without the 公务用车 total",
      facts: [["sangong.vehicle.purchase", "0.00"], ["sangong.vehicle.operation", "25.66"]],
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "公务用车购置及运行维护费 = 购置费 + 运行维护费：缺少 公务用车购置及运行维护费，无法核对" }],
    },
  ],
});
