/** Building Reports by hand for batch, database and layout tests (no parser needed). */
import type { Report, Section, SectionKind } from "../../src/model/report.js";
import type { TypedTable } from "../../src/model/table.js";
import type { Fact } from "../../src/model/fact.js";
import type { Finding } from "../../src/model/finding.js";

export function sec(kind: SectionKind, title: string, children: Section[] = [], label?: string): Section {
  return { kind, title, level: 1, start: 0, end: 0, children, ...(label ? { label } : {}) };
}

export function table(id: TypedTable["id"], title: string, columns: string[], unit: "万元" | "元" = "万元", rows: TypedTable["rows"] = []): TypedTable {
  return { id, title, unit, block: 0, empty: false, columns, rows, codeDomain: "none" };
}

export interface ReportParts {
  unitName?: string;
  year?: number;
  outline?: Section[];
  tables?: TypedTable[];
  facts?: Fact[];
  findings?: Finding[];
  forms?: ("unit" | "project")[];
  sha256?: string;
  file?: string;
}

export function makeReport(p: ReportParts = {}): Report {
  return {
    juesuan: "0.1.0",
    source: { file: p.file ?? "test.txt", format: "txt", sha256: p.sha256 ?? "0".repeat(64), bytes: 100 },
    unitName: p.unitName ?? "上海市普陀区财政局",
    fiscalYear: p.year ?? 2024,
    kind: "部门决算",
    outline: p.outline ?? [],
    records: { yoy: [], budgets: [], items: [], lists: [], forms: (p.forms ?? []).map((kind, i) => ({ kind, project: `项目${i}`, block: i, funds: [], indicators: [] })) },
    tables: p.tables ?? [],
    facts: p.facts ?? [],
    findings: p.findings ?? [],
    warnings: [],
    summary: { facts: p.facts?.length ?? 0, errors: (p.findings ?? []).filter((f) => f.severity === "error").length, warnings: 0, infos: 0, passed: 0, notApplicable: 0, insufficientData: 0 },
  };
}

const T_COLS = ["项目", "本年收入", "本年支出"];

/** A Shanghai-2024-like report: 概况 / 决算表 / 情况说明 / 名词解释, three typed tables, forms. */
export function shanghaiLike(unit = "上海市普陀区财政局", numbering: "cn" | "arabic" = "cn"): Report {
  const n = (cn: string, ar: string) => (numbering === "cn" ? cn : ar);
  return makeReport({
    unitName: unit,
    outline: [
      sec("title", `${unit}2024年度部门决算`),
      sec("profile-part", `第一部分 ${unit}概况`, [sec("functions", `${n("一、", "1.")}主要职能`), sec("organisation", `${n("二、", "2.")}部门决算单位构成`)]),
      sec("tables-part", `第二部分 ${unit}2024年度部门决算表`),
      sec("explanation-part", `第三部分 ${unit}2024年度部门决算情况说明`, [
        sec("overview", `${n("一、", "1.")}收入支出决算总体情况说明`),
        sec("income", `${n("二、", "2.")}收入决算情况说明`),
        sec("expenditure", `${n("三、", "3.")}支出决算情况说明`),
        sec("gpb", `${n("四、", "4.")}一般公共预算财政拨款支出决算情况说明`, [
          sec("gpb-overall", `${n("（一）", "(1)")}一般公共预算财政拨款支出决算总体情况`),
          sec("gpb-structure", `${n("（二）", "(2)")}一般公共预算财政拨款支出决算结构情况`),
        ]),
        sec("sangong", `${n("五、", "5.")}财政拨款“三公”经费支出决算情况说明`),
        sec("other-matters", `${n("六、", "6.")}其他重要事项的情况说明`),
      ]),
      sec("glossary-part", "第四部分 名词解释"),
    ],
    tables: [
      table("T1", "收入支出决算总表", ["项目", "决算数"]),
      table("T3", "支出决算表", ["项目", "合计", "基本支出", "项目支出"]),
      table("T5", "一般公共预算财政拨款支出决算表", T_COLS),
    ],
    forms: ["unit", "project"],
  });
}

export function clone<T>(x: T): T {
  return structuredClone(x);
}
