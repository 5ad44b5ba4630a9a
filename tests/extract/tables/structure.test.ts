/**
 * Table structure: a title always starts a table (known kind or generic, never appended to the previous one),
 * header trees (a "其中" sub-column is a component of its parent column), "其中" rows are components of the row
 * above and never addends, a continuation printed with other columns is put under the first part's columns.
 */
import { describe, expect, it } from "vitest";
import { extractTables } from "../../../src/extract/tables/index.js";
import { idFromTitle } from "../../../src/extract/tables/recognize.js";
import { validate } from "../../../src/validate/index.js";
import { docOf } from "./helpers.js";

const noRecords = { yoy: [], budgets: [], items: [], forms: [], lists: [] };
const failing = (r: ReturnType<typeof extractTables>) =>
  validate({ facts: r.facts, tables: r.tables, records: noRecords }).filter((f) => f.outcome === "fail");

const T3_ROWS = [
  ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
  ["", "合计", "100.00", "60.00", "40.00"],
  ["205", "教育支出", "100.00", "60.00", "40.00"],
];
const FISCAL_ROWS = [
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "项目支出"],
  ["科目编码", "科目名称", "合计", "基本支出", "小计", "其中：基本建设资金支出"],
  ["", "合计", "80.00", "50.00", "30.00", "10.00"],
  ["205", "教育支出", "80.00", "50.00", "30.00", "10.00"],
];

describe("a title starts a table", () => {
  it("recognises the university family's 财政拨款支出决算表 as its own kind, not T3", () => {
    expect(idFromTitle("表4：高等学校财政拨款支出决算表")).toBe("fiscal-expenditure");
    expect(idFromTitle("表3：高等学校支出决算表")).toBe("T3");
    expect(idFromTitle("表1：高等学校收支决算总表")).toBe("T1");
  });
  it("a table right after another, titled in its caption, is a new table", () => {
    const r = extractTables(docOf([
      { title: "表3：高等学校支出决算表", unit: "单位：万元", rows: T3_ROWS, caption: true },
      { title: "表4：高等学校财政拨款支出决算表", unit: "单位：万元", rows: FISCAL_ROWS, caption: true },
    ]));
    expect(r.tables.map((t) => t.id)).toEqual(["T3", "fiscal-expenditure"]);
    expect(r.tables[0].rows).toHaveLength(2);
  });
  it("an unknown title gives a generic table under its own title, never rows appended to the previous table", () => {
    const r = extractTables(docOf([
      { title: "表3：支出决算表", unit: "单位：万元", rows: T3_ROWS, caption: true },
      { title: "国有资产占用情况表", unit: "单位：万元", rows: [["项目", "数量"], ["车辆", "3"]], caption: true },
    ]));
    expect(r.tables.map((t) => [t.id, t.title])).toEqual([["T3", "表3：支出决算表"], ["generic", "国有资产占用情况表"]]);
    expect(r.tables[0].rows.map((x) => x.name)).toEqual(["合计", "教育支出"]);
  });
  it("the same title repeated on the next page continues the table", () => {
    const r = extractTables(docOf([
      { title: "支出决算表", unit: "单位：万元", rows: T3_ROWS, caption: true },
      { title: "支出决算表（续）", rows: [["206", "科学技术支出", "10.00", "10.00", ""]], caption: true },
    ]));
    expect(r.tables.map((t) => t.id)).toEqual(["T3"]);
    expect(r.tables[0].rows.map((x) => x.code ?? x.name)).toEqual(["合计", "205", "206"]);
  });
});

