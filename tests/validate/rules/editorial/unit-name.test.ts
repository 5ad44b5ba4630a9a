/** unit-name: the unit's name as the cover states it, in the titles and where the text names the report's unit. */
import { describe, expect, it } from "vitest";
import rule, { splitUnitName } from "../../../../src/validate/rules/editorial/unit-name.js";
import { textRuleTester } from "./text-rule-tester.js";

const sh = (body: string, part1 = "第一部分上海市普陀区财政局概况") => `上海市普陀区财政局2024年度部门决算
${part1}
一、主要职能
上海市普陀区财政局是主管全区财政工作的区政府工作部门。
第三部分上海市普陀区财政局2024年度部门决算情况说明
一、收入支出决算总体情况说明
${body}
`;
const he = (name: string) => `汝城县自然资源和规划局2023年度部门决算
第一部分 部门概况
二、机构设置
${name}为县人民政府工作部门，内设股室11个。
第三部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明
2023年度收、支总计1,892.47万元。
`;

describe("splitUnitName", () => {
  it("splits administrative levels from the organ", () => {
    expect(splitUnitName("上海市普陀区财政局")).toEqual({ admin: ["上海市", "普陀区"], organ: "财政局" });
    expect(splitUnitName("昌吉回族自治州财政局")).toEqual({ admin: ["昌吉回族自治州"], organ: "财政局" });
    expect(splitUnitName("丹江口市市场监督管理局")).toEqual({ admin: ["丹江口市"], organ: "市场监督管理局" });
    expect(splitUnitName("西南大学")).toEqual({ admin: [], organ: "西南大学" });
  });
});

textRuleTester(rule, {
  valid: [
    { name: "Shanghai 2024 (corpus): the full name everywhere", text: sh("上海市普陀区财政局2024年度收入支出总计2995.39万元。") },
    { name: "leading levels dropped (普陀区财政局2024年度…) is an accepted short form", text: sh("普陀区财政局2024年度收入支出总计2995.39万元。") },
    { name: "another unit named in the text (根据上海市财政局要求) is not the report's own name", text: sh("根据上海市财政局要求，收入支出总计2995.39万元。") },
    { name: "a name with 和, written the same everywhere", text: he("汝城县自然资源和规划局") },
  ],
  invalid: [
    {
      name: "the district missing where the text names the report's unit",
      text: sh("上海市财政局2024年度收入支出总计2995.39万元。"),
      findings: [{ outcome: "fail", severity: "warning", messageId: "differs", actual: "上海市财政局", message: "单位名称“上海市财政局”（第7行，共 1 处）与封面“上海市普陀区财政局”不一致：缺少“普陀区”" }],
    },
    {
      name: "the district missing in a part title",
      text: sh("上海市普陀区财政局2024年度收入支出总计2995.39万元。", "第一部分上海市财政局概况"),
      findings: [{ outcome: "fail", messageId: "differs", actual: "上海市财政局" }],
    },
    {
      name: "和 written 与",
      text: he("汝城县自然资源与规划局"),
      findings: [{ outcome: "fail", messageId: "differs", actual: "汝城县自然资源与规划局" }],
    },
  ],
});
