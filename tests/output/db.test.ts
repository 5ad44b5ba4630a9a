import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { ReportDb } from "../../src/output/db.js";
import type { Fact } from "../../src/model/fact.js";
import type { Finding } from "../../src/model/finding.js";
import { makeReport, table } from "./make-report.js";

const fact = (concept: string, value: string, extra: Partial<Fact> = {}): Fact => ({
  concept, value, unit: "万元", dims: {}, source: { block: 3, start: 5, end: 12, page: 2, text: value }, evidence: "statement", ...extra,
});
const finding: Finding = {
  ruleId: "sum-children", source: "juesuan", outcome: "fail", severity: "error", messageId: "m", message: "合计不等于各项之和",
  expected: "10.00", actual: "11.00", facts: ["expenditure.total"], places: [{ block: 3, start: 5, end: 12, text: "11.00" }],
};

function sample(sha = "a".repeat(64)) {
  return makeReport({
    sha256: sha,
    file: "x/report.txt",
    facts: [
      fact("expenditure.total", "1367.75"),
      fact("sangong.total", "12.30", { dims: { scope: "财政拨款" }, section: "sangong" }),
      fact("table.t3.cell", "0", { blank: true }),
      fact("unit.name", "上海市普陀区财政局", { unit: "text" }),
    ],
    findings: [finding],
    tables: [
      table("T3", "支出决算表", ["合计", "基本支出"], "万元", [
        { code: "201", name: "一般公共服务支出", role: "detail", values: { 合计: { value: "100.00", state: "number", text: "100.00", cell: [3, 1] }, 基本支出: { value: "0", state: "blank", text: "", cell: [3, 2] } } },
      ]),
    ],
  });
}

