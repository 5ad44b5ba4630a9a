import { describe, expect, it } from "vitest";
import { extractTables } from "../../../src/extract/tables/index.js";
import { idFromTitle } from "../../../src/extract/tables/recognize.js";
import { docOf, tableBlock } from "./helpers.js";
import { PUTUO_BEFORE, PUTUO_TABLES } from "./fixtures/putuo.js";
import { misses, tableTruth } from "./truth.js";
import type { Doc } from "../../../src/model/document.js";

const TRUTH = "samples/truth/shanghai-putuo-czj-2024.tsv";

describe("recognition by title", () => {
  it.each([
    ["收入支出决算总表", "T1"], ["部门收支决算总表", "T1"], ["收入决算表", "T2"], ["部门收入决算表", "T2"],
    ["支出决算表", "T3"], ["部门支出决算表", "T3"], ["财政拨款收入支出决算总表", "T4"], ["财政拨款收支决算总表", "T4"],
    ["一般公共预算财政拨款支出决算表", "T5"], ["一般公共预算支出决算表", "T5"],
    ["一般公共预算财政拨款基本支出决算表", "T6"], ["一般公共预算财政拨款基本支出决算明细表", "T6"], ["基本支出决算表", "T6"],
    ["财政拨款“三公”经费支出决算表", "T7"], ["一般公共预算财政拨款“三公”经费支出决算表", "T7"], ["“三公”经费及会议费、培训费支出决算表", "T7"],
    ["政府性基金预算财政拨款收入支出决算表", "T8"], ["国有资本经营预算财政拨款收入支出决算表", "T9"], ["国有资本经营预算财政拨款支出决算表", "T9"],
    ["表1 收入支出决算总表", "T1"], ["公开09表 财政拨款“三公”经费支出决算表", "T7"], ["五、一般公共预算财政拨款支出决算表", "T5"],
    ["财政拨款支出决算明细表", "generic"], ["一般公共预算财政拨款项目支出决算表", "generic"],
  ])("%s → %s", (title, id) => expect(idFromTitle(title)).toBe(id));
  it("notes and narrative sentences are not titles", () => {
    expect(idFromTitle("注：本单位无政府性基金预算财政拨款支出，故本表无数据。")).toBeUndefined();
    expect(idFromTitle("二、收入决算情况说明")).toBeUndefined();
    expect(idFromTitle("项目支出绩效自评表")).toBeUndefined();
  });
});

