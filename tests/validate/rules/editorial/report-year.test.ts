/** report-year: the year in titles (cover, 目录, parts, table titles) is the report's, and complete. */
import rule from "../../../../src/validate/rules/editorial/report-year.js";
import { textRuleTester } from "./text-rule-tester.js";

const doc = ({ cover = "2024", toc = "2024", part = "2024", text = "2024" } = {}) => `汝城县自然资源局${cover}年度部门决算
目 录
第一部分 部门概况
第二部分 ${toc}年度部门决算表
第三部分 2024年度部门决算情况说明
第一部分 部门概况
一、部门职责
履行自然资源资产所有者职责。
第二部分 ${part}年度部门决算表
详见附件。
第三部分 2024年度部门决算情况说明
一、收入支出决算总体情况说明
${text}年度收、支总计1,892.47万元。与2023年度相比，收、支总计各减少96.33万元，下降4.84%。截至2024年12月31日，本部门共有车辆3辆。
`;

textRuleTester(rule, {
  valid: [
    { name: "every title says 2024; the text compares with 2023 (not a title)", text: doc() },
    {
      name: "Xinjiang: cover and the performance forms' （2024年度） title lines",
      text: "昌吉回族自治州财政局2024年度部门决算\n第二部分 部门决算情况说明\n十一、预算绩效的情况说明\n本单位2024年度预算绩效管理形成整体支出绩效自评表1个。\n\n\n\t单位整体支出绩效自评表\n\n\t（2024年度）\n\n\t单位名称\n\t昌吉回族自治州财政局\n\n\t年初预算数\n\t全年执行数\n\n\t2,285.54\n\t2,429.10\n",
    },
    { name: "a year far from the report's in a title (a plan period) is not a typo of it", text: doc().replace("一、部门职责", "一、部门职责（2021年度部门决算审计整改）") },
  ],
  invalid: [
    {
      name: "目录 with a digit lost: 202 年度 → error",
      text: doc({ toc: "202" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "truncated", expected: "2024", actual: "202", message: "目录“第二部分 202年度部门决算表”（第4行）中的年份“202年度”不完整，应为 2024" }],
    },
    {
      name: "a part title of another year: 2023年度部门决算表 in a 2024 report → error",
      text: doc({ part: "2023" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "otherYear", expected: "2024", actual: "2023" }],
    },
    {
      name: "the cover is the odd one: the titles' year wins, but which is right is uncertain → warning",
      text: doc({ cover: "2023" }),
      findings: [{ outcome: "fail", severity: "warning", messageId: "otherYear", expected: "2024", actual: "2023" }],
    },
    {
      name: "running text with a digit lost → a warning",
      text: doc({ text: "202" }),
      findings: [{ outcome: "fail", severity: "warning", messageId: "truncated", actual: "202" }],
    },
    {
      name: "a performance form's title line of another year (reader kept it in the grid)",
      text: "昌吉回族自治州财政局2024年度部门决算\n第二部分 部门决算情况说明\n十一、预算绩效的情况说明\n本单位2024年度预算绩效管理形成整体支出绩效自评表1个。\n\n\n\t单位整体支出绩效自评表\n\n\t（2023年度）\n\n\t单位名称\n\t昌吉回族自治州财政局\n\n\t年初预算数\n\t全年执行数\n\n\t2,285.54\n\t2,429.10\n",
      findings: [{ outcome: "fail", severity: "error", messageId: "otherYear", actual: "2023" }],
    },
  ],
});