describe("ReportDb", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "juesuan-db-"));
    file = join(dir, "r.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const count = (table: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it("stores a report, its facts, cells, findings and layout deviations", () => {
    const db = new ReportDb(file);
    const id = db.loadReport({
      file: "x/report.txt", report: sample(), durationMs: 12.4,
      layout: { family: "shanghai-2024", score: 0.9, deviations: [{ kind: "missing-table", what: "T5 一般公共预算财政拨款支出决算表", expected: "一般公共预算财政拨款支出决算表" }] },
    });
    db.close();
    const ro = new Database(file, { readonly: true });
    const rep = ro.prepare("SELECT * FROM reports WHERE id = ?").get(id) as Record<string, unknown>;
    expect(rep).toMatchObject({ file: "x/report.txt", sha256: "a".repeat(64), unit: "上海市普陀区财政局", year: 2024, kind: "部门决算", format: "txt", status: "ok", facts_count: 4, errors_count: 1, layout_family: "shanghai-2024", layout_score: 0.9, layout_deviations_count: 1, duration_ms: 12 });
    const facts = ro.prepare("SELECT concept, value_text, value_num, unit, dims, dims_key, section, block, src_start, src_end, page, source_text, blank FROM facts WHERE report_id = ? ORDER BY seq").all(id) as Record<string, unknown>[];
    expect(facts[0]).toMatchObject({ concept: "expenditure.total", value_text: "1367.75", value_num: 1367.75, unit: "万元", dims: "{}", block: 3, src_start: 5, src_end: 12, page: 2, blank: 0 });
    expect(facts[1]).toMatchObject({ dims: '{"scope":"财政拨款"}', dims_key: "sangong.total{scope=财政拨款}", section: "sangong" });
    expect(facts[2]).toMatchObject({ value_num: 0, blank: 1 });
    expect(facts[3]).toMatchObject({ value_text: "上海市普陀区财政局", value_num: null, unit: "text" });
    const cells = ro.prepare("SELECT table_id, row_label, code, column_label, value_text, value_num, state FROM table_cells ORDER BY column_label").all();
    expect(cells).toEqual([
      { table_id: "T3", row_label: "一般公共服务支出", code: "201", column_label: "合计", value_text: "100.00", value_num: 100, state: "number" },
      { table_id: "T3", row_label: "一般公共服务支出", code: "201", column_label: "基本支出", value_text: "0", value_num: 0, state: "blank" },
    ]);
    const f = ro.prepare("SELECT rule_id, severity, outcome, expected, actual, facts, places FROM findings").get() as Record<string, string>;
    expect(f).toMatchObject({ rule_id: "sum-children", severity: "error", outcome: "fail", expected: "10.00", actual: "11.00" });
    expect(JSON.parse(f.places)[0].text).toBe("11.00");
    expect(ro.prepare("SELECT family, kind, what FROM layout_deviations").all()).toEqual([{ family: "shanghai-2024", kind: "missing-table", what: "T5 一般公共预算财政拨款支出决算表" }]);
    expect(ro.pragma("journal_mode", { simple: true })).toBe("delete"); // at rest one file (WAL while loading)
    ro.close();
  });

  it("loading the same content twice never duplicates rows and keeps the id", () => {
    const db = new ReportDb(file);
    const a = db.loadReport({ file: "a.txt", report: sample() });
    const b = db.loadReport({ file: "copy/a.txt", report: sample() });
    db.loadReport({ file: "b.txt", report: sample("b".repeat(64)) });
    expect(b).toBe(a);
    expect(db.isLoaded("a".repeat(64))).toBe(true);
    db.close();
    expect(count("reports")).toBe(2);
    expect(count("facts")).toBe(8);
    expect(count("table_cells")).toBe(4);
    expect(count("findings")).toBe(2);
  });

  it("records failures; a later success replaces the failure", () => {
    const db = new ReportDb(file);
    db.recordFailure({ file: "gone.pdf", code: "io", message: "cannot read" });
    db.recordFailure({ file: "gone.pdf", code: "io", message: "cannot read" });
    db.recordFailure({ file: "bad.pdf", sha256: "a".repeat(64), code: "corrupt", message: "broken xref" });
    expect(db.isLoaded("a".repeat(64))).toBe(false);
    db.loadReport({ file: "bad.pdf", report: sample() });
    expect(db.isLoaded("a".repeat(64))).toBe(true);
    db.close();
    const ro = new Database(file, { readonly: true });
    expect(ro.prepare("SELECT file, status, error_code FROM reports ORDER BY id").all()).toEqual([
      { file: "gone.pdf", status: "failed", error_code: "io" },
      { file: "bad.pdf", status: "ok", error_code: null },
    ]);
    ro.close();
  });

  it("a database whose writer was killed mid-transaction (hot journal left behind) opens for reading", () => {
    new ReportDb(file).close(); // at rest in rollback-journal mode
    // a writer killed inside a transaction that spilled pages: SQLite must roll the journal back before reading
    const script = `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(file)}); d.pragma("cache_size = 10"); d.exec("BEGIN");
      const s = d.prepare("INSERT INTO juesuan_meta(key, value) VALUES (?, ?)"); for (let i = 0; i < 20000; i++) s.run("k" + i, "x".repeat(200));
      process.kill(process.pid, "SIGKILL");`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: new URL("../../", import.meta.url).pathname });
    expect(r.signal).toBe("SIGKILL");
    expect(existsSync(file + "-journal")).toBe(true);
    // a plain read-only connection cannot (SQLITE_READONLY_ROLLBACK); ours can, and still refuses writes
    const plain = new Database(file, { readonly: true });
    expect(() => plain.prepare("SELECT COUNT(*) FROM juesuan_meta").get()).toThrow(/readonly/);
    plain.close();
    const ro = new ReportDb(file, { readonly: true });
    try {
      expect(ro.all("SELECT COUNT(*) AS n FROM juesuan_meta WHERE key LIKE 'k%'")).toEqual([{ n: 0 }]);
      expect(() => ro.db.prepare("DELETE FROM juesuan_meta").run()).toThrow(/readonly|read-only/i);
    } finally {
      ro.close();
    }
  });

  it("the DDL uses only portable syntax", () => {
    const ddl = readFileSync(new URL("../../schemas/db.sql", import.meta.url), "utf8").replace(/--.*$/gm, "");
    expect(ddl).not.toMatch(/AUTOINCREMENT|WITHOUT ROWID|PRAGMA|STRICT|\bBLOB\b|DATETIME|\bBOOLEAN\b|SERIAL|SEQUENCE|\bREAL\b/i);
    // REAL is 4 bytes in PostgreSQL: numbers are DOUBLE PRECISION (8 bytes on both engines)
    for (const t of ddl.matchAll(/^[ \t]+(\w+)[ \t]+(\w+(?: PRECISION)?)/gm)) expect(["TEXT", "INTEGER", "DOUBLE PRECISION"]).toContain(t[2].toUpperCase());
    expect(ddl).not.toMatch(/^\s+(start|end|column|order|group|current)\s/im);
  });
});

