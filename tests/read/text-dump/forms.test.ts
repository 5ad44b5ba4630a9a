/**
 * Performance forms (绩效自评表) in text dumps: the head, the fund block and the 总分 row are read where they bind
 * firmly (pdfplumber rows, pdftotext -layout columns), never where a value's column is in doubt; a plain dump keeps
 * its forms as text. Measured on the dumps of samples/lo/changji-czj-2024.lo.pdf (scripts/make-dumps.sh).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Block, TableBlock } from "../../../src/model/document.js";
import { readDumpString } from "../../../src/read/text-dump/index.js";
import { parseReport } from "../../../src/index.js";
import { evalFacts } from "../../helpers/eval.js";

const TRUTH = "samples/truth/changji-czj-2024.tsv";
const dump = (kind: string) => readFileSync(`samples/dumps/changji-czj-2024.${kind}.txt`, "utf8");
const formTables = (bs: Block[]) => bs.filter((b): b is TableBlock => b.type === "table" && (b.caption ?? []).some((c) => /自评表/.test(c)));
const texts = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text).filter(Boolean));
const perf = (facts: { concept: string; value: string; dims: Record<string, string> }[]) =>
  facts.filter((f) => f.concept.startsWith("perf.form.")).map((f) => `${f.concept} ${JSON.stringify(f.dims)} ${f.value}`).sort();

describe("forms in the dumps of the changji report", () => {
  it.each(["layout", "plumber"])("%s: all seven forms read, every truth fact (188/188), the same form facts as the PDF", async (kind) => {
    const r = await parseReport(`samples/dumps/changji-czj-2024.${kind}.txt`);
    expect(evalFacts(TRUTH, r.facts, "all").last).toMatch(/recall=1\.000 found=188 truth=188 wrong=0/);
    expect(r.records.forms.map((f) => f.project)).toEqual(["整体", "会计考试考务工作经费", "债券资金管理及政府债务管理", "机关运行补助经费", "财政业务工作经费", "财政信息化建设经费", "预算绩效全过程管理及咨询"]);
    const pdf = await parseReport("samples/lo/changji-czj-2024.lo.pdf");
    expect(perf(r.facts)).toEqual(perf(pdf.facts));
    expect(perf(r.facts).length).toBe(99);
    // the goals and indicators were not read: a warning per form says so
    expect(r.warnings.filter((w) => /绩效自评表：文本导出只能可靠读出资金/.test(w.message))).toHaveLength(7);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 60_000);

  it("-layout: a wrapped header, a value set a line higher with its % under it, labels wrapped round their values", () => {
    const t = formTables(readDumpString(dump("layout")).blocks)[1]!;
    expect(texts(t)).toEqual([
      ["项目名称", "会计考试考务工作经费"],
      ["主管部门", "昌吉回族自治州财政局", "实施单位", "昌吉回族自治州财政局本级"],
      ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["项目资金（万元）", "年度资金总额", "15.86", "15.86", "9.10", "10", "57.38%", "0.00"],
      ["其中：当年财政拨款", "15.86", "15.86", "9.10", "—", "—", "—"],
      ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
      ["总分", "100", "75.74"],
    ]);
  });

  it("plain pdftotext: the cells of a form are one per line, so forms stay text (163/188) with a warning each", async () => {
    const r = await parseReport("samples/dumps/changji-czj-2024.pdftotext.txt");
    expect(evalFacts(TRUTH, r.facts, "all").last).toMatch(/found=163 truth=188 wrong=0/);
    expect(r.facts.filter((f) => f.concept.startsWith("perf.form."))).toEqual([]);
    expect(r.warnings.filter((w) => /绩效自评表在文本导出中无法可靠还原/.test(w.message)).length).toBeGreaterThanOrEqual(6);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 60_000);
});

/** A pdfplumber-style form, one row per line. */
const PLUMBER = (fundRows: string[], total = "总分 100 75.74分") =>
  [
    "项目支出绩效自评表",
    "(2024年度)",
    "项目名称 会计考试考务工作经费",
    "主管部门 某某局 实施单位 某某局本级",
    "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    ...fundRows,
    "年度总体目标 预期目标 实际完成情况",
    "完成考务工作。 已完成。",
    "一级指标 二级指标 三级指标 权重 目标值 业绩值 完成率 指标得分",
    "产出指标 数量指标 会计考试科目 10 =5门 =5门 100% 10",
    total,
  ].join("\n");
const ROWS = ["年度资金总额 15.86 15.86 9.10 10 57.38% 0.00", "其中：当年财政拨款 15.86 15.86 9.10 — — —", "其他资金 0.00 0.00 0.00 — — —"];

