import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractForms } from "../../../src/extract/forms/index.js";
import { readTextString } from "../../../src/read/text.js";
import { readHtmlString } from "../../../src/read/html.js";
import { Fact } from "../../../src/model/fact.js";
import { PerformanceForm } from "../../../src/model/records.js";

const txt = readFileSync(new URL("../../../samples/changji-czj-2024.txt", import.meta.url), "utf8");
const html = readFileSync(new URL("../../../samples/changji-czj-2024.html", import.meta.url), "utf8");

const PROJECTS = ["整体", "会计考试考务工作经费", "债券资金管理及政府债务管理", "机关运行补助经费", "财政业务工作经费", "财政信息化建设经费", "预算绩效全过程管理及咨询"];

for (const [name, doc] of [["txt", readTextString(txt)], ["html", readHtmlString(html)]] as const) {
  describe(`extractForms on the Changji sample (${name})`, () => {
    const r = extractForms(doc);
    const get = (concept: string, dims: Record<string, string>) =>
      r.facts.filter((f) => f.concept === concept && Object.entries(dims).every(([k, v]) => f.dims[k] === v) && Object.keys(f.dims).length === Object.keys(dims).length);
    const one = (concept: string, dims: Record<string, string>) => {
      const l = get(concept, dims);
      expect(l, `${concept} ${JSON.stringify(dims)}`).toHaveLength(1);
      return l[0];
    };

    it("finds one unit-wide and six project forms, in order", () => {
      expect(r.forms.map((f) => f.project)).toEqual(PROJECTS);
      expect(r.forms.map((f) => f.kind)).toEqual(["unit", "project", "project", "project", "project", "project", "project"]);
      expect(r.warnings).toEqual([]);
      for (const f of r.forms) expect(r.blocks).toContain(f.block);
    });

    it("records and facts satisfy their schemas; every fact has a source with the printed text", () => {
      for (const f of r.forms) PerformanceForm.parse(f);
      for (const f of r.facts) {
        Fact.parse(f);
        expect(f.source.text.length).toBeGreaterThan(0);
        const b = doc.blocks[f.source.block];
        expect(b.type).toBe("table");
        if (b.type === "table" && f.source.cell) {
          const cellText = b.rows[f.source.cell[0]][f.source.cell[1]].text;
          expect(cellText.slice(f.source.start, f.source.end)).toBe(f.source.text);
        }
      }
    });

    it("reads the truth values of the fund block (hand-checked against truth/changji-czj-2024.tsv)", () => {
      const p = { project: "会计考试考务工作经费" };
      expect(one("perf.form.budget.initial", p).value).toBe("15.86");
      expect(one("perf.form.budget.full_year", p).value).toBe("15.86");
      expect(one("perf.form.executed", p).value).toBe("9.10");
      expect(one("perf.form.execution_rate", p).value).toBe("57.38");
      expect(one("perf.form.execution_rate", p).source.text).toBe("57.38%");
      expect(one("perf.form.execution_score", p).value).toBe("0.00");
      expect(one("perf.form.total_score", p).value).toBe("75.74");
      expect(one("perf.form.total_score", p).source.text).toBe("75.74分");
      const m = { project: "机关运行补助经费" };
      expect(one("perf.form.budget.initial", m).value).toBe("262.00");
      expect(one("perf.form.budget.full_year", m).value).toBe("244.72");
      expect(one("perf.form.executed", m).value).toBe("230.24");
      expect(one("perf.form.execution_score", m).value).toBe("8.52");
      expect(one("perf.form.total_score", m).value).toBe("94.36");
      expect(one("perf.form.budget.full_year", { ...m, source: "当年财政拨款" }).value).toBe("173.76");
      expect(one("perf.form.executed", { ...m, source: "其他资金" }).value).toBe("60.02");
    });

    it("reads the unit-wide form: total row 合计 last, the rate printed on the first row belongs to the form", () => {
      const u = { project: "整体" };
      expect(one("perf.form.budget.full_year", u).value).toBe("2789.38");
      expect(one("perf.form.executed", u).value).toBe("2497.29");
      expect(one("perf.form.budget.initial", u).source.text).toBe("2,400.54");
      expect(one("perf.form.execution_rate", u).value).toBe("89.53");
      expect(one("perf.form.execution_score", u).value).toBe("8.95");
      expect(one("perf.form.budget.initial", { ...u, source: "本级资金" }).value).toBe("2285.54");
      const f = r.forms[0];
      expect(f.funds.map((x) => [x.source, !!x.total])).toEqual([["上级资金", false], ["本级资金", false], ["其他资金", false], ["合计", true]]);
      expect(f.execution).toEqual({ weight: "10", rate: "89.53", score: "8.95" });
      expect(f.totalScore).toBeUndefined();
      expect(f.indicators.map((i) => i.weight)).toEqual(["22.5", "22.5", "22.5", "22.5"]);
      expect(f.indicators[3]).toMatchObject({ level1: "履职效能", level2: "质量指标", name: "预决算公开核查覆盖率", target: ">=100%", actual: "100%", score: "22.5" });
      expect(f.goal?.achieved).toMatch(/^2024年我单位全年预算数为2789\.38万元/);
    });

    it("reads indicators by header text: level carry-down, operators, units, completion rates, deviation notes", () => {
      const f = r.forms[1];
      expect(f.indicators).toHaveLength(8);
      const labour = f.indicators.find((i) => i.name === "劳务费");
      expect(labour).toMatchObject({ level1: "成本指标", level2: "经济成本指标", target: "<=10万元", actual: "=7.53万元", weight: "15", score: "5.74", completionRate: "75.3", op: "<=" });
      expect(labour?.deviation).toMatch(/^该项目预算统筹考虑不足/);
      const time = f.indicators.find((i) => i.name === "项目完成时间");
      expect(time).toMatchObject({ level1: "产出指标", level2: "时效指标", target: "2024年12月" });
      const dims = { project: "会计考试考务工作经费", indicator: "劳务费" };
      expect(one("perf.indicator.weight", dims).value).toBe("15");
      expect(one("perf.indicator.score", dims).value).toBe("5.74");
      expect(one("perf.indicator.completion_rate", dims).value).toBe("75.3");
      expect(get("perf.indicator.target", { ...dims, op: "<=" })[0]).toMatchObject({ value: "10", unit: "万元" });
      expect(get("perf.indicator.actual", { ...dims, op: "=" })[0]).toMatchObject({ value: "7.53", unit: "万元" });
      // a date target is not a quantity
      expect(r.facts.filter((x) => x.concept === "perf.indicator.target" && x.dims.indicator === "项目完成时间")).toHaveLength(0);
      // units outside the contract keep the number, with the printed unit in dims
      const subj = r.facts.find((x) => x.concept === "perf.indicator.target" && x.dims.indicator === "会计考试科目");
      expect(subj).toMatchObject({ value: "5", unit: "text", dims: { unit_text: "门", op: "=" } });
      expect(f.totalWeight).toBe("100");
      expect(f.totalScore).toBe("75.74");
    });

    it("binds numbers restated in goal texts and deviation notes (perf.text.value)", () => {
      const t = r.facts.filter((x) => x.concept === "perf.text.value" && x.dims.project === "整体");
      expect(t.map((x) => [x.value, x.unit, x.dims.label])).toEqual([
        ["2789.38", "万元", "2024年我单位全年预算数为"],
        ["2497.29", "万元", "全年部门整体支出"],
        ["89.53", "%", "预算执行率为"],
        ["1589.18", "万元", "其中：基本支出"],
        ["908.11", "万元", "项目支出"],
        ["89.53", "%", "全年预算执行率为"],
      ]);
      const note = r.facts.filter((x) => x.concept === "perf.text.value" && x.dims.part === "偏差说明" && x.dims.project === "财政业务工作经费");
      expect(note.map((x) => [x.value, x.dims.label])).toEqual([["33.45", "该指标目标值"], ["32.73", "业绩值"]]);
    });

    it("sums of the project forms match the narrative (616.11 / 594.15)", () => {
      const sum = (c: string) =>
        r.forms.filter((f) => f.kind === "project").reduce((s, f) => s + Math.round(100 * Number(one(c, { project: f.project }).value)), 0) / 100;
      expect(sum("perf.form.budget.full_year")).toBe(616.11);
      expect(sum("perf.form.executed")).toBe(594.15);
    });
  });
}