describe("headers are a tree", () => {
  const T2 = [
    ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入", "事业收入", "其他收入"],
    ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "金额", "其中：教育收费", "其他收入"],
    ["205", "教育支出", "100.00", "60.00", "30.00", "20.00", "10.00"],
    ["", "合计", "100.00", "60.00", "30.00", "20.00", "10.00"],
  ];
  const r = extractTables(docOf([{ title: "收入决算表", unit: "单位：万元", rows: T2 }]));
  const t = r.tables[0];
  it("a 其中 sub-column is a component of its parent; the parent's 金额 column is the parent", () => {
    expect(t.columns).toEqual(["本年收入合计", "财政拨款收入", "事业收入", "事业收入/其中：教育收费", "其他收入"]);
    expect(t.columnDefs?.find((d) => d.name === "事业收入/其中：教育收费")).toMatchObject({ partOf: "事业收入", path: ["事业收入", "其中：教育收费"] });
    expect(t.columnDefs?.find((d) => d.name === "事业收入")).toMatchObject({ by: "keyword", path: ["事业收入", "金额"] });
    expect(r.facts.find((f) => f.concept === "income.business")?.value).toBe("30.00");
  });
  it("the row identity adds the parent column, never its component", () => {
    expect(failing(r)).toEqual([]);
  });
  it("项目支出 › 小计 is 项目支出; 其中 below it is its component", () => {
    const f = extractTables(docOf([{ title: "财政拨款支出决算表", unit: "单位：万元", rows: FISCAL_ROWS }]));
    expect(f.tables[0].columns).toEqual(["合计", "基本支出", "项目支出", "项目支出/其中：基本建设资金支出"]);
    expect(failing(f)).toEqual([]);
  });
});

describe("其中 rows", () => {
  const T1 = [
    ["收入", "收入", "支出", "支出"],
    ["项目", "决算数", "项目", "决算数"],
    ["一、财政拨款收入", "90.00", "一、教育支出", "100.00"],
    ["其中：政府性基金预算财政拨款", "5.00", "", ""],
    ["二、事业收入", "10.00", "", ""],
    ["其中：捐赠收入", "1.00", "", ""],
    ["本年收入合计", "100.00", "本年支出合计", "100.00"],
    ["上年结转和结余", "20.00", "年末结转和结余", "20.00"],
    ["合计", "120.00", "合计", "120.00"],
  ];
  const r = extractTables(docOf([{ title: "表1：收支决算总表", unit: "单位：万元", rows: T1 }]));
  const t = r.tables[0];
  it("are components of the row above, with the concept their name states", () => {
    const gov = t.rows.find((x) => x.name === "政府性基金预算财政拨款")!;
    expect(gov).toMatchObject({ role: "component", parent: "财政拨款收入", label: "其中：政府性基金预算财政拨款", concept: "income.fiscal_appropriation.govfund" });
    expect(t.rows.find((x) => x.name === "捐赠收入")).toMatchObject({ role: "component", parent: "事业收入" });
  });
  it("are never added into the totals; 上年结转和结余 and a bottom 合计 are read as 年初结转和结余 and 总计", () => {
    expect(failing(r)).toEqual([]);
    expect(r.facts.find((f) => f.concept === "overview.income.carryover_begin")?.value).toBe("20.00");
    expect(r.facts.find((f) => f.concept === "overview.income.grand_total")?.value).toBe("120.00");
    expect(r.facts.find((f) => f.concept === "overview.expenditure.grand_total")?.value).toBe("120.00");
  });
  it("a 其中 row added into a total (as a reader that missed the 其中 would) fails the sum", () => {
    const bad = T1.map((row) => row.map((c) => c.replace(/^其中：政府性基金预算财政拨款$/, "三、政府性基金预算财政拨款")));
    const b = extractTables(docOf([{ title: "表1：收支决算总表", unit: "单位：万元", rows: bad }]));
    expect(failing(b).length).toBeGreaterThan(0);
  });
});

describe("a continuation printed with other columns", () => {
  it("puts its columns under the first part's (split 类/款/项 code columns merged on the next page)", () => {
    const first = [
      ["科目编码", "科目编码", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["类", "款", "项", "合计", "80.00", "50.00", "30.00"],
      ["205", "", "", "教育支出", "70.00", "50.00", "20.00"],
      ["20502", "", "", "普通教育", "70.00", "50.00", "20.00"],
    ];
    const next = [
      ["2050202", "小学教育", "70.00", "50.00", "20.00"],
      ["206", "科学技术支出", "10.00", "", "10.00"],
    ];
    const r = extractTables(docOf([
      { title: "财政拨款支出决算表", unit: "单位：万元", rows: first, caption: true },
      { rows: next },
    ]));
    const t = r.tables[0];
    expect(t.rows.map((x) => x.code ?? x.name)).toEqual(["合计", "205", "20502", "2050202", "206"]);
    expect(t.rows.find((x) => x.code === "206")?.values["项目支出"]?.value).toBe("10.00");
    expect(failing(r)).toEqual([]);
  });
});
