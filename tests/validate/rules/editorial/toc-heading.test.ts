/** toc-heading: 目录 entries against the body's titles (Shanghai 2024 P7: "十一、其他重要事项说明" vs "…的情况说明"). */
import rule from "../../../../src/validate/rules/editorial/toc-heading.js";
import { textRuleTester } from "./text-rule-tester.js";

const sh = (toc11: string, { tocYear = "2024" } = {}) => `上海市普陀区财政局2024年度部门决算
目录
第一部分上海市普陀区财政局概况
一、主要职能……………………4
第三部分上海市普陀区财政局${tocYear}年度部门决算情况说明
一、收入支出决算总体情况说明
${toc11}
第四部分名词解释
第一部分上海市普陀区财政局概况
一、主要职能
负责全区财政工作。
第三部分上海市普陀区财政局2024年度部门决算情况说明
一、收入支出决算总体情况说明
上海市普陀区财政局2024年度收入支出总计2995.39万元。
十一、其他重要事项的情况说明
（一）机关运行经费支出情况
机关运行经费支出184.65万元。
第四部分名词解释
一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。
`;

textRuleTester(rule, {
  valid: [
    { name: "every 目录 entry as in the body (leader dots and page numbers ignored)", text: sh("十一、其他重要事项的情况说明") },
    { name: "a year difference is report-year's business, not a wording difference", text: sh("十一、其他重要事项的情况说明", { tocYear: "202" }) },
    { name: "a report without 目录 (Xinjiang layout)", text: "昌吉回族自治州财政局2024年度部门决算\n第二部分 部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计2,789.38万元。\n" },
  ],
  invalid: [
    {
      name: "Shanghai P7: 目录 十一 lacks “的情况”",
      text: sh("十一、其他重要事项说明"),
      findings: [{ outcome: "fail", severity: "warning", messageId: "mismatch", actual: "十一、其他重要事项说明", expected: "十一、其他重要事项的情况说明", message: "目录标题“十一、其他重要事项说明”（第7行）与正文标题“十一、其他重要事项的情况说明”（第15行）不一致" }],
    },
    {
      name: "a part title worded otherwise in the 目录 (第四部分 专业名词解释)",
      text: sh("十一、其他重要事项的情况说明").replace("第四部分名词解释\n第一部分", "第四部分专业名词解释\n第一部分"),
      findings: [{ outcome: "fail", messageId: "mismatch", actual: "第四部分专业名词解释" }],
    },
  ],
});
