/** juesuan's own measuring (src/eval): facts vs truth, findings vs a golden set, coverage, mutants. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "../../src/index.js";
import type { Fact } from "../../src/model/fact.js";
import type { Finding } from "../../src/model/finding.js";
import {
  bump, formatCoverage, formatFactScore, formatFindingScore, mutationSites, parseExpected, parseTruth, readExpected, readTruth,
  runMutations, scoreCoverage, scoreFacts, scoreFindings,
} from "../../src/eval/index.js";

const fact = (concept: string, value: string, dims: Record<string, string> = {}): Fact => ({
  concept, value, unit: "万元", dims, source: { block: 0, start: 0, end: 1, text: value }, evidence: "statement",
});

describe("eval facts: the judges' semantics", () => {
  const truth = parseTruth([
    "# comment", "overview.income.grand_total\t2,472.32\t万元\t", "overview.yoy.rate\t-8.24\t%\t", "gpb.item.amount\t184.77\t万元\tcode=2010607",
    "gpb.item.amount\t10.00\t万元\tname=其他一般公共服务支出", "report.unit_name\tX局\ttext\t",
    "# tables", "table.cell\t1.50\t万元\ttable=T1;row=合计", "# extra", "extra.thing\t1\t个\t",
  ].join("\n"));
  it("parses parts (narrative, tables; extra never scored) and dims", () => {
    expect(truth.map((t) => t.part)).toEqual(["narrative", "narrative", "narrative", "narrative", "narrative", "tables"]);
    expect(truth[2].dims).toEqual({ code: "2010607" });
  });
  it.each([
    ["found: separators, trailing zeros and % do not matter", [fact("overview.income.grand_total", "2472.320")], { found: 1, wrong: 0 }],
    ["wrong: the concept is there with another value", [fact("overview.income.grand_total", "2472.33")], { found: 0, wrong: 1 }],
    ["missing: no fact of the concept", [], { found: 0, wrong: 0 }],
    ["a narrative truth fact is never satisfied by a table cell", [fact("overview.income.grand_total", "2472.32", { table: "T1" })], { found: 0, wrong: 0 }],
    ["dims: code, or a name that ends with the wanted one", [fact("gpb.item.amount", "184.77", { code: "2010607" }), fact("gpb.item.amount", "10", { name: "（项）其他一般公共服务支出" })], { found: 2, wrong: 0 }],
    ["signs: -8.24 is not 8.24", [fact("overview.yoy.rate", "8.24")], { found: 0, wrong: 1 }],
  ])("%s", (_what, facts, want) => {
    const s = scoreFacts(truth, facts);
    expect({ found: s.found, wrong: s.wrong }).toEqual(want);
    expect(s.total).toBe(5);
  });
  it("sections: narrative by default, tables, or all with a per-section line", () => {
    const facts = [fact("overview.income.grand_total", "2472.32"), fact("table.cell", "1.5", { table: "T1", row: "合计" })];
    expect(scoreFacts(truth, facts, "tables")).toMatchObject({ found: 1, total: 1 });
    const lines = formatFactScore(scoreFacts(truth, facts, "all"));
    expect(lines).toContain("narrative: 1/5 wrong=0");
    expect(lines[lines.length - 1]).toBe("recall=0.333 found=2 truth=6 wrong=0 facts=2 sourced=1.000 narrative=0.200 tables=1.000");
  });
  it("sourced: the share of facts with a source", () => {
    const s = scoreFacts(truth, [fact("a.b", "1"), { concept: "a.c", value: "2" } as Fact]);
    expect(s.sourced).toBe(0.5);
  });
});

describe("eval facts and coverage give the numbers of the judges' original scripts", () => {
  // The originals stay with the judges in shared/ beside the repository (a worktree sits one level deeper).
  const ORIG = ["../shared/tools", "../../shared/tools"].find((d) => existsSync(`${d}/eval-facts.mjs`) && existsSync(`${d}/coverage.mjs`)) ?? "";
  const has = ORIG !== "";
  const last = (out: string) => out.trim().split("\n").pop()!;
  it.skipIf(!has)("on the corpus report and on a damaged copy of its facts (misses line for line)", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt", { validate: false });
    const damaged = r.facts.filter((_, i) => i % 7 !== 6).map((f, i) => (i % 11 === 10 && /^\d/.test(f.value) ? { ...f, value: "9" + f.value } : f));
    const dir = mkdtempSync(join(tmpdir(), "juesuan-eval-"));
    for (const [name, facts] of [["all", r.facts], ["damaged", damaged]] as const) {
      const file = join(dir, `${name}.ndjson`);
      writeFileSync(file, facts.map((f) => JSON.stringify(f)).join("\n") + "\n");
      for (const section of ["narrative", "all"] as const) {
        const o = spawnSync(process.execPath, [`${ORIG}/eval-facts.mjs`, "samples/truth/changji-czj-2024.tsv", file, "--section", section], { encoding: "utf8" });
        const ours = formatFactScore(scoreFacts(readTruth("samples/truth/changji-czj-2024.tsv"), facts, section));
        const m = /^recall=(\d+)\/(\d+) .* wrong=(\d+) facts=(\d+) sourced=([\d.]+)%$/.exec(last(o.stdout))!;
        expect(ours[ours.length - 1]).toContain(`found=${m[1]} truth=${m[2]} wrong=${m[3]} facts=${m[4]} sourced=${(Number(m[5]) / 100).toFixed(3)}`);
        expect(ours.slice(0, -1).filter((l) => /^(WRONG|MISSING)/.test(l))).toEqual(o.stdout.trim().split("\n").slice(0, -1));
      }
      const c = spawnSync(process.execPath, [`${ORIG}/coverage.mjs`, "samples/changji-czj-2024.txt", file], { encoding: "utf8" });
      const cm = /^covered=(\d+)\/(\d+)/.exec(last(c.stdout))!;
      const ours = scoreCoverage(readFileSync("samples/changji-czj-2024.txt", "utf8"), facts);
      expect([ours.covered, ours.numbers]).toEqual([Number(cm[1]), Number(cm[2])]);
    }
  }, 60_000);
});

describe("eval coverage", () => {
  it("counts numbers with units and bare table cells between the part markers, matched as a multiset", () => {
    const text = ["第一部分", "收入100.00万元", "第二部分", "收入100.00万元，支出100万元，占50%，2024年度，单价3.5万元", "\t7.00", "第三部分", "收入9.00万元"].join("\n");
    const s = scoreCoverage(text, [{ value: "100" }, { value: "-7" }]);
    expect([s.covered, s.numbers]).toEqual([2, 4]);
    expect(formatCoverage(s).pop()).toBe("coverage=0.500 covered=2 numbers=4");
  });
});

describe("eval mutate", () => {
  it("bump adds exactly 0.10 to the amount as printed (its magnitude), with carry, keeping two decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.boolean(), (cents, neg) => {
        const tok = (neg ? "-" : "") + new Decimal(cents.toString()).div(100).toFixed(2);
        expect(new Decimal(bump(tok)).abs().minus(new Decimal(tok).abs()).toFixed(2)).toBe("0.10");
        expect(bump(tok)).toMatch(/^-?\d+\.\d{2}$/);
      }),
    );
    expect(bump("1,234.95")).toBe("1235.05");
  });
  it("sites: two-decimal amounts before 万元 or %, bare cells; not areas or unit prices; only inside the part", () => {
    const text = ["第二部分", "收入1,234.56万元，增长8.24%，面积300.00平方米，单价12.00万元", "\t5.00", "第三部分", "支出9.99万元"].join("\n");
    expect(mutationSites(text).map((s) => s.token)).toEqual(["1,234.56", "8.24", "5.00"]);
  });
  it("counts the mutants the checker notices, and says whether the original was clean", async () => {
    const text = ["第二部分", "收入1.00万元", "支出2.00万元", "第三部分"].join("\n");
    const s = await runMutations(text, async (t) => t.includes("2.10"));
    expect(s).toMatchObject({ baselineErrors: false, sites: 2, mutants: 2, detected: 1 });
  });
});

const finding = (ruleId: string, severity: Finding["severity"], page: number | undefined, message = "", extra: Partial<Finding> = {}): Finding => ({
  ruleId, source: "juesuan", outcome: "fail", severity, messageId: "m", message, facts: [],
  places: [{ block: 0, start: 0, end: 0, text: "", ...(page ? { page } : {}), line: 40 }], ...extra,
});

describe("eval findings: a golden set of expected findings", () => {
  it("reads TSV (header, comments, notes) and JSON; says which line is wrong", () => {
    const e = parseExpected("# golden\nmatch\tpage\tseverity\tnote\nsangong\t18\terror\tP4 两处\n~奖励金\t-\t-\n");
    expect(e).toEqual([
      { match: "sangong", page: "18", severity: "error", note: "P4 两处", line: 3 },
      { match: "~奖励金", line: 4 },
    ]);
    expect(parseExpected('[{"match":"table-*","page":"12-13","severity":"warning"}]')).toEqual([{ match: "table-*", page: "12-13", severity: "warning" }]);
    expect(() => parseExpected("sangong\tp18\terror\n", "g.tsv")).toThrow(/g\.tsv 第1行：位置“p18”/);
    expect(() => parseExpected("sangong\t18\tfatal\n", "g.tsv")).toThrow(/严重程度“fatal”/);
  });
  it.each([
    ["a rule id", "sangong\t-\t-", finding("sangong", "error", 18), true],
    ["another rule", "sangong\t-\t-", finding("table-sangong", "error", 18), false],
    ["a family", "table-*\t-\t-", finding("table-sangong", "error", 18), true],
    ["a keyword in the message", "~奖励金\t-\t-", finding("basic-items-t6", "warning", undefined, "未提及奖励金"), true],
    ["a rule with a keyword in the values", "table-narrative~2961.68\t-\t-", finding("table-narrative", "error", 21, "", { expected: "2961.68" }), true],
    ["a rule with a keyword that is absent", "table-narrative~2961.68\t-\t-", finding("table-narrative", "error", 21, "71.73"), false],
    ["alternatives", "gpb-structure|table-narrative\t-\t-", finding("table-narrative", "error", 21), true],
    ["a page range", "sangong\t17-18\t-", finding("sangong", "error", 18), true],
    ["a page outside", "sangong\t19\t-", finding("sangong", "error", 18), false],
    ["a line of a text report", "sangong\tL40\t-", finding("sangong", "error", undefined), true],
    ["the severity must agree", "sangong\t-\terror", finding("sangong", "warning", 18), false],
  ])("%s", (_what, line, f, hit) => {
    const s = scoreFindings(parseExpected(line), [f]);
    expect(s.tp.length).toBe(hit ? 1 : 0);
    expect(s.fn.length).toBe(hit ? 0 : 1);
    expect(s.fp.length).toBe(hit ? 0 : 1);
  });
  it("one defect explains all its findings; unexplained errors are FP; infos and passes are not scored", () => {
    const e = parseExpected("sangong\t-\terror\tP4\nbudget-rate\t-\terror\tmissed one\n");
    const s = scoreFindings(e, [
      finding("sangong", "error", 18), finding("sangong", "error", 23), finding("gpb-items", "error", 5),
      finding("table-row-sum", "info", 7), { ...finding("overview-totals", undefined, 3), outcome: "pass" },
    ]);
    expect([s.tp.length, s.fp.length, s.fn.length]).toEqual([1, 1, 1]);
    expect(formatFindingScore(s).pop()).toBe("tp=1 fp=1 fn=1 precision=0.500 recall=0.500 f1=0.500");
    expect(scoreFindings(e, [finding("gpb-items", "warning", 5)], ["error"]).fp).toEqual([]);
  });
  it("the Shanghai report's golden set (its truth file's P1–P4, P6, P7): every defect, at its severity, and no false finding", async () => {
    const r = await parseReport("samples/shanghai-putuo-czj-2024.pdf");
    const s = scoreFindings(readExpected("samples/truth/shanghai-putuo-czj-2024.findings.tsv"), r.findings);
    expect(formatFindingScore(s).pop()).toBe("tp=6 fp=0 fn=0 precision=1.000 recall=1.000 f1=1.000");
  }, 60_000);
});