describe("schema versions", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "juesuan-schema-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A database made with an older DDL (committed copies of schemas/db.sql at versions 1 and 2). */
  function oldDb(version: 1 | 2, rows: (db: Database.Database) => void): string {
    const file = join(dir, `v${version}.db`);
    const db = new Database(file);
    db.exec(readFileSync(new URL(`./fixtures/schema-v${version}.sql`, import.meta.url), "utf8"));
    db.prepare("INSERT INTO juesuan_meta(key, value) VALUES ('schema_version', ?)").run(String(version));
    rows(db);
    db.close();
    return file;
  }
  const ins = (db: Database.Database, id: number, file: string, sha: string | null, status: string, at: string) =>
    db.prepare("INSERT INTO reports (id, file, sha256, status, parsed_at, juesuan_version) VALUES (?, ?, ?, ?, ?, '0.1.0')").run(id, file, sha, status, at);

  it("a version-2 database is migrated in place: versions of a path, the id counter", () => {
    const file = oldDb(2, (db) => {
      // the bug version 2 had: an edited file left two ok rows for one path
      ins(db, 1, "a.txt", "1".repeat(64), "ok", "2024-01-01T00:00:00.000Z");
      ins(db, 2, "a.txt", "2".repeat(64), "ok", "2024-02-01T00:00:00.000Z");
      ins(db, 3, "a.txt", "3".repeat(64), "failed", "2024-03-01T00:00:00.000Z");
      ins(db, 4, "b.txt", "4".repeat(64), "ok", "2024-01-01T00:00:00.000Z");
      ins(db, 7, "gone.txt", null, "failed", "2024-01-01T00:00:00.000Z");
      ins(db, 8, "b.txt", null, "failed", "2024-01-01T00:00:00.000Z");
      db.prepare("INSERT INTO facts (report_id, seq, concept, value_text, unit, dims, dims_key, evidence) VALUES (2, 0, 'x', '1', '万元', '{}', 'x', 'statement')").run();
    });
    const db = new ReportDb(file);
    expect(db.schemaVersion()).toBe(3);
    expect(db.all("SELECT id, is_current, superseded_by FROM reports ORDER BY id")).toEqual([
      { id: 1, is_current: 0, superseded_by: 2 },
      { id: 2, is_current: 0, superseded_by: 3 },
      { id: 3, is_current: 1, superseded_by: null },
      { id: 4, is_current: 1, superseded_by: null },
      { id: 7, is_current: 1, superseded_by: null },
      { id: 8, is_current: 0, superseded_by: null },
    ]);
    // new ids continue after the highest one
    expect(db.load({ file: "c.txt", report: sample("c".repeat(64)) }).id).toBe(9);
    db.close();
    // migrating again changes nothing
    const again = new ReportDb(file);
    expect(again.all("SELECT COUNT(*) AS n FROM reports")).toEqual([{ n: 7 }]);
    again.close();
  });

  it("a version-1 database (facts without evidence) is refused with what to do", () => {
    const file = oldDb(1, (db) => ins(db, 1, "a.txt", "1".repeat(64), "ok", "2024-01-01T00:00:00.000Z"));
    expect(() => new ReportDb(file)).toThrow(/结构版本为 1.*无法自动升级.*新的数据库文件/);
    // main relabelled version-1 databases as 2 without adding the columns: still version 1
    const relabelled = new Database(file);
    relabelled.prepare("UPDATE juesuan_meta SET value = '2'").run();
    relabelled.close();
    expect(() => new ReportDb(file)).toThrow(/结构版本为 1/);
  });

  it("a database from a newer juesuan is refused", () => {
    const file = join(dir, "new.db");
    new ReportDb(file).close();
    const d = new Database(file);
    d.prepare("UPDATE juesuan_meta SET value = '9' WHERE key = 'schema_version'").run();
    d.close();
    expect(() => new ReportDb(file)).toThrow(/结构版本为 9.*请升级 juesuan/);
  });
});