describe("the nine tables of the Putuo report (clean grids)", () => {
  const r = extractTables(docOf(PUTUO_TABLES, PUTUO_BEFORE));
  it("recognises all nine, unit 万元, T8/T9 empty", () => {
    expect(r.tables.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"]);
    expect(r.tables.every((t) => t.unit === "万元")).toBe(true);
    expect(r.tables.filter((t) => t.empty).map((t) => t.id)).toEqual(["T8", "T9"]);
    expect(r.warnings.filter((w) => w.severity === "warning")).toEqual([]);
  });
  it("every table fact of the truth file", () => {
    expect(misses(tableTruth(TRUTH), r.facts)).toEqual([]);
  });
  it("blank cells are 0 with blank:true; facts carry cell sources", () => {
    const f = r.facts.find((x) => x.concept === "table.cell" && x.dims.table === "T5" && x.dims.code === "2010602" && x.dims.column === "基本支出")!;
    expect(f).toMatchObject({ value: "0", blank: true, unit: "万元" });
    expect(f.source.cell).toBeDefined();
    const g = r.facts.find((x) => x.concept === "gpb.expenditure")!;
    expect(g.source).toMatchObject({ text: "2,940.05", start: 0, end: 8, page: 15 });
  });
  it("T1 类 rows get their codes from the names; T6 rows economic codes; domains never mixed", () => {
    const t1 = r.tables.find((t) => t.id === "T1")!;
    expect(t1.rows.find((x) => x.name === "住房保障支出")?.code).toBe("221");
    const t6 = r.tables.find((t) => t.id === "T6")!;
    expect(t6.codeDomain).toBe("economic");
    expect(t6.rows.filter((x) => x.code).every((x) => /^3/.test(x.code!))).toBe(true);
    expect(r.tables.filter((t) => t.codeDomain === "functional").every((t) => t.rows.every((x) => !x.code || /^2/.test(x.code)))).toBe(true);
  });
});

function one(title: string, unit: string, rows: string[][], notes: string[] = []): ReturnType<typeof extractTables> {
  return extractTables(docOf([{ title, unit, rows, notes }]));
}

describe("layout variants", () => {
  it("contiguous codes, 合计 row at the top, unit 元", () => {
    const r = one("一般公共预算财政拨款支出决算表", "单位：元", [
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", "合计", "15000.00", "10000.00", "5000.00"],
      ["2010601", "行政运行", "15000.00", "10000.00", "5000.00"],
    ]);
    const t = r.tables[0];
    expect(t).toMatchObject({ id: "T5", unit: "元" });
    expect(t.rows.map((x) => [x.code, x.name, x.role])).toEqual([[undefined, "合计", "total"], ["2010601", "行政运行", "detail"]]);
    expect(r.facts.find((f) => f.concept === "gpb.expenditure")).toMatchObject({ value: "15000.00", unit: "元" });
  });
  it("code and name in one cell (\"2010601 行政运行\", \"30207邮电费\")", () => {
    const r = one("一般公共预算财政拨款基本支出决算表", "单位：万元", [
      ["科目编码及名称", "决算数", "科目编码及名称", "决算数"],
      ["301 工资福利支出", "10.00", "302 商品和服务支出", "2.00"],
      ["30101基本工资", "10.00", "30207邮电费", "2.00"],
      ["人员经费合计", "10.00", "公用经费合计", "2.00"],
    ]);
    const t = r.tables[0];
    expect(t.rows.map((x) => x.code ?? x.name)).toEqual(["301", "30101", "人员经费合计", "302", "30207", "公用经费合计"]);
    expect(r.facts.find((f) => f.concept === "basic.public")?.value).toBe("2.00");
  });
  it("numbers printed above their row and names wrapped over lines are merged into their row", () => {
    const r = one("支出决算表", "单位：万元", [
      ["项目", "项目", "项目", "项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
      ["", "", "", "", "", "2,336.91", "603.14", "", "", ""],
      ["", "", "", "", "2,940.05", "", "", "", "", ""],
      ["类", "款", "项", "合计", "", "", "", "", "", ""],
      ["208", "05", "05", "", "160.75", "160.75", "", "", "", ""],
      ["", "", "", "机关事业单位基本养老保险", "", "", "", "", "", ""],
      ["", "", "", "缴费支出", "", "", "", "", "", ""],
      ["", "", "", "", "", "1,503.52", "", "", "", ""],
      ["201", "06", "01", "行政运行", "1,511.89", "", "8.37", "", "", ""],
    ]);
    const t = r.tables[0];
    expect(t.rows.map((x) => [x.code ?? x.name, x.values["本年支出合计"].value, x.values["基本支出"].value])).toEqual([
      ["合计", "2940.05", "2336.91"],
      ["2080505", "160.75", "160.75"],
      ["2010601", "1511.89", "1503.52"],
    ]);
    expect(t.rows[1].name).toBe("机关事业单位基本养老保险缴费支出");
  });
  it("text cells (—, XX) give no amount fact; placeholders are not zeros", () => {
    const r = one("一般公共预算财政拨款支出决算表", "单位：万元", [
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["205", "教育支出", "XX", "—", ""],
      ["合计", "合计", "XX", "XX", "XX"],
    ]);
    const cells = r.facts.filter((f) => f.concept === "table.cell");
    expect(cells.map((f) => `${f.dims.code ?? f.dims.row}:${f.dims.column}:${f.value}:${f.blank ?? false}`)).toEqual(["205:项目支出:0:true"]);
  });
  it("an empty table stated as such (空表说明) is empty, its concepts 0 with empty:true", () => {
    const r = one("政府性基金预算财政拨款收入支出决算表", "单位：万元", [
      ["项目", "项目", "年初结转和结余", "本年收入", "本年支出", "本年支出", "本年支出", "年末结转和结余"],
      ["功能分类科目编码", "科目名称", "年初结转和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转和结余"],
      ["合计", "合计", "", "", "", "", "", ""],
    ], ["说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"]);
    expect(r.tables[0]).toMatchObject({ id: "T8", empty: true });
    expect(r.facts.filter((f) => f.concept.startsWith("govfund.")).map((f) => [f.concept, f.value, f.empty])).toEqual(expect.arrayContaining([
      ["govfund.income", "0", true], ["govfund.expenditure", "0", true], ["govfund.carryover_end", "0", true],
    ]));
  });
  it("an unknown 决算表 is kept as generic with a warning", () => {
    const r = one("财政拨款支出决算明细表", "单位：万元", [
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
      ["2010601", "行政运行", "10.00", "8.00", "2.00"],
    ]);
    expect(r.tables[0].id).toBe("generic");
    expect(r.warnings.some((w) => /未知的决算表/.test(w.message))).toBe(true);
    expect(r.facts[0].dims).toMatchObject({ table: "generic", title: "财政拨款支出决算明细表", code: "2010601" });
  });
  it("a table continued on the next page (grid without title) is joined", () => {
    const doc: Doc = docOf([{ title: "一般公共预算财政拨款支出决算表", unit: "单位：万元", rows: [
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["201", "一般公共服务支出", "10.00", "10.00", ""],
    ] }]);
    doc.blocks.push({ type: "paragraph", text: "- 15 -", loc: {} });
    doc.blocks.push(tableBlock([["221", "住房保障支出", "5.00", "5.00", ""], ["合计", "合计", "15.00", "15.00", ""]]));
    const r = extractTables(doc);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].rows.map((x) => x.code ?? x.name)).toEqual(["201", "221", "合计"]);
    expect(r.blocks).toEqual([2, 4]);
    expect(r.facts.find((f) => f.concept === "gpb.expenditure")?.source.block).toBe(4);
  });
  it("T7 with items as rows (预算数 | 决算数 columns)", () => {
    const r = one("财政拨款“三公”经费支出决算表", "单位：万元", [
      ["项目", "预算数", "决算数"],
      ["合计", "3.00", "2.50"],
      ["因公出国（境）费", "", ""],
      ["公务用车购置及运行维护费", "2.00", "1.80"],
      ["其中：公务用车购置费", "", ""],
      ["公务用车运行维护费", "2.00", "1.80"],
      ["公务接待费", "1.00", "0.70"],
    ]);
    const got = Object.fromEntries(r.facts.filter((f) => f.concept.startsWith("sangong")).map((f) => [f.concept, f.value]));
    expect(got).toMatchObject({ "sangong.total": "2.50", "sangong.budget.total": "3.00", "sangong.vehicle.operation": "1.80", "sangong.reception": "0.70", "sangong.abroad": "0" });
  });
});
