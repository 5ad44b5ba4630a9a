import { describe, expect, it } from "vitest";
import { extractForms } from "../../../src/extract/forms/index.js";
import { makeCell, type Block, type Cell, type Doc } from "../../../src/model/document.js";
import { tableBlock } from "../../../src/read/text.js";

const row = (...t: string[]): Cell[] => t.map((x) => makeCell(x));
const table = (rows: Cell[][], caption: string[] = []): Block => ({ ...(tableBlock(rows) as Extract<Block, { type: "table" }>), caption });
const para = (text: string): Block => ({ type: "paragraph", text, loc: {} });
const doc = (...blocks: Block[]): Doc => ({ format: "html", blocks, warnings: [] });

const head = [row("项目名称", "测试项目")];
const fundRows = [
  row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
  row("", "年度资金总额", "100.00", "80.00", "60.00", "10", "75.00%", "7.50"),
  row("", "其中：当年财政拨款", "100.00", "80.00", "60.00", "—", "—", "—"),
];
const indHeader = row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
const indRows = [
  row("产出指标", "数量指标", "培训次数", ">=4次", "3次", "50", "37.5", "一次培训因故取消"),
  row("", "", "", "", "", "", "", ""),
  row("效益指标", "社会效益指标", "满意度", "≥90%", "95%", "40", "40", ""),
];
const total = row("总分", "100", "", "", "", "", "85.00", "");

describe("extractForms layouts", () => {
  it("takes the title from the paragraph before the table and joins a form split by a page break", () => {
    const d = doc(
      para("项目支出绩效自评表"),
      table([...head, ...fundRows, indHeader, indRows[0]]),
      para("— 12 —"),
      table([indRows[2], total]),
    );
    const r = extractForms(d);
    expect(r.forms).toHaveLength(1);
    const f = r.forms[0];
    expect(f).toMatchObject({ kind: "project", project: "测试项目", totalScore: "85.00", totalWeight: "100", blocks: [1, 3] });
    expect(f.indicators.map((i) => i.name)).toEqual(["培训次数", "满意度"]);
    expect(r.blocks).toEqual([0, 1, 3]);
    const sat = r.facts.find((x) => x.concept === "perf.indicator.target" && x.dims.indicator === "满意度");
    expect(sat).toMatchObject({ value: "90", unit: "%", dims: { op: ">=" } });
    expect(sat?.source.block).toBe(3);
    expect(r.facts.find((x) => x.concept === "perf.form.execution_rate")?.value).toBe("75.00");
  });

  it("reads real spans (HTML/DOCX grids): spanned copies are not read twice", () => {
    const span = (text: string, r: number, c: number) => makeCell(text, { spanOf: [r, c] });
    const rows: Cell[][] = [
      [makeCell("项目名称"), makeCell("跨列项目", { colSpan: 3 }), span("跨列项目", 0, 1), span("跨列项目", 0, 1)],
      [makeCell("项目资金（万元）", { rowSpan: 3 }), makeCell("全年预算数"), makeCell("全年执行数"), makeCell("执行率")],
      [span("项目资金（万元）", 1, 0), makeCell("年度资金总额"), makeCell("50.00"), makeCell("50.00")],
      [span("项目资金（万元）", 1, 0), makeCell("其中：财政拨款"), makeCell("50.00"), makeCell("50.00")],
    ];
    // a fund block whose label column is inside the spanned header: the label is the nearest own cell
    rows[1] = [makeCell("项目资金（万元）", { rowSpan: 3 }), makeCell(""), makeCell("年初预算数"), makeCell("全年执行数")];
    const r = extractForms(doc(table(rows, ["项目支出绩效自评表"])));
    expect(r.forms).toHaveLength(1);
    expect(r.forms[0].funds.map((f) => [f.source, f.initial, f.executed])).toEqual([
      ["年度资金总额", "50.00", "50.00"],
      ["财政拨款", "50.00", "50.00"],
    ]);
  });

  it("reads the Sichuan layout: 指标性质 and 度量单位 columns, 权重, 调整后预算数", () => {
    const rows = [
      row("部门预算项目支出绩效自评表"),
      row("项目名称", "川项目"),
      row("预算执行情况", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"),
      row("总额", "20.00", "20.00", "19.00", "95.00%", "10", "9.50"),
      row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"),
      row("产出指标", "数量指标", "覆盖户数", "≥", "200", "户", "210", "90", "90"),
      row("总分", "100", "99.50"),
    ];
    const r = extractForms(doc(table(rows)));
    expect(r.forms).toHaveLength(1);
    const f = r.forms[0];
    expect(f.kind).toBe("project");
    expect(f.funds[0]).toMatchObject({ source: "总额", total: true, initial: "20.00", fullYear: "20.00", executed: "19.00", rate: "95.00", weight: "10", score: "9.50" });
    expect(f.indicators[0]).toMatchObject({ name: "覆盖户数", nature: "≥", unit: "户", target: "200", actual: "210", weight: "90", score: "90" });
    const t = r.facts.find((x) => x.concept === "perf.indicator.target");
    expect(t).toMatchObject({ value: "200", unit: "text", dims: { op: ">=", unit_text: "户" } });
    expect(f.totalScore).toBe("99.50");
  });

  it("does not take an ordinary table for a form", () => {
    const rows = [row("项目", "金额"), row("基本支出", "1,580.21"), row("项目支出", "908.11")];
    expect(extractForms(doc(para("支出决算表"), table(rows))).forms).toHaveLength(0);
  });
});
