/** The official template (placeholders "XX"): reads fully, every table is a table block. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../../src/model/document.js";
import { readPdf } from "../../../src/read/pdf/index.js";
import { bytesOf, row, tableByCaption, tables, texts } from "./helpers.js";

let doc: Doc;
beforeAll(async () => {
  doc = await readPdf(bytesOf("samples/shanghai-template-2024.pdf"));
}, 60_000);

describe("shanghai-template-2024.pdf", () => {
  it("reads every page and every table", () => {
    expect(doc.pages).toBe(23);
    const caps = tables(doc).map((t) => t.caption.join(" "));
    for (const t of ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "三公", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"]) {
      expect(caps.some((c) => c.includes(t))).toBe(true);
    }
  });

  it("keeps the table grids (blank amount cells, codes and names in their columns)", () => {
    const t6 = tableByCaption(doc, /^一般公共预算财政拨款基本支出决算表$/);
    expect(row(t6, { 0: "30101" }).map((c) => c.text)).toEqual(["30101", "基本工资", "", "30201", "办公费", ""]);
    const t1 = tableByCaption(doc, /^收入支出决算总表$/);
    expect(row(t1, { 0: "总计" }).map((c) => c.state)).toEqual(["text", "blank", "text", "blank"]);
  });

  it("reads the narrative with its placeholders", () => {
    const all = texts(doc);
    expect(all).toContain("一、收入支出决算总体情况说明");
    expect(all.some((t) => t.startsWith("上海市XX局2024年度收入支出总计XXX万元。"))).toBe(true);
  });
});
