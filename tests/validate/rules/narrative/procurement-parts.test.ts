/**
 * procurement, parts within the whole, on the text (the Shanghai layout scopes its amounts: 预留项目的预算金额 are
 * budgets, not awards; the awards are 预留项目中 + 其他项目中 中标或成交的采购金额). Shanghai 2024:
 * 246.47 + 4.79 = 251.26 vs 总额 251.25 — a rounding difference, not an error.
 */
import rule from "../../../../src/validate/rules/narrative/procurement.js";
import { report, textRuleTester } from "../editorial/text-rule-tester.js";

const sh = (other = "4.79") =>
  report(`十一、其他重要事项的情况说明
（二）政府采购支出情况
上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。
2024年度本部门面向中小企业预留政府采购项目预算金额246.47万元，面向小微企业预留政府采购项目预算金额0万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额0万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`, { unit: "上海市普陀区财政局" });

textRuleTester(rule, {
  valid: [{ name: "Shanghai 2024 (corpus): 246.47 + 4.79 vs 251.25 is rounding", text: sh() }],
  invalid: [
    {
      name: "Shanghai 2024 as printed: the awards' sum is within rounding of the total (info)",
      text: sh(),
      findings: [{ outcome: "pass", severity: "info", messageId: "partsRounding", actual: "251.26" }],
    },
    {
      name: "其他项目 14.79: 246.47 + 14.79 = 261.26 > 251.25 (the reserved budget is not counted)",
      text: sh("14.79"),
      findings: [{ outcome: "fail", severity: "error", messageId: "partsExceed", actual: "261.26", expected: "≤ 251.25" }],
    },
  ],
});
