/** number-format: a rate without %, 万 without 元, a bracket left open in a statement of amounts. */
import rule from "../../../../src/validate/rules/editorial/number-format.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const income = (s: string) => report(`二、收入决算情况说明\n${s}`);
const CJ = "本年收入2,472.32万元，其中：财政拨款收入2,429.10万元，占98.25%；其他收入43.22万元，占1.75%。";

textRuleTester(rule, {
  valid: [
    { name: "Xinjiang 2024 (corpus)", text: income(CJ) },
    { name: "万 of people and square metres (the university's profile)", text: report("一、学校概况\n校舍面积199万平方米，占地约8380亩，在校生5.2万人。", { part: "第一部分 学校概况" }) },
    { name: "a text dump's line break between 万 and 元", text: income("年初预算为1560.05万元，支出决算为1511.89万\n元。") },
    { name: "a bracket closed on the next line (text dump)", text: report("十、预算绩效管理情况\n涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为\n“优”的项目4个）。") },
    { name: "a list label 1） is not an open bracket", text: income("1）财政拨款收入2,429.10万元。") },
  ],
  invalid: [
    { name: "占98.25 without %", text: income(CJ.replace("占98.25%", "占98.25")), findings: [{ outcome: "fail", severity: "warning", messageId: "noPercent", message: "“…,429.10万元，占98.25；其他收入43.22…”（第5行）：比率 98.25 缺少 % 号" }] },
    { name: "下降8.24 without %", text: income("收入支出总体与上年相比，减少250.35万元，下降8.24，主要原因是项目减少。"), findings: [{ outcome: "fail", messageId: "noPercent" }] },
    { name: "2,497.29万 without 元", text: income("本年支出2,497.29万，其中：基本支出1,589.18万元。"), findings: [{ outcome: "fail", messageId: "wanNoYuan", message: "“本年支出2,497.29万，其中：基本支出1,…”（第5行）：金额 2,497.29万 缺少“元”" }] },
    { name: "a bracket opened and never closed", text: income("年初结转和结余（含专用结余317.06万元。"), findings: [{ outcome: "fail", messageId: "unclosed" }] },
  ],
});
