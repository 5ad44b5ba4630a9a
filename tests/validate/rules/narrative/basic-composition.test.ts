/**
 * basic-composition (§六, 十一(一)): 基本支出 = 人员经费 + 公用经费; 机关运行经费 = 公用经费.
 * Changji 2024: 1429.17 + 151.04 = 1580.21; 机关运行经费 151.04 = 公用经费 151.04.
 * Shanghai 2024: 2152.26 + 184.65 = 2336.91; 机关运行经费 184.65 = 公用经费 184.65 (R009).
 */
import rule from "../../../../src/validate/rules/narrative/basic-composition.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const changji = (o: Record<string, string> = {}): FactSpec[] => [
  ["basic.total", o.total ?? "1580.21"], ["basic.personnel", o.personnel ?? "1429.17"], ["basic.public", o.pub ?? "151.04"],
  ["operating_costs.total", o.oc ?? "151.04"],
];
const shanghai: FactSpec[] = [["basic.total", "2336.91"], ["basic.personnel", "2152.26"], ["basic.public", "184.65"], ["operating_costs.total", "184.65"]];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024", facts: changji() },
    { name: "Shanghai 2024", facts: shanghai },
    { name: "机关运行经费 without 公用经费: equality not attempted", facts: [["operating_costs.total", "184.65"]] },
    { name: "nothing of §六 stated: silent", facts: [["expenditure.basic", "2336.91"]] },
  ],
  invalid: [
    {
      name: "Shanghai 2024: 2336.91 = 2152.26 + 184.65; 机关运行经费 184.65 = 公用经费 184.65 pass",
      facts: shanghai,
      findings: [
        { outcome: "pass", messageId: "ok", expected: "2336.91", actual: "2336.91", tolerance: "0.015", facts: ["basic.total", "basic.personnel", "basic.public"] },
        {
          outcome: "pass", messageId: "ok", expected: "184.65", actual: "184.65", tolerance: "0.01", facts: ["operating_costs.total", "basic.public"],
          message: "机关运行经费 = 一般公共预算财政拨款基本支出中的公用经费：184.65 与计算值 184.65 一致",
        },
      ],
    },
    {
      name: "人员经费 off by +0.10 (1429.27): 1429.27 + 151.04 = 1580.31 ≠ 1580.21",
      facts: changji({ personnel: "1429.27" }),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "1580.31", actual: "1580.21", tolerance: "0.015",
          message: "基本支出 = 人员经费 + 公用经费：报告为 1580.21，按 1429.27 + 151.04 计算应为 1580.31，相差 0.10，超出取整容差 ±0.015",
        },
      ],
    },
    {
      name: "机关运行经费 151.14 vs 公用经费 151.04 (+0.10)",
      facts: changji({ oc: "151.14" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "151.04", actual: "151.14", tolerance: "0.01", facts: ["operating_costs.total", "basic.public"] }],
    },
    {
      name: "rounding: 1429.18 + 151.04 = 1580.22 vs 1580.21",
      facts: changji({ personnel: "1429.18" }),
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "1580.22", actual: "1580.21", tolerance: "0.015" }],
    },
    {
      name: "rounding: 机关运行经费 184.66 vs 公用经费 184.65 (intervals touch)",
      facts: [["operating_costs.total", "184.66"], ["basic.public", "184.65"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "184.65", actual: "184.66" }],
    },
    {
      name: "missing inputs: 基本支出 alone",
      facts: [["basic.total", "1580.21"]],
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "基本支出 = 人员经费 + 公用经费：缺少 人员经费、公用经费，无法核对", facts: ["basic.total"] }],
    },
    {
      name: "missing inputs: 人员经费 without 基本支出",
      facts: [["basic.personnel", "1429.17"], ["basic.public", "151.04"]],
      findings: [{ outcome: "insufficient_data", messageId: "missing", message: "基本支出 = 人员经费 + 公用经费：缺少 基本支出，无法核对" }],
    },
  ],
});
