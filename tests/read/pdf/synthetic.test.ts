/** samples/pdf/synthetic.pdf (scripts/make-pdf-fixtures.ts): cases the corpus does not cover. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../../src/model/document.js";
import { readPdf } from "../../../src/read/pdf/index.js";
import { bytesOf, row, tableByCaption, tables, texts } from "./helpers.js";

let doc: Doc;
beforeAll(async () => {
  doc = await readPdf(bytesOf("samples/pdf/synthetic.pdf"));
}, 60_000);

describe("synthetic.pdf", () => {
  it("reads a non-embedded CJK font (needs cMaps) and drops running headers and page numbers", () => {
    expect(doc.pages).toBe(5);
    const all = texts(doc);
    expect(all[0]).toBe("一、收入支出决算总体情况说明");
    expect(all.some((t) => t.includes("示例单位2024年度部门决算"))).toBe(false);
    expect(all.some((t) => /^-\s*\d+\s*-$/.test(t))).toBe(false);
  });

  it("joins lines, a number split over two lines and autospacing gaps", () => {
    expect(texts(doc)).toContain(
      "本单位2024年度收入支出总计2,497.29万元，与上年相比增加12.50万元，增长0.50%。本年收入合计2,497.29万元，其中：财政拨款收入2,400.00万元。",
    );
  });

  it("joins a paragraph across a page break when the sentence goes on", () => {
    const p = texts(doc).find((t) => t.startsWith("本年支出合计"));
    expect(p).toBe(
      "本年支出合计2,497.29万元，其中：基本支出1,800.00万元，占72.08%；项目支出697.29万元，占27.92%。基本支出主要用于保障机构正常运转和完成日常工作任务，项目支出主要用于信息化建设等方面。",
    );
  });

  it("borderless table: two-line header joined, blank cells stay in place", () => {
    const t = tableByCaption(doc, /^收入决算表$/);
    expect(t.caption).toEqual(["收入决算表", "单位：万元"]);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目", "本年收入合计", "财政拨款收入", "其他收入"],
      ["合计", "2,497.29", "2,400.00", "97.29"],
      ["一般公共服务支出", "1,200.00", "", "1,200.00"],
      ["教育支出", "1,297.29", "1,297.29", ""],
      ["住房保障支出", "0.00", "", ""],
    ]);
    expect(t.rows[2]![2]!.state).toBe("blank");
    expect(t.rows[1]![1]!.state).toBe("number");
  });

  it("bordered table drawn under a cm transform: spans from missing rules, continued page joined, header dropped", () => {
    const t = tableByCaption(doc, /^支出决算表$/);
    expect(t.loc.page).toBe(2);
    expect(t.rows[0]!.map((c) => c.text)).toEqual(["项目", "合计", "支出", "支出"]);
    expect(t.rows[0]![0]!.rowSpan).toBe(2);
    expect(t.rows[0]![2]!.colSpan).toBe(2);
    expect(t.rows[0]![3]!.spanOf).toEqual([0, 2]);
    expect(t.rows[1]![0]!.spanOf).toEqual([0, 0]);
    expect(t.rows[1]!.slice(2).map((c) => c.text)).toEqual(["基本支出", "项目支出"]);
    expect(row(t, { 0: "教育支出" }).map((c) => c.text)).toEqual(["教育支出", "1,297.29", "800.00", "497.29"]);
    expect(row(t, { 0: "卫生健康支出" }).map((c) => c.state)).toEqual(["text", "number", "blank", "number"]);
    // page 3 rows appended once, without the repeated header
    expect(t.rows.filter((r) => r[0]!.text === "项目" && !r[0]!.spanOf)).toHaveLength(1);
    expect(t.rows).toHaveLength(12);
    const last = t.rows[t.rows.length - 1]!;
    expect(last.map((c) => c.text)).toEqual(["合计", "2,562.29", "1,810.00", "752.29"]);
    expect(last[0]!.page).toBe(3);
    expect(t.loc.bbox![0]).toBeCloseTo(72, 0);
  });

  it("keeps a table that does not continue the previous one, with a warning", () => {
    const small = tables(doc).filter((t) => t.loc.page === 3 || t.loc.page === 4);
    expect(small.map((t) => t.rows[0]!.length)).toEqual([2, 3]);
    expect(small[1]!.rows[1]!.map((c) => c.text)).toEqual(["信息化建设", "135.90", "135.25"]);
    expect(doc.warnings.some((w) => w.page === 4 && /do not agree/.test(w.message))).toBe(true);
  });

  it("reads a /Rotate 90 landscape page upright", () => {
    const t = tableByCaption(doc, /三公/);
    expect(t.loc.page).toBe(5);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目", "合计", "因公出国（境）费", "公务用车", "公务接待费", "备注"],
      ["预算数", "0.95", "", "0.45", "0.50", ""],
    ]);
  });
});
