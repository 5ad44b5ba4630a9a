/**
 * The university family (高等学校, 西南大学 2023, a real consistent report): 学校概况 / 决算报表 (表1–表4) /
 * 决算报表说明 (one explanation per table, after the tables) / 名词解释. Checked by hand: the right result is
 * 0 errors, four typed tables, and narrative facts from the 说明 part.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import type { Report } from "../../src/model/report.js";
import { flatten } from "../../src/segment/index.js";

let r: Report;
beforeAll(async () => {
  r = await parseReport("samples/chongqing-swu-2023.pdf");
}, 60_000);

const fact = (concept: string, dims: Record<string, string> = {}) =>
  r.facts.find((f) => f.concept === concept && !f.dims.table && Object.entries(dims).every(([k, v]) => f.dims[k] === v));

describe("chongqing-swu-2023.pdf (university family)", () => {
  it("matches the university layout family, whose four tables it prints (core-tables passes)", () => {
    expect(r.layout).toMatchObject({ family: "university-2023" });
    expect(r.findings.filter((f) => f.ruleId === "core-tables").map((f) => f.outcome)).toEqual(["pass"]);
    // its family has four tables: no note that T4…T9 of the nine-table layout were not found
    expect(r.warnings.filter((w) => /未找到 T\d/.test(w.message))).toEqual([]);
  });

  it("0 errors and no warning", () => {
    const bad = r.findings.filter((f) => f.outcome === "fail" && f.severity !== "info").map((f) => `${f.ruleId}: ${f.message}`);
    expect(bad).toEqual([]);
  });
  it("four typed tables, each alone, with every cell as a fact", () => {
    expect(r.tables.map((t) => t.id)).toEqual(["T1", "T2", "T3", "fiscal-expenditure"]);
    for (const t of r.tables) {
      const cells = t.rows.reduce((n, row) => n + Object.values(row.values).filter((c) => c.value !== undefined).length, 0);
      const facts = r.facts.filter((f) => f.concept === "table.cell" && f.dims.table === t.id).length;
      expect(facts, t.id).toBe(cells);
    }
    const t4 = r.tables[3];
    expect(t4.columns).toEqual(["合计", "基本支出", "项目支出", "项目支出/其中：基本建设资金支出"]);
    expect(t4.rows.filter((x) => x.code).length).toBe(22);
    const t2 = r.tables[1];
    expect(t2.columnDefs?.find((d) => d.name === "事业收入/其中：教育收费")?.partOf).toBe("事业收入");
  });
  it("the 说明 part is narrative: parts and sections by title, explanation after the tables", () => {
    const kinds = flatten(r.outline).filter((s) => s.kind !== "table").map((s) => s.kind);
    expect(kinds).toEqual(["profile-part", "functions", "organisation", "tables-part", "explanation-part", "overview", "income", "expenditure", "fiscal-expenditure", "glossary-part"]);
  });
  it("narrative facts from each table's explanation", () => {
    // “收入总计 430,725.03” is the year's own income here (T1 本年收入合计), settled against the table
    expect(fact("overview.income.current_year")?.value).toBe("430725.03");
    expect(fact("overview.income.yoy.change")?.value).toBe("-23616.80");
    expect(fact("overview.expenditure.yoy.rate")?.value).toBe("13.52");
    expect(fact("income.fiscal_appropriation.share")?.value).toBe("56.42");
    expect(fact("expenditure.basic.share")?.value).toBe("78.61");
    expect(fact("expenditure.class.share", { code: "205" })?.value).toBe("92.92");
    expect(fact("fiscal.expenditure.basic.share")?.value).toBe("83.94");
    expect(fact("fiscal.item.amount", { code: "2050202" })?.value).toBe("7970.38");
    expect(fact("fiscal.item.yoy.rate", { code: "2050699" })?.value).toBe("-4.50");
    expect(r.facts.filter((f) => !f.dims.table && f.section === "fiscal-expenditure").length).toBeGreaterThanOrEqual(29);
  });
  it("narrative and tables agree where both state a figure (the checks ran)", () => {
    const passed = r.findings.filter((f) => f.ruleId === "table-narrative" && f.outcome === "pass");
    expect(passed.length).toBeGreaterThanOrEqual(25);
  });
});
