/**
 * The batch through the built CLI (worker threads run compiled dist/batch/worker.js), plus query,
 * export and layout. Builds dist first (once per test run, shared with the other CLI tests).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist, ROOT } from "../helpers/dist.js";
import { cli, jsonLines } from "../helpers/cli.js";

const SAMPLE = join(ROOT, "samples/changji-czj-2024.txt");

describe("juesuan batch / query / export / layout (built CLI)", () => {
  let dir: string;
  let inp: string;
  let out: string;
  let db: string;
  beforeAll(async () => {
    await ensureDist();
    dir = mkdtempSync(join(tmpdir(), "juesuan-cli-"));
    inp = join(dir, "in");
    out = join(dir, "out");
    db = join(dir, "r.db");
    mkdirSync(join(inp, "a"), { recursive: true });
    mkdirSync(join(inp, "b"), { recursive: true });
    copyFileSync(SAMPLE, join(inp, "a", "report.txt"));
    writeFileSync(join(inp, "b", "report.txt"), readFileSync(SAMPLE, "utf8") + "\n\n");
    writeFileSync(join(inp, "b", "empty.txt"), "");
    writeFileSync(join(inp, "b", "fake.pdf"), "%PDF-1.4\nnot really a pdf\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("converts with worker threads; bad files are recorded, good ones loaded", () => {
    const r = cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json");
    expect(r.code).toBe(1);
    const lines = jsonLines(r.out);
    const files = lines.filter((l) => l.type === "file");
    expect(files).toHaveLength(4);
    const by = Object.fromEntries(files.map((f) => [String(f.file).slice(inp.length + 1), f]));
    expect(by["a/report.txt"]).toMatchObject({ outcome: "ok", name: "a__report.txt" });
    expect(typeof by["a/report.txt"].layoutScore).toBe("number");
    expect(by["b/report.txt"]).toMatchObject({ outcome: "ok", name: "b__report.txt" });
    expect(by["b/empty.txt"]).toMatchObject({ outcome: "failed", error: { code: "empty" } });
    expect(by["b/fake.pdf"]).toMatchObject({ outcome: "failed", error: { code: "corrupt" } });
    expect((by["a/report.txt"].facts as number) > 100).toBe(true);
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: "summary", outcomes: { ok: 2, failed: 2 }, failuresByCode: { empty: 1, corrupt: 1 } });
    const report = JSON.parse(readFileSync(join(out, "a__report.txt.json"), "utf8"));
    expect(report.unitName).toBe("昌吉回族自治州财政局");
    expect(readFileSync(join(out, "a__report.txt.facts.ndjson"), "utf8").trim().split("\n").length).toBe(report.facts.length);
  });

  it("a rerun skips loaded content; --force reloads without duplicating rows", () => {
    const count = () => JSON.parse(cli("query", "--db", db, "--json", "SELECT (SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM facts) AS facts").out)[0];
    const before = count();
    const again = jsonLines(cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json").out).at(-1)!;
    expect(again.outcomes).toMatchObject({ ok: 0, skipped: 2, failed: 2 });
    const forced = jsonLines(cli("batch", inp, "--out", out, "--db", db, "--jobs", "1", "--json", "--force").out).at(-1)!;
    expect(forced.outcomes).toMatchObject({ ok: 2, skipped: 0, failed: 2 });
    expect(count()).toEqual(before);
    expect(before.reports).toBe(4);
  });

  it("query prints a table; export writes the flat facts CSV", () => {
    const q = cli("query", "--db", db, "SELECT unit, year, status FROM reports WHERE status = 'ok' ORDER BY file");
    expect(q.code).toBe(0);
    expect(q.out).toContain("昌吉回族自治州财政局");
    expect(q.out).toContain("(2 行)");
    expect(cli("query", "--db", db, "DELETE FROM reports").code).toBe(2);
    const csvFile = join(dir, "facts.csv");
    expect(cli("export", "--db", db, "--format", "csv", "--out", csvFile).code).toBe(0);
    const csv = readFileSync(csvFile, "utf8").trim().split("\r\n");
    expect(csv[0]).toBe("report_unit,year,kind,file,sha256,concept,value_text,value_num,unit,amount_wanyuan,dims,dims_key,section,page,block,source_text,blank,empty");
    expect(csv.length).toBeGreaterThan(200);
    expect(csv[1].startsWith("昌吉回族自治州财政局,2024,部门决算,")).toBe(true);
  });

  it("layout names the family; layout diff of a report with itself finds nothing", () => {
    const l = cli("layout", SAMPLE);
    expect(l.out).toMatch(/xinjiang-2024/);
    const d = cli("layout", "diff", SAMPLE, join(out, "b__report.txt.json"), "--json");
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out).deviations).toEqual([]);
  });

  it("usage errors exit 2", () => {
    expect(cli("batch", inp, "--out", out).code).toBe(2);
    expect(cli("batch", inp, "--out", out, "--db", db, "--jobs", "x").code).toBe(2);
    expect(cli("export", "--db", db, "--format", "xml").code).toBe(2);
    expect(cli("batch", inp, "--out", out, "--db", db, "--shard", "3/3").err).toMatch(/--shard 3\/3：i 须在 0 到 n−1 之间/);
    expect(cli("batch", inp, "--out", out, "--db", db, "--max-heap", "10").code).toBe(2);
    expect(cli("db", "merge", db).err).toMatch(/缺少 --into FILE/);
    expect(cli("db", "frob").code).toBe(2);
    expect(cli("db", "merge", db, "--into", db).err).toMatch(/既是来源又是目标/);
  });

  it("export asks for a migration of a version-2 database; db migrate does it", async () => {
    const { default: Database } = await import("better-sqlite3");
    const old = join(dir, "v2.db");
    const d = new Database(old);
    d.exec(readFileSync(join(ROOT, "tests/output/fixtures/schema-v2.sql"), "utf8"));
    d.prepare("INSERT INTO juesuan_meta(key, value) VALUES ('schema_version', '2')").run();
    d.close();
    const e = cli("export", "--db", old, "--format", "csv");
    expect(e.code).toBe(2);
    expect(e.err.trim()).toBe(`juesuan export: 数据库 ${old} 的结构版本为 2，需要升级到 3：运行 juesuan db migrate --db ${old}（或任一写入它的 batch）`);
    expect(cli("query", "--db", old, "SELECT COUNT(*) AS n FROM reports").code).toBe(0); // query reads any version
    const m = cli("db", "migrate", "--db", old);
    expect(m.out.trim()).toBe(`${old}: 结构版本 3`);
    expect(cli("export", "--db", old, "--format", "csv").code).toBe(0);
  });

  it("db check reports counts, a checksum and no problems", () => {
    const r = cli("db", "check", "--db", db);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/报告 4（成功 2，失败 2，当前版本 4）/);
    expect(r.out).toMatch(/校验和 [0-9a-f]{64}/);
    expect(r.out).toContain("一致：没有发现问题");
  });
});
