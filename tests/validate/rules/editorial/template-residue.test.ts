/** template-residue: alternatives not chosen, the template's instructions, placeholders. */
import rule from "../../../../src/validate/rules/editorial/template-residue.js";
import { report, textRuleTester } from "./text-rule-tester.js";

textRuleTester(rule, {
  valid: [
    { name: "Xinjiang 2024 (corpus): 维修（护）费, （含专用结余）, 增减", text: report("一、收入支出决算总体情况说明\n2024年度收入总计2,789.38万元，其中：本年收入合计2,472.32万元，使用非财政拨款结余（含专用结余）0.00万元。公用经费151.04万元，包括：办公费、维修（护）费。收入支出增减变化的主要原因是项目减少。") },
    { name: "a parenthesised word that is not an alternative", text: report("一、收入支出决算总体情况说明\n收入支出总计减少56.95万元（主要为项目支出减少），下降1.87%。") },
  ],
  invalid: [
    { name: "增加（减少）and 增长（下降） left in (Shanghai template)", text: report("一、收入支出决算总体情况说明\n与2023年度相比，收入支出总计增加（减少）56.95万元，增长（下降）1.87%。"), findings: [{ outcome: "fail", severity: "warning", messageId: "residue", actual: "增加（减少） 增长（下降）" }] },
    { name: "决算数大于（小于）预算数", text: report("五、一般公共预算财政拨款支出决算情况说明\n决算数大于（小于）预算数的主要原因：项目调减。"), findings: [{ outcome: "fail", messageId: "residue", actual: "大于（小于）" }] },
    { name: "列明 left in", text: report("九、财政拨款“三公”经费支出决算情况说明\n公务用车购置支出为10.00万元。主要用于执法用车更新，列明公务用车购置数量。"), findings: [{ outcome: "fail", messageId: "residue", actual: "列明" }] },
    {
      name: "仍保留该表格式，并在本表下方作下述说明 (one instruction, one finding)",
      text: report("八、政府性基金预算财政拨款收入支出决算情况说明\n无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：本单位无政府性基金预算财政拨款支出。"),
      findings: [{ outcome: "fail", messageId: "residue", actual: "仍保留该表格式 作下述说明", message: "模板说明文字“仍保留该表格式”“作下述说明”（第5行）：“…预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：本单位无政府性基金预算…”" }],
    },
    { name: "placeholders XXX万元 and XX%", text: report("二、收入决算情况说明\n本年收入合计XXX万元，其中：财政拨款收入2,429.10万元，占XX%。"), findings: [{ outcome: "fail", messageId: "residue", actual: "XXX万元 XX%" }] },
    { name: "a placeholder name 上海市XX局", text: report("一、收入支出决算总体情况说明\n上海市XX局2024年度收入支出总计2995.39万元。"), findings: [{ outcome: "fail", messageId: "residue", actual: "XX" }] },
  ],
});
