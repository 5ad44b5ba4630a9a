/**
 * assets-vehicles (十一(三)): 车辆总数 = Σ 各类用车. Counts in 辆 are exact (no rounding envelope: tolerance 0).
 * Changji 2024: 5 = 0 × 7 + 5 (其他用车). Shanghai 2024: 0 = 0 × 8.
 */
import rule from "../../../../src/validate/rules/narrative/assets.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const TYPES = ["副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车"];
const fleet = (count: string, other: string): FactSpec[] => [
  ["assets.vehicles.count", count],
  ...TYPES.map((type): FactSpec => ["assets.vehicles.by_type", type === "其他用车" ? other : "0", undefined, { type }]),
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024: 5 vehicles, all 其他用车", facts: fleet("5", "5") },
    { name: "Shanghai 2024: no vehicles", facts: fleet("0", "0") },
    { name: "a type restated later counts once", facts: [...fleet("5", "5"), ["assets.vehicles.by_type", "5", undefined, { type: "其他用车" }]] },
    { name: "count without a breakdown: silent", facts: [["assets.vehicles.count", "5"]] },
  ],
  invalid: [
    {
      name: "Changji passes exactly with tolerance 0",
      facts: fleet("5", "5"),
      findings: [{ outcome: "pass", messageId: "ok", expected: "5", actual: "5", tolerance: "0", unit: "辆" }],
    },
    {
      name: "车辆 6 辆 vs Σ 5",
      facts: fleet("6", "5"),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "5", actual: "6", tolerance: "0",
          message: "车辆总数 = 各类用车之和：报告为 6，按 0 + 0 + 0 + 0 + 0 + 0 + 0 + 5 计算应为 5，相差 1，超出取整容差 ±0",
        },
      ],
    },
    {
      name: "车辆 4 辆 vs Σ 5 (a breakdown larger than the count)",
      facts: fleet("4", "5"),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "5", actual: "4" }],
    },
    {
      name: "missing input: a breakdown without the count",
      facts: TYPES.map((type): FactSpec => ["assets.vehicles.by_type", "0", undefined, { type }]),
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "车辆总数 = 各类用车之和：缺少 车辆总数，无法核对" }],
    },
  ],
});
