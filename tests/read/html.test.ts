import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/model/document.js";
import { readHtmlString } from "../../src/read/html.js";
import { labelled, ownerCellMismatches, sample, tables, txtBody, txtTables } from "./helpers.js";

const grid = (html: string) => {
  const t = tables(readHtmlString(html).blocks);
  expect(t).toHaveLength(1);
  return t[0].rows;
};
/** Compact view: text, "^r,c" for covered positions, "(rs x cs)" for spanning owners. */
const view = (rows: Cell[][]) =>
  rows.map((r) =>
    r.map((c) => (c.spanOf ? `^${c.spanOf.join(",")}` : c.rowSpan > 1 || c.colSpan > 1 ? `${c.text}(${c.rowSpan}x${c.colSpan})` : c.text)),
  );

describe("html table grid", () => {
  it("expands a rowspan", () => {
    const rows = grid("<table><tr><td rowspan=2>A</td><td>B</td></tr><tr><td>C</td></tr></table>");
    expect(view(rows)).toEqual([
      ["A(2x1)", "B"],
      ["^0,0", "C"],
    ]);
    expect(rows[1][0].text).toBe("A"); // covered positions repeat the owner's text
    expect(rows[1][0].rowSpan).toBe(1);
  });

  it("expands a 2x2 block and places later cells in the first free column", () => {
    const rows = grid(`<table>
      <tr><td colspan="2" rowspan="2">X</td><td>1</td></tr>
      <tr><td>2</td></tr>
      <tr><td>a</td><td rowspan="1" colspan="1">b</td><td>c</td></tr></table>`);
    expect(view(rows)).toEqual([
      ["X(2x2)", "^0,0", "1"],
      ["^0,0", "^0,0", "2"],
      ["a", "b", "c"],
    ]);
    expect(rows[0][2].state).toBe("number");
    expect(rows[2][0].state).toBe("text");
  });

  it("a rowspan in the middle column shifts the next row's cells right", () => {
    const rows = grid("<table><tr><td>a</td><td rowspan=3>M</td><td>b</td></tr><tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>");
    expect(view(rows)).toEqual([
      ["a", "M(3x1)", "b"],
      ["c", "^0,1", "d"],
      ["e", "^0,1", "f"],
    ]);
  });

  it("clips a rowspan past the table end and pads ragged rows with blanks", () => {
    const rows = grid("<table><tr><td rowspan=5>R</td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>");
    expect(view(rows)).toEqual([
      ["R(2x1)", "x", ""],
      ["^0,0", "y", "z"],
    ]);
    expect(rows[0][2].state).toBe("blank");
  });

  it("joins a cell's paragraphs with newlines, flattens nested tables, reads thead/th and &nbsp;", () => {
    const rows = grid(`<table><thead><tr><th>项目</th><th>金额&nbsp;（万元）</th></tr></thead><tbody>
      <tr><td><p>一般公共</p><p>预算</p></td><td><table><tr><td>1.00</td><td>2.00</td></tr></table></td></tr></tbody></table>`);
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目", "金额 （万元）"],
      ["一般公共\n预算", "1.00\n2.00"],
    ]);
  });

  it("fills caption from short paragraphs right above the table (and keeps them as paragraphs)", () => {
    const doc = readHtmlString(`<p>${"很长的说明文字".repeat(12)}</p><p>收入支出决算总表</p><p>单位：万元</p>
      <table><caption>表1</caption><tr><td>a</td></tr></table>`);
    const t = tables(doc.blocks)[0];
    expect(t.caption).toEqual(["收入支出决算总表", "单位：万元", "表1"]);
    expect(doc.blocks.filter((b) => b.type === "paragraph")).toHaveLength(3);
  });
});

