/**
 * The CLI traps found by trying it as a new user would (issue 11), one test each. Every test here failed on the CLI
 * before the fix (run them against another build with JUESUAN_CLI=path/to/dist/cli/main.js).
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js"; // built once per run, rebuilt only when a source is newer
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CLI = resolve(process.env.JUESUAN_CLI ?? "dist/cli/main.js");
const TXT = resolve("samples/changji-czj-2024.txt");
const HTML = resolve("samples/changji-czj-2024.html");
const run = (args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...(opts.input !== undefined ? { input: opts.input } : {}), ...(opts.cwd ? { cwd: opts.cwd } : {}) });
const sh = (cmd: string) => spawnSync("sh", ["-c", cmd], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const CJK = /[\u4e00-\u9fff]/;

let dir: string;
let mutant: string;
let warned: string;
let db: string;

beforeAll(async () => {
  if (!process.env.JUESUAN_CLI) await ensureDist();
  dir = mkdtempSync(join(tmpdir(), "juesuan-traps-"));
  mutant = join(dir, "mutant.txt");
  writeFileSync(mutant, readFileSync(TXT, "utf8").replace("本年收入合计2,472.32万元", "本年收入合计2,472.42万元"));
  // a stated reason that contradicts its direction word: one warning (yoy-direction-reason), no error
  warned = join(dir, "warned.txt");
  writeFileSync(warned, readFileSync(TXT, "utf8").replace("主要原因是：本年增加办公楼维修改造经费", "主要原因是：本年减少办公楼维修改造经费"));
  db = join(dir, "r.db");
  const inp = join(dir, "in");
  mkdirSync(inp);
  copyFileSync(TXT, join(inp, "a.txt"));
  const b = run(["batch", inp, "--out", join(dir, "out"), "--db", db, "--jobs", "0", "--json"]);
  if (b.status !== 0) throw new Error(`batch for the fixture database failed: ${b.stderr}`);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("export --out", () => {
  it("into a missing folder: the folder is created and the file written", () => {
    const out = join(dir, "new", "sub", "facts.csv");
    const r = run(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n").length).toBeGreaterThan(100);
  });
  it("onto a folder: exit 2 and a one-line message naming it", () => {
    const r = run(["export", "--db", db, "--format", "csv", "--out", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`juesuan export: 输出文件 ${dir} 是一个目录，请给出文件名\n`);
  });
  it("facts carry their amount in one unit (万元) next to the unit as printed", () => {
    const out = join(dir, "amount.csv");
    expect(run(["export", "--db", db, "-o", out]).status).toBe(0);
    const [head, ...rows] = readFileSync(out, "utf8").trim().split("\r\n");
    const cols = head!.split(",");
    const at = (name: string) => cols.indexOf(name);
    expect(at("amount_wanyuan")).toBe(at("unit") + 1);
    const money = rows.map((l) => l.split(",")).filter((c) => c[at("unit")] === "万元");
    expect(money.length).toBeGreaterThan(100);
    for (const c of money) expect(c[at("amount_wanyuan")]).toBe(c[at("value_text")]);
  });
});

describe("many files and shell globs", () => {
  it("check A B checks both; the exit code is the worst (1 for an error)", () => {
    const r = run(["check", TXT, mutant]);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^.+: 昌吉回族自治州财政局 2024 部门决算$/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/错误\s+overview-totals/);
  });
  it("a file that cannot be read is named, the others still checked, exit 2", () => {
    const r = run(["check", TXT, join(dir, "nope.txt"), HTML]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`juesuan check: ${join(dir, "nope.txt")}: 无法读取：文件不存在 [io]\n`);
    expect(r.stdout.match(/^.+: 昌吉回族自治州财政局 2024 部门决算$/gm)).toHaveLength(2);
  });
  it("a glob the shell expands: every matching report is checked", () => {
    const r = sh(`"${process.execPath}" "${CLI}" check --format json samples/variants/regional/*.txt`);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { file: string } });
    expect(lines.map((l) => l.source.file)).toEqual(readdir("samples/variants/regional").filter((f) => f.endsWith(".txt")).map((f) => `samples/variants/regional/${f}`));
  });
  it("facts of several files: each line carries its report's id (sha256) and file", () => {
    const r = run(["facts", TXT, HTML]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { report: string; file: string; concept: string });
    expect(new Set(lines.map((l) => l.file))).toEqual(new Set([TXT, HTML]));
    for (const l of lines) expect(l.report).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(lines.map((l) => l.report)).size).toBe(2);
  });
  it("extract of several files: one report JSON per line", () => {
    const r = run(["extract", TXT, HTML]);
    expect(r.status).toBe(0);
    const reports = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { format: string } });
    expect(reports.map((x) => x.source.format)).toEqual(["txt", "html"]);
  });
});

describe("standard input, --help, -o", () => {
  it("- reads the report from standard input", () => {
    const r = run(["check", "-"], { input: readFileSync(HTML) });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^（标准输入）: 昌吉回族自治州财政局 2024 部门决算/);
    const f = run(["facts", "-"], { input: readFileSync(TXT) });
    expect(f.stdout.trim().split("\n").length).toBeGreaterThan(600);
  });
  it.each(["extract", "facts", "check", "review", "batch", "query", "export", "layout"])("%s --help: usage and options on stdout, exit 0", (cmd) => {
    const r = run([cmd, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^用法：juesuan ${cmd} `));
    expect(r.stdout).toMatch(/--help/);
    expect(r.stderr).toBe("");
  });
  it("-o FILE writes the output to the file (check, facts, extract, layout, query), folders created", () => {
    for (const [cmd, extra] of [["check", []], ["facts", []], ["extract", []], ["layout", []]] as [string, string[]][]) {
      const out = join(dir, "o", cmd, "out.txt");
      const r = run([cmd, TXT, "-o", out, ...extra]);
      expect(r.stdout, cmd).toBe("");
      expect(statSync(out).size, cmd).toBeGreaterThan(20);
    }
    const q = join(dir, "o", "query.csv");
    expect(run(["query", "--db", db, "--format", "csv", "-o", q, "SELECT unit FROM reports"]).status).toBe(0);
    expect(readFileSync(q, "utf8")).toBe("unit\r\n昌吉回族自治州财政局\r\n");
  });
});

describe("--max-warnings and --quiet", () => {
  it("--max-warnings N: exit 1 when there are more than N warnings, 0 otherwise", () => {
    expect(run(["check", warned]).status).toBe(0);
    const r = run(["check", warned, "--max-warnings", "0"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`juesuan check: ${warned}: 1 个警告，多于 --max-warnings 0\n`);
    expect(run(["check", warned, "--max-warnings", "1"]).status).toBe(0);
  });
  it("--quiet lists errors only", () => {
    const loud = run(["check", warned]).stdout;
    expect(loud).toMatch(/警告\s+yoy-direction-reason/);
    expect(loud).toMatch(/提示\s+/);
    const quiet = run(["check", warned, "--quiet"]).stdout;
    expect(quiet).not.toMatch(/警告\s+yoy|提示\s+|注意/);
    const errors = run(["check", mutant, "--quiet"]).stdout;
    expect(errors).toMatch(/错误\s+overview-totals/);
    expect(errors).not.toMatch(/^\s+提示/m);
  });
});

describe("messages name the right file, in Chinese, on one line", () => {
  it("layout A nope B blames nope, and still reads A and B", () => {
    const nope = join(dir, "nope.txt");
    const r = run(["layout", TXT, nope, HTML]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`juesuan layout: ${nope}: 无法读取：文件不存在 [io]\n`);
    expect(r.stdout).toContain(TXT);
    expect(r.stdout).toContain(HTML);
  });
  it("a bad --db path blames the database, not the input", () => {
    const r = run(["batch", TXT, "--out", join(dir, "b1"), "--db", dir, "--jobs", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`juesuan batch: 数据库 --db ${dir} 是一个目录，请给出文件名\n`);
    const q = run(["query", "--db", join(dir, "missing.db"), "SELECT 1"]);
    expect(q.status).toBe(2);
    expect(q.stderr).toBe(`juesuan query: 无法打开数据库 ${join(dir, "missing.db")}：不存在 [ENOENT]\n`);
  });
  it("--out onto a file: a clear message, not a raw EEXIST", () => {
    const r = run(["batch", TXT, "--out", TXT, "--db", join(dir, "x.db"), "--jobs", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`juesuan batch: 输出目录 --out ${TXT} 已存在，但不是目录\n`);
  });
  it.each([
    [["frobnicate"]],
    [["check", "--bogus", "x"]],
    [["check"]],
    [["check", TXT, "--format", "xml"]],
    [["check", "samples/bad/not-a-report.txt"]],
    [["check", "samples/bad/empty.txt"]],
    [["query", "SELECT 1"]],
    [["batch", "x"]],
    [["export", "--db"]],
    [["layout", "diff", TXT]],
    [["db", "frob"]],
    [["db", "merge", "a.db"]],
    [["db", "check"]],
    [["batch", "x", "--out", "o", "--db", "d.db", "--shard", "3/3"]],
    [["batch", "x", "--out", "o", "--db", "d.db", "--max-heap", "10"]],
    [["query", "--db", "socket:/nonexistent-juesuan-socket?db=x", "SELECT 1"]],
  ])("%j: one Chinese line on stderr, exit 2", (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(CJK);
    expect(lines[0]).not.toMatch(/\b(cannot|unknown|required|is not|does not|error:|usage:|no file)\b/i);
  });
});

describe("batch skips what it cannot read, and says so", () => {
  it(".doc is read; .xls, .xlsx and .ofd are skipped and counted in the summary", () => {
    const inp = join(dir, "mixed");
    mkdirSync(inp);
    copyFileSync("samples/doc/changji-czj-2024.doc", join(inp, "report.doc"));
    for (const f of ["a.xls", "b.xlsx", "c.ofd"]) writeFileSync(join(inp, f), "x");
    const r = run(["batch", inp, "--out", join(dir, "mixed-out"), "--db", join(dir, "mixed.db"), "--jobs", "0", "--json"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const files = lines.filter((l) => l.type === "file");
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ outcome: "ok" });
    expect(lines.at(-1)).toMatchObject({ type: "summary", unsupported: { total: 3, byExtension: { ".xls": 1, ".xlsx": 1, ".ofd": 1 } } });
    const text = run(["batch", inp, "--out", join(dir, "mixed-out"), "--db", join(dir, "mixed.db"), "--jobs", "0"]);
    expect(text.stdout).toMatch(/跳过不支持的文件 3 个（.*\.xls 1.*）/);
  });
});

describe("one shape, more formats", () => {
  it("layout --json: one JSON object per report, one line each, the same shape for one file and for many", () => {
    const one = run(["layout", TXT, "--json"]).stdout.trim().split("\n");
    const two = run(["layout", TXT, HTML, "--json"]).stdout.trim().split("\n");
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    const keys = (l: string) => Object.keys(JSON.parse(l) as object).sort();
    expect(keys(one[0]!)).toEqual(keys(two[0]!));
    expect(keys(two[1]!)).toEqual(keys(two[0]!));
    expect(JSON.parse(one[0]!)).toMatchObject({ file: TXT, family: "xinjiang-2024" });
  });
  it("query prints CSV and NDJSON", () => {
    const csv = run(["query", "--db", db, "--format", "csv", "SELECT unit, year FROM reports"]);
    expect(csv.stdout).toBe("unit,year\r\n昌吉回族自治州财政局,2024\r\n");
    const nd = run(["query", "--db", db, "--format", "ndjson", "SELECT unit, year FROM reports"]);
    expect(nd.stdout).toBe('{"unit":"昌吉回族自治州财政局","year":2024}\n');
  });
});

function readdir(d: string): string[] {
  return (execFileSync("ls", [d], { encoding: "utf8" }) as string).trim().split("\n").sort();
}
