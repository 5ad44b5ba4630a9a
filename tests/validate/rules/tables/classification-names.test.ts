/**
 * classification-names: the test table (valid / invalid cases, ESLint RuleTester style) on small typed tables and
 * narrative facts, then real documents: the corpus reports must get no warning, edited copies must.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Fact } from "../../../../src/model/fact.js";
import type { Finding } from "../../../../src/model/finding.js";
import type { TypedTable } from "../../../../src/model/table.js";
import { FactIndex, runRule } from "../../../../src/validate/rule.js";
import rule from "../../../../src/validate/rules/tables/classification-names.js";
import { parseReport } from "../../../../src/index.js";
import { table } from "./helpers.js";
import { extractTables } from "../../../../src/extract/tables/index.js";
import { docOf } from "../../../extract/tables/helpers.js";
import { PUTUO_BEFORE, PUTUO_TABLES } from "../../../extract/tables/fixtures/putuo.js";

type Row = [code: string, name: string];
const COLS = ["合计", "基本支出", "项目支出"];
const T = (id: TypedTable["id"], rows: Row[], year: number | null = 2024): TypedTable =>
  table(id, COLS, rows.map(([code, name]) => ({ code, name, v: ["1.00", "1.00", ""] })), year === null ? {} : { year });
const T6 = (rows: Row[], year = 2024): TypedTable =>
  table("T6", ["决算数"], rows.map(([code, name]) => ({ code, name, v: ["1.00"] })), { year, codeDomain: "economic" });
const path = (code: string, name: string, page = 20): Fact => ({
  concept: code.length === 3 ? "gpb.class.amount" : "gpb.item.amount", value: "1.00", unit: "万元", dims: { code, name },
  source: { block: 7, start: 0, end: 4, page, text: "1.00" }, evidence: "statement",
});

interface Case {
  name: string;
  tables?: TypedTable[];
  facts?: Fact[];
  year?: number;
}
interface InvalidCase extends Case {
  findings: Partial<Finding>[];
}

function run(c: Case): Finding[] {
  return runRule(rule, { facts: new FactIndex(c.facts ?? []), tables: c.tables ?? [], records: {} as never, ...(c.year ? { meta: { fiscalYear: c.year } } : {}) });
}
const failing = (fs: Finding[]) => fs.filter((f) => f.outcome === "fail");

const valid: Case[] = [
  { name: "standard names in T3 (2024)", tables: [T("T3", [["201", "一般公共服务支出"], ["20106", "财政事务"], ["2010601", "行政运行"], ["2080505", "机关事业单位基本养老保险缴费支出"]])] },
  { name: "printed variations: spaces, brackets, a name cut at the cell end, 其他… abbreviated, enumeration", tables: [T("T5", [["2010601", "行 政 运 行"], ["2080505", "机关事业单位基本养老保险"], ["2080599", "其他支出"], ["221", "一、住房保障支出"]])] },
  { name: "T6 economic names, 费/费用 and half-width brackets", tables: [T6([["30212", "因公出国(境)费"], ["30213", "维修（护）费"], ["303", "对个人和家庭补助"], ["31011", "地上附着物和青苗补偿"]])] },
  { name: "a row whose name is its code (extraction artefact) is skipped", tables: [T("T3", [["205", "205"], ["20502", "20502"]])] },
  { name: "T1/T4 codes are resolved from their names: not compared", tables: [table("T1", ["决算数"], [{ code: "210", name: "医疗卫生与计划生育支出", side: "expenditure", v: ["1.00"] }], { year: 2024 })] },
  { name: "narrative path, class name without 支出", facts: [path("2080505", "社会保障和就业/行政事业单位养老支出/机关事业单位基本养老保险缴费支出")], year: 2024 },
  { name: "a 2023 university table", tables: [T("T2", [["205", "教育支出"], ["2050205", "高等教育"], ["2296004", "用于教育事业的彩票公益金支出"]], 2023)] },
  { name: "sources disagree on 2111101 (2025): either name passes", tables: [T("T3", [["2111101", "生态环境监测与信息"]], 2025), T("T5", [["2111101", "减排专项支出"]], 2025)] },
  { name: "a 2026 budget-year name", tables: [T("T3", [["2120803", "城市建设支出"], ["2070114", "文化和旅游管理事务"]], 2026)] },
];

const invalid: InvalidCase[] = [
  {
    name: "a different 项 under the code",
    tables: [T("T3", [["2080501", "事业单位离退休"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "行政单位离退休", actual: "事业单位离退休" }],
  },
  {
    name: "the same wrong name in T2, T3 and T5 is one finding with three places",
    tables: [T("T2", [["2101101", "行政单位医疗保险"]]), T("T3", [["2101101", "行政单位医疗保险"]]), T("T5", [["2101101", "行政单位医疗保险"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "行政单位医疗" }],
  },
  {
    name: "a former name of the code (S4's 款 name)",
    tables: [T("T3", [["20805", "行政事业单位离退休"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "行政事业单位养老支出", actual: "行政事业单位离退休" }],
  },
  {
    name: "T6: 30212 printed with another 款's name",
    tables: [T6([["30212", "公务接待费"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "因公出国（境）费用" }],
  },
  {
    name: "T6: 309 printed with 310's name (a qualifier is not a line break)",
    tables: [T6([["309", "资本性支出"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "资本性支出（基本建设）" }],
  },
  {
    name: "a typo",
    tables: [T6([["30211", "差旋费"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "差旅费", actual: "差旋费" }],
  },
  {
    name: "a 类 code the list does not have",
    tables: [T("T3", [["218", "其他专项支出"]])],
    findings: [{ outcome: "fail", severity: "warning", messageId: "codeUnknown" }],
  },
  {
    name: "an old 类 name in the narrative (alias resolved the code)",
    facts: [path("2101101", "医疗卫生与计划生育支出/行政事业单位医疗/行政单位医疗", 22)],
    year: 2024,
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "卫生健康支出", actual: "医疗卫生与计划生育支出" }],
  },
  {
    name: "the adjacent year's list, said so",
    tables: [T6([["30212", "办公费"]], 2023)],
    findings: [{ outcome: "fail", severity: "warning", messageId: "nameMismatch", expected: "因公出国（境）费用" }],
  },
  { name: "a 项 code not in the sourced list: insufficient data", tables: [T("T3", [["2999998", "某某支出"]])], findings: [{ outcome: "insufficient_data", messageId: "unlisted" }] },
  { name: "only a general-knowledge name: insufficient data", tables: [T("T3", [["202", "外事支出"]])], findings: [{ outcome: "insufficient_data", messageId: "unverified" }] },
  { name: "sources disagree, printed name is neither: insufficient data", tables: [T("T3", [["2111101", "大气"]], 2025)], findings: [{ outcome: "insufficient_data", messageId: "conflict" }] },
  { name: "no list for the year", tables: [T("T3", [["2080501", "事业单位离退休"]], 2015)], findings: [{ outcome: "insufficient_data", messageId: "noList" }] },
  { name: "year unknown", tables: [T("T3", [["2080501", "事业单位离退休"]], null)], findings: [{ outcome: "insufficient_data", messageId: "noYear" }] },
];

describe("classification-names: test table", () => {
  it.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_, c) => {
    const fs = run(c);
    expect(failing(fs)).toEqual([]);
    expect(fs.filter((f) => f.outcome === "insufficient_data")).toEqual([]);
    for (const f of fs) expect(f.message).not.toMatch(/\{\{|\?/);
  });
  it.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_, c) => {
    const fs = run(c);
    for (const want of c.findings) expect(fs).toContainEqual(expect.objectContaining(want));
    const wantFail = c.findings.filter((w) => w.outcome === "fail").length;
    expect(failing(fs)).toHaveLength(wantFail);
    for (const f of fs) {
      expect(f.message).not.toMatch(/\{\{|？|\?/);
      if (f.outcome === "fail") expect(f.places.length).toBeGreaterThan(0);
    }
  });
  it("messages quote the printed name, the standard name and the place", () => {
    const [f] = failing(run(invalid[1]));
    expect(f.message).toBe("T2、T3、T5：科目 2101101 印为“行政单位医疗保险”，2024 年支出功能分类科目中该编码的名称为“行政单位医疗”");
    expect(f.places).toHaveLength(3);
    expect(f.places[0].text).toBe("2101101 行政单位医疗保险");
    const [n] = failing(run(invalid[7]));
    expect(n.message).toMatch(/^正文（第 22 页）：科目 210 印为“医疗卫生与计划生育支出”.*“卫生健康支出”（“医疗卫生与计划生育支出”是该编码在其他年度或其他文件中的名称）$/);
    expect(n.places[0].text).toBe("医疗卫生与计划生育支出");
    const [a] = failing(run(invalid[8]));
    expect(a.message).toContain("按相邻的 2024 年科目表核对");
  });
});

describe("classification-names through table extraction (the Shanghai report's nine tables as grids)", () => {
  const check = (edit: (text: string, table: string) => string) => {
    const specs = PUTUO_TABLES.map((t) => ({ ...t, rows: t.rows.map((r) => r.map((c) => edit(c, t.title ?? ""))) }));
    const { tables } = extractTables(docOf(specs, PUTUO_BEFORE));
    return runRule(rule, { facts: new FactIndex([]), tables, records: {} as never });
  };
  it("the unedited tables: every coded row agrees with the 2024 list", () => {
    const fs = check((c) => c);
    expect(fs.filter((f) => f.outcome !== "pass")).toEqual([]);
    expect(fs.map((f) => f.message)).toContain("T6：64 处科目名称与 2024 年部门预算支出经济分类科目一致");
  });
  it("a wrong 项 in T3 and a wrong 款 in T6 are reported with table and page", () => {
    const fs = failing(check((c, title) => (title === "支出决算表" && c === "行政单位离退休" ? "事业单位离退休" : c === "公务接待费" && /基本支出/.test(title) ? "公务招待费" : c)));
    expect(fs.map((f) => f.message).sort()).toEqual([
      "T3（第 10 页）：科目 2080501 印为“事业单位离退休”，2024 年支出功能分类科目中该编码的名称为“行政单位离退休”",
      "T6（第 16 页）：科目 30217 印为“公务招待费”，2024 年部门预算支出经济分类科目中该编码的名称为“公务接待费”",
    ]);
    expect(fs.every((f) => f.severity === "warning" && f.places[0].page !== undefined)).toBe(true);
  });
});

describe("classification-names on real documents", () => {
  const warnings = async (input: string | { bytes: Uint8Array; name: string }) =>
    failing((await parseReport(input as never, { rules: ["classification-names"] })).findings);

  it("the consistent reports get no warning (Xinjiang text, Shanghai PDF, the university PDF)", async () => {
    for (const f of ["samples/changji-czj-2024.txt", "samples/shanghai-putuo-czj-2024.pdf", "samples/chongqing-swu-2023.pdf"]) {
      const r = await parseReport(f, { rules: ["classification-names"] });
      const fs = r.findings.filter((x) => x.ruleId === "classification-names");
      expect(failing(fs), f).toEqual([]);
      expect(fs.filter((x) => x.outcome === "pass").length, f).toBeGreaterThan(0);
    }
  }, 60_000);

  it("edited copies of the Xinjiang text are caught: an old 类 name, an old 款 name", async () => {
    const text = readFileSync("samples/changji-czj-2024.txt", "utf8");
    const edits: [from: string, to: string, code: string][] = [
      ["10.卫生健康支出(类)", "10.医疗卫生与计划生育支出(类)", "210"],
      ["8.社会保障和就业支出(类)行政事业单位养老支出(款)", "8.社会保障和就业支出(类)行政事业单位离退休(款)", "20805"],
    ];
    for (const [from, to, code] of edits) {
      expect(text).toContain(from);
      const fs = await warnings({ bytes: new TextEncoder().encode(text.replace(from, to)), name: "edited.txt" });
      expect(fs.map((f) => f.message).join("\n")).toContain(`科目 ${code} 印为`);
      expect(fs).toHaveLength(1);
    }
  }, 60_000);
});