describe("html text blocks", () => {
  it("maps headings, paragraphs and divs; ignores script/style; numbers blocks in loc.line", () => {
    const doc = readHtmlString(`<html><head><title>t</title><style>p{}</style></head><body>
      <h1>报告</h1><h3>小节</h3><script>var x = 1;</script><p>正文</p><div>块<b>文字</b></div><div><p>内层</p></div></body></html>`);
    expect(doc.format).toBe("html");
    expect(doc.blocks.map((b) => [b.type, b.type === "heading" ? b.level : 0, b.type === "table" ? "" : b.text, b.loc.line])).toEqual([
      ["heading", 1, "报告", 1],
      ["heading", 3, "小节", 2],
      ["paragraph", 0, "正文", 3],
      ["paragraph", 0, "块文字", 4],
      ["paragraph", 0, "内层", 5],
    ]);
  });

  it("collapses whitespace but does not put spaces into CJK text wrapped across source lines", () => {
    const doc = readHtmlString("<p>本年收入\n    合计   2,472.32万元</p><p>total   amount\n here</p><p>a&nbsp;&nbsp;b</p><p>全角　空格</p>");
    expect(doc.blocks.map((b) => (b.type === "table" ? "" : b.text))).toEqual(["本年收入合计 2,472.32万元", "total amount here", "a b", "全角　空格"]);
  });

  it("recovers list labels from position, depth, start, type and list-style-type; text stays unlabelled", () => {
    const doc = readHtmlString(`
      <ol><li>甲<ol><li>甲一</li><li>甲二</li></ol></li><li><p>乙</p></li></ol>
      <ol start="3"><li>丙</li><li value="7">丁</li><li>戊</li></ol>
      <ol type="a"><li>x</li></ol>
      <ol style="list-style-type: cjk-ideographic"><li>章</li><li>节</li></ol>
      <ul><li>无序</li></ul>`);
    expect(labelled(doc.blocks).map((l) => `${l.label}${l.text}`)).toEqual([
      "1.甲", "（1）甲一", "（2）甲二", "2.乙", "3.丙", "7.丁", "8.戊", "a.x", "一、章", "二、节",
    ]);
    const ul = doc.blocks.find((b) => b.type === "paragraph" && b.text === "无序");
    expect(ul && ul.type === "paragraph" ? ul.label : "missing").toBeUndefined();
  });
});

describe("html sample (made by scripts/make-html.mjs)", () => {
  const doc = readHtmlString(readFileSync(sample("changji-czj-2024.html"), "utf8"));
  const html = tables(doc.blocks);
  const txt = txtTables();

  it("has as many tables as the txt reader, and every owner cell equals the txt cell at its position", () => {
    expect(html).toHaveLength(txt.length);
    html.forEach((t, i) => {
      const body = txtBody(txt[i]);
      expect(t.rows).toHaveLength(body.length);
      expect(ownerCellMismatches(t.rows, body)).toEqual([]);
    });
  });

  it("keeps hand-picked spans of the first table", () => {
    const t = html[0];
    expect(t.caption).toEqual(["单位整体支出绩效自评表", "（2024年度）"]);
    expect(t.rows[0][1]).toMatchObject({ text: "昌吉回族自治州财政局", colSpan: 7 });
    expect(t.rows[0][7]).toMatchObject({ text: "昌吉回族自治州财政局", spanOf: [0, 1] });
    expect(t.rows[1][0]).toMatchObject({ text: "部门资金（万元）", rowSpan: 5 });
    for (const r of [2, 3, 4, 5]) expect(t.rows[r][0].spanOf).toEqual([1, 0]);
    expect(t.rows[2][6]).toMatchObject({ text: "89.53%", state: "number" });
    expect(t.rows.every((r) => r.length === 8)).toBe(true);
  });

  it("recovers the <ol> labels of the first numbered list without putting them in the text", () => {
    const items = labelled(doc.blocks);
    expect(items.map((l) => l.label)).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 1}.`));
    expect(items.every((l) => !/^\d/.test(l.text))).toBe(true);
  });
});
