import { describe, expect, it } from "vitest";
import { readTextString } from "../../src/read/text.js";
import { flatten, segment } from "../../src/segment/index.js";
import { readDocument } from "../../src/read/index.js";

const kinds = (text: string) => flatten(segment(readTextString(text)).sections).filter((s) => s.kind !== "table").map((s) => s.kind);

describe("segment", () => {
  it("Xinjiang order: 概况 / 情况说明 (一…十二) / 名词解释 / 报表", async () => {
    const { doc } = await readDocument({ path: "samples/changji-czj-2024.txt" });
    const o = segment(doc);
    const parts = o.sections.map((s) => s.kind);
    expect(parts).toEqual(["profile-part", "explanation-part", "glossary-part", "tables-part"]);
    const explanation = o.sections[1].children.map((s) => s.kind);
    expect(explanation).toEqual(["overview", "income", "expenditure", "fiscal", "gpb", "basic", "govfund", "soe", "sangong", "other-matters", "performance", "other-matters"]);
    expect(o.sections[1].children[4].children.map((s) => s.kind)).toEqual(["gpb-overall", "gpb-structure", "gpb-items"]);
    expect(o.title?.text).toBe("昌吉回族自治州财政局2024年度部门决算");
  });
  it("Shanghai order with a table of contents: tables part before the explanation, TOC skipped", () => {
    const text = [
      "XX局", "2024年度部门决算", "目 录", "第一部分 XX局概况", "第二部分 XX局2024年度部门决算表", "第三部分 XX局2024年度部门决算情况说明", "第四部分 名词解释",
      "第一部分 XX局概况", "一、主要职能", "（一）贯彻执行国家法律。", "二、部门决算单位构成",
      "第二部分 XX局2024年度部门决算表", "一、收入支出决算总表", "二、收入决算表",
      "第三部分 XX局2024年度部门决算情况说明", "一、收入支出决算总体情况说明", "XX局2024年度收入支出总计100.00万元。",
      "七、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明。", "（二）“三公”经费财政拨款支出决算具体情况说明。",
      "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况说明",
      "第四部分 名词解释", "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。", "二、事业收入：指事业单位开展专业业务活动取得的收入。",
    ].join("\n");
    const o = segment(readTextString(text));
    expect(o.sections.map((s) => s.kind)).toEqual(["profile-part", "tables-part", "explanation-part", "glossary-part"]);
    expect(o.sections[0].children.map((s) => s.kind)).toEqual(["functions", "organisation"]);
    expect(o.sections[1].children.map((s) => s.kind)).toEqual(["table", "table"]);
    expect(o.sections[2].children.map((s) => s.kind)).toEqual(["overview", "sangong", "other-matters"]);
    expect(o.sections[2].children[1].children.map((s) => s.kind)).toEqual(["sangong-overall", "sangong-detail"]);
    expect(o.sections[2].children[2].children.map((s) => s.kind)).toEqual(["operating-costs", "procurement", "assets"]);
    expect(o.sections[3].children).toEqual([]); // glossary terms are not sections
    expect(o.toc.size).toBe(5);
  });
  it("Sichuan-style: unnumbered-part layout with 二、情况说明 holding 一…十 and tables at the end", () => {
    const text = [
      "一、单位概况", "（一）主要职能", "二、部门决算情况说明", "一、收入支出决算总体情况说明", "二、收入决算情况说明", "十、其他重要事项的情况说明",
      "三、名词解释", "四、附件", "五、附表", "一、收入支出决算总表", "五、财政拨款支出决算明细表",
    ].join("\n");
    expect(kinds(text)).toEqual(["profile-part", "functions", "explanation-part", "overview", "income", "other-matters", "glossary-part", "appendix-part", "tables-part"]);
    const o = segment(readTextString(text));
    expect(o.sections[4].children.map((s) => [s.kind, s.title])).toEqual([["table", "收入支出决算总表"], ["table", "财政拨款支出决算明细表"]]);
  });
  it("keeps unknown sections and says so", () => {
    const o = segment(readTextString("第二部分 部门决算情况说明\n一、收入支出决算总体情况说明\n二、乡村振兴工作开展情况\n"));
    expect(flatten(o.sections).map((s) => s.kind)).toEqual(["explanation-part", "overview", "unknown"]);
    expect(o.warnings.map((w) => w.message).join()).toMatch(/乡村振兴工作开展情况/);
  });
  it("recognises titles whose numbering came from Word auto-numbering (docx labels)", async () => {
    const { doc } = await readDocument({ path: "samples/changji-czj-2024.docx" });
    const o = segment(doc);
    expect(o.sections[1].children.slice(0, 4).map((s) => [s.label, s.kind])).toEqual([["一、", "overview"], ["二、", "income"], ["三、", "expenditure"], ["四、", "fiscal"]]);
  });
  it("a title glued to its first sentence by a reader still opens its section", () => {
    const text = "第三部分 情况说明\n九、国有资本经营预算财政拨款收入支出决算情况说明国有资本经营预算财政拨款收入0万元，支出0万元。\n十、预算绩效管理情况\n";
    expect(kinds(text)).toEqual(["explanation-part", "soe", "performance"]);
  });
  it("机关运行经费 / 一般性支出 / 政府采购 as top-level sections (Hunan numbering) keep their kinds", () => {
    const text = "第二部分 情况说明\n三、支出决算情况说明\n十、机关运行经费支出情况说明\n十一、一般性支出情况说明\n十二、政府采购支出情况说明\n";
    expect(kinds(text)).toEqual(["explanation-part", "expenditure", "operating-costs", "general-spending", "procurement"]);
  });
});
