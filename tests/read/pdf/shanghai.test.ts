/**
 * The real Shanghai report (samples/shanghai-putuo-czj-2024.pdf). Expected values come from
 * samples/truth/shanghai-putuo-czj-2024.tsv and were checked by hand against the rendered pages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../../src/model/document.js";
import { readPdf } from "../../../src/read/pdf/index.js";
import { bytesOf, col, row, rowWith, tableByCaption, tables, texts } from "./helpers.js";

let doc: Doc;
beforeAll(async () => {
  doc = await readPdf(bytesOf("samples/shanghai-putuo-czj-2024.pdf"));
}, 60_000);

describe("shanghai-putuo-czj-2024.pdf: text", () => {
  it("counts pages and keeps a location on every block", () => {
    expect(doc.pages).toBe(25);
    for (const b of doc.blocks) {
      expect(b.loc.page).toBeGreaterThanOrEqual(1);
      expect(b.loc.bbox).toHaveLength(4);
    }
  });

  it("reads the narrative paragraphs in order with numbers intact", () => {
    const all = texts(doc);
    const find = (s: string) => all.findIndex((t) => t.includes(s));
    const overview = find("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。");
    const income = find("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；");
    const spend = find("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；");
    // pdftotext -layout scrambles this one ('15.16%；' printed before the 卫生健康 line)
    const structure = find("卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；");
    const completion = find("年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%");
    expect(overview).toBeGreaterThan(0);
    expect(income).toBeGreaterThan(overview);
    expect(spend).toBeGreaterThan(income);
    expect(structure).toBeGreaterThan(spend);
    expect(completion).toBeGreaterThan(structure);
  });

  it("joins wrapped lines of a paragraph, including a line broken before a number", () => {
    const all = texts(doc);
    expect(all).toContainEqual(expect.stringContaining("年初预算为161.62万元，支出决算为160.75万元。"));
    expect(all).toContainEqual(expect.stringContaining("行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。"));
    expect(all).toContainEqual(expect.stringContaining("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"));
    expect(all).toContainEqual(expect.stringContaining("政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。"));
    expect(all).toContainEqual(expect.stringContaining("平均得分99.43分"));
  });

  it("recognises part and section titles", () => {
    const heads = doc.blocks.filter((b) => b.type === "heading").map((b) => b.text);
    expect(heads).toContain("第三部分上海市普陀区财政局2024年度部门决算情况说明");
    expect(heads).toContain("一、收入支出决算总体情况说明");
    expect(heads).toContain("（二）一般公共预算财政拨款支出决算结构情况");
  });
});

describe("shanghai-putuo-czj-2024.pdf: tables", () => {
  it("finds the nine tables (and the unit list) as table blocks with their captions", () => {
    const caps = tables(doc).map((t) => t.caption.join(" "));
    const titles = [
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表",
    ];
    for (const t of titles) expect(caps.some((c) => c.startsWith(t))).toBe(true);
    expect(tables(doc)).toHaveLength(10);
    for (const t of tables(doc).slice(1)) expect(t.caption).toContain("单位：万元");
    // caption text is not repeated as a paragraph
    expect(texts(doc)).not.toContain("单位：万元");
  });

  it("T1 收入支出决算总表: continued page joined, values in their columns, blanks kept", () => {
    const t = tableByCaption(doc, /^收入支出决算总表$/);
    expect(t.rows[0]!.map((c) => c.text)).toEqual(["收入", "收入", "支出", "支出"]);
    expect(t.rows[0]![1]!.spanOf).toEqual([0, 0]);
    expect(row(t, { 0: "一、一般公共预算财政拨款收入" }).map((c) => c.text)).toEqual(["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"]);
    const gov = row(t, { 0: "二、政府性基金预算财政拨款收入" });
    expect(gov[1]!.state).toBe("blank");
    expect(row(t, { 2: "八、社会保障和就业支出" })[3]!.text).toBe("326.71");
    expect(row(t, { 2: "九、卫生健康支出" })[3]!.text).toBe("60.99");
    expect(row(t, { 2: "十九、住房保障支出" })[3]!.text).toBe("445.69");
    expect(row(t, { 0: "八、其他收入" })[1]!.text).toBe("6.20");
    expect(row(t, { 0: "年初结转和结余" }).map((c) => c.text)).toEqual(["年初结转和结余", "49.14", "年末结转和结余", "55.34"]);
    expect(row(t, { 0: "总计" }).map((c) => c.text)).toEqual(["总计", "2,995.39", "总计", "2,995.39"]);
    expect(row(t, { 0: "本年收入合计" })[1]!.text).toBe("2,946.25");
  });

  it("T2 收入决算表: 合计 row by column", () => {
    const t = tableByCaption(doc, /^收入决算表$/);
    const r = rowWith(t, "合计");
    expect(r[col(t, "本年收入合计")]!.text).toBe("2,946.25");
    expect(r[col(t, "财政拨款收入")]!.text).toBe("2,940.05");
    expect(r[col(t, "上级补助收入")]!.state).toBe("blank");
    expect(r[col(t, "其他收入")]!.text).toBe("6.20");
    // rows from the continuation page are appended
    expect(row(t, { 0: "221", 1: "02", 2: "03" })[col(t, "本年收入合计")]!.text).toBe("258.50");
  });

  it("T3 支出决算表: 合计 row by column", () => {
    const t = tableByCaption(doc, /^支出决算表$/);
    const r = rowWith(t, "合计");
    expect(r[col(t, "本年支出合计")]!.text).toBe("2,940.05");
    expect(r[col(t, "基本支出")]!.text).toBe("2,336.91");
    expect(r[col(t, "项目支出")]!.text).toBe("603.14");
    expect(r[col(t, "上缴上级支出")]!.state).toBe("blank");
  });

  it("T4 财政拨款收入支出决算总表", () => {
    const t = tableByCaption(doc, /^财政拨款收入支出决算总表$/);
    const gpb = col(t, "一般公共预算财政拨款");
    const total = col(t, "合计");
    expect(row(t, { 2: "八、社会保障和就业支出" })[total]!.text).toBe("326.71");
    expect(row(t, { 2: "八、社会保障和就业支出" })[gpb]!.text).toBe("326.71");
    expect(row(t, { 2: "十九、住房保障支出" })[gpb]!.text).toBe("445.69");
    const end = row(t, { 2: "年末财政拨款结转和结余" });
    expect(end[gpb]!.text).toBe("21.63");
    expect(end[1]!.text).toBe("21.63"); // 年初财政拨款结转和结余 on the income side
    const sum = row(t, { 0: "总计" });
    expect([sum[1]!.text, sum[total]!.text, sum[gpb]!.text]).toEqual(["2,961.68", "2,961.68", "2,961.68"]);
    expect(sum[col(t, "政府性基金预算财政拨款")]!.state).toBe("blank");
  });

  it("T5 一般公共预算财政拨款支出决算表: item rows and the 合计 row at the bottom", () => {
    const t = tableByCaption(doc, /^一般公共预算财政拨款支出决算表$/);
    const [tot, basic, proj] = [col(t, "合计"), col(t, "基本支出"), col(t, "项目支出")];
    const r1 = row(t, { 0: "201", 1: "06", 2: "01" });
    expect([r1[tot]!.text, r1[basic]!.text, r1[proj]!.text]).toEqual(["1,511.89", "1,503.52", "8.37"]);
    const r2 = row(t, { 0: "201", 1: "06", 2: "02" });
    expect([r2[tot]!.text, r2[basic]!.state, r2[proj]!.text]).toEqual(["10.00", "blank", "10.00"]);
    const r3 = row(t, { 0: "208", 1: "05", 2: "05" });
    expect(r3[3]!.text).toBe("机关事业单位基本养老保险缴费支出");
    expect([r3[tot]!.text, r3[basic]!.text, r3[proj]!.state]).toEqual(["160.75", "160.75", "blank"]);
    const last = t.rows[t.rows.length - 1]!;
    expect(last[0]!.text).toBe("合计");
    expect([last[tot]!.text, last[basic]!.text, last[proj]!.text]).toEqual(["2,940.05", "2,336.91", "603.14"]);
  });

  it("T6 基本支出决算表: two column groups, continued page joined, 合计 footer", () => {
    const t = tableByCaption(doc, /^一般公共预算财政拨款基本支出决算表$/);
    expect(t.rows[0]!).toHaveLength(8);
    expect(row(t, { 0: "301", 1: "" })[3]!.text).toBe("2,082.85");
    expect(row(t, { 4: "302", 5: "" })[7]!.text).toBe("171.07");
    expect(row(t, { 0: "303", 1: "" })[3]!.text).toBe("69.41");
    expect(row(t, { 4: "310", 5: "" })[7]!.text).toBe("13.58"); // page 17
    expect(row(t, { 4: "302", 5: "17" })[7]!.state).toBe("blank"); // 公务接待费
    expect(row(t, { 0: "303", 1: "09" })[3]!.text).toBe("0.31");
    const foot = t.rows[t.rows.length - 1]!;
    expect([foot[0]!.text, foot[3]!.text, foot[4]!.text, foot[7]!.text]).toEqual(["人员经费合计", "2,152.26", "公用经费合计", "184.65"]);
    // no empty sliver row left where the table crosses the page
    expect(t.rows.some((r) => r.every((c) => c.text === ""))).toBe(false);
  });

  it("T7 三公经费: one data row, numbers under their own columns", () => {
    const t = tableByCaption(doc, /三公/);
    expect(t.rows[0]!).toHaveLength(12);
    const data = t.rows[t.rows.length - 1]!;
    expect(data.map((c) => c.text)).toEqual(["0.95", "", "", "", "", "", "", "", "", "", "0.95", ""]);
    expect(t.rows[t.rows.length - 2]!.map((c) => c.text).slice(0, 2)).toEqual(["预算数", "决算数"]);
  });

  it("T8 / T9: empty tables kept, the note follows as a paragraph", () => {
    for (const re of [/^政府性基金预算财政拨款收入支出决算表$/, /^国有资本经营预算财政拨款收入支出决算表$/]) {
      const t = tableByCaption(doc, re);
      const body = t.rows.slice(3);
      expect(body.length).toBeGreaterThan(1);
      for (const r of body) for (const c of r.slice(4)) expect(c.state).toBe("blank");
      const i = doc.blocks.indexOf(t);
      const next = doc.blocks[i + 1]!;
      expect(next.type).toBe("paragraph");
      expect(next.type !== "table" && next.text).toMatch(/故本表无数据/);
    }
  });
});