describe("what binds in a form and what does not", () => {
  it("pdfplumber rows: one value per column binds, in order", () => {
    const t = formTables(readDumpString(PLUMBER(ROWS)).blocks);
    expect(t).toHaveLength(1);
    expect(texts(t[0]!).slice(-4)).toEqual([
      ["年度资金总额", "15.86", "15.86", "9.10", "10", "57.38%", "0.00"],
      ["其中：当年财政拨款", "15.86", "15.86", "9.10", "—", "—", "—"],
      ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
      ["总分", "100", "75.74分"],
    ]);
  });

  it.each([
    ["a blank cell (five values for six columns)", ["年度资金总额 15.86 15.86 9.10 10 57.38% 0.00", "其中：当年财政拨款 15.86 9.10 — — —", "其他资金 0.00 0.00 0.00 — — —"]],
    ["a percentage out of the 执行率 column", ["年度资金总额 15.86 15.86 9.10 57.38% 10 0.00", ...ROWS.slice(1)]],
    ["a row with a value too many", ["年度资金总额 15.86 15.86 9.10 10 57.38% 0.00 1", ...ROWS.slice(1)]],
  ])("pdfplumber rows: %s drops the fund block (no form read, no form fact)", async (_, rows) => {
    const text = PLUMBER(rows);
    expect(formTables(readDumpString(text).blocks)).toEqual([]);
    const r = await parseReport(new TextEncoder().encode(text), { requireReport: false });
    expect(r.facts.filter((f) => f.concept.startsWith("perf.form."))).toEqual([]);
  });

  it("pdfplumber rows: a 总分 row that is not one or two values is left out, the funds still bind", () => {
    const t = formTables(readDumpString(PLUMBER(ROWS, "总分 100 75.74分 优")).blocks)[0]!;
    expect(texts(t).some((r) => r[0] === "总分")).toBe(false);
    expect(texts(t).some((r) => r[0] === "其他资金")).toBe(true);
  });

  /** A line with texts at character columns. */
  const at = (...parts: [number, string][]) => parts.reduce((l, [x, t]) => l.padEnd(x) + t, "");
  const LAYOUT = (between: string[]) =>
    [
      "                      项目支出绩效自评表",
      "",
      "项目名称 某某经费",
      "",
      at([11, "年初预算"], [16, "全年预"], [40, "执行"]),
      at([11, "数"], [16, "算数"], [22, "全年执行数"], [30, "分值"], [40, "率"], [46, "得分"]),
      "",
      at([5, "年度资金"]),
      at([10, "15.86"], [18, "15.86"], [24, "9.10"], [30, "10"], [38, "57.38%"], [46, "0.00"]),
      ...between,
      at([5, "年财政拨"], [10, "15.86"], [18, "15.86"], [24, "9.10"], [30, "—"], [40, "—"], [46, "—"]),
      at([5, "款"]),
      "",
      "年度总体 预期目标 实际完成情况",
    ].join("\n");

  it("-layout: a label line strictly nearer one row's values goes with it", () => {
    const t = formTables(readDumpString(LAYOUT(["     总额", "", "     其中：当"])).blocks)[0]!;
    expect(texts(t).slice(-2).map((r) => r[0])).toEqual(["年度资金总额", "其中：当年财政拨款"]);
  });

  it("-layout: a label line as near to two rows' values cannot be placed: no fund block", () => {
    // "总额其中" sits one line below the first row's values and one line above the second's
    const d = readDumpString(LAYOUT(["     总额其中："]));
    expect(formTables(d.blocks)).toEqual([]);
  });

  it("-layout: a header whose fragments do not stand in columns names no columns: no fund block", () => {
    // "率" two columns right of "执行" above it: "执行" and "率" are two columns, neither a fund column
    const header = (x: number) => at([11, "数"], [16, "算数"], [22, "全年执行数"], [30, "分值"], [x, "率"], [46, "得分"]);
    const good = LAYOUT(["", at([5, "其中：当"])]);
    expect(formTables(readDumpString(good).blocks)).toHaveLength(1);
    const d = readDumpString(good.replace(header(40), header(43)));
    expect(formTables(d.blocks)).toEqual([]);
  });

  it("a form title printed but its form unreadable: the count of forms and their sums are insufficient_data, not errors", async () => {
    // the last project form's fund header made unreadable: six project forms stated, five read
    const text = dump("layout");
    const at = text.lastIndexOf("全年预算");
    const bad = text.slice(0, at) + "全年XX" + text.slice(at + 4);
    const r = await parseReport(new TextEncoder().encode(bad.replace(/年初预算/g, (m, i: number) => (i > at - 200 ? "年初XX" : m))), { validate: true });
    expect(r.records.forms.length).toBe(6);
    const f = r.findings.filter((x) => x.ruleId === "perf-narrative-forms");
    expect(f.filter((x) => x.outcome === "fail")).toEqual([]);
    expect(f.filter((x) => x.outcome === "insufficient_data").map((x) => x.message).join("\n")).toMatch(/项目支出绩效自评表个数：缺少 未能读出的 1 张自评表/);
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
  }, 60_000);
});
