/**
 * The report store on both engines (SQLite file, PostgreSQL server): the same plan, the same rows.
 * Identity by content hash, versions of one path, failures that never replace a loaded report, text that
 * survives COPY, and many writers at once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type ReportStore } from "../../src/output/db/store.js";
import { checkDb } from "../../src/output/db/inspect.js";
import type { Fact } from "../../src/model/fact.js";
import { makeReport } from "./make-report.js";
import { testPostgres } from "../helpers/postgres.js";

const pg = await testPostgres("store");
const dir = mkdtempSync(join(tmpdir(), "juesuan-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fact = (concept: string, value: string, text = value): Fact => ({
  concept, value, unit: "万元", dims: {}, source: { block: 1, start: 0, end: text.length, page: 1, text }, evidence: "statement",
});
const sha = (c: string) => c.repeat(64).slice(0, 64);
const report = (s: string, file: string, facts: Fact[] = [fact("expenditure.total", "10.00")]) => {
  const r = makeReport({ sha256: s, file, facts });
  return { file, report: r };
};

let seq = 0;
const engines: [string, () => Promise<string>][] = [
  ["sqlite", async () => join(dir, `s${seq++}.db`)],
  ["postgres", async () => {
    const p = await testPostgres(`store${seq++}`);
    if (!p.url) throw new Error(p.skip);
    return p.url;
  }],
];

describe.each(engines)("report store on %s", (engine, fresh) => {
  const skip = engine === "postgres" && !pg.url;
  let target: string;
  let db: ReportStore;
  beforeAll(async () => {
    if (skip) return;
    target = await fresh();
    db = await openStore(target);
  });
  afterAll(async () => db?.close());
  const rows = (sql: string) => db.all(sql);

  it.skipIf(skip)("stores content once: a reload is kept, --force replaces under the same id", async () => {
    const a = await db.load(report(sha("a"), "in/a.txt"));
    expect(a).toMatchObject({ action: "inserted", current: true });
    expect(await db.load(report(sha("a"), "in/a.txt"))).toEqual({ id: a.id, action: "kept", current: true });
    expect(await db.load(report(sha("a"), "in/a.txt"), "replace")).toEqual({ id: a.id, action: "replaced", current: true });
    expect(await rows(`SELECT COUNT(*) AS n FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.sha256 = '${sha("a")}'`)).toEqual([{ n: 1 }]);
  });

  it.skipIf(skip)("a failure never replaces a report loaded ok; a success replaces a failure", async () => {
    const a = await db.load(report(sha("b"), "in/b.txt"));
    expect(await db.recordFailure({ file: "in/b.txt", sha256: sha("b"), code: "timeout", message: "超时" })).toMatchObject({ id: a.id, action: "kept" });
    expect(await rows(`SELECT status FROM reports WHERE sha256 = '${sha("b")}'`)).toEqual([{ status: "ok" }]);
    const f = await db.recordFailure({ file: "in/c.pdf", sha256: sha("c"), code: "corrupt", message: "损坏" });
    const ok = await db.load(report(sha("c"), "in/c.pdf"));
    expect(ok).toMatchObject({ id: f.id, action: "replaced" });
    expect(await rows(`SELECT status, error_code FROM reports WHERE id = ${f.id}`)).toEqual([{ status: "ok", error_code: null }]);
  });

  it.skipIf(skip)("an edited file supersedes its previous version, which stays as history", async () => {
    const v1 = await db.load(report(sha("d"), "in/d.txt", [fact("expenditure.total", "1.00")]));
    await new Promise((r) => setTimeout(r, 5));
    const v2 = await db.load(report(sha("e"), "in/d.txt", [fact("expenditure.total", "2.00")]));
    expect(v2).toMatchObject({ action: "inserted", current: true });
    expect(await rows("SELECT id, is_current, superseded_by FROM reports WHERE file = 'in/d.txt' ORDER BY id")).toEqual([
      { id: v1.id, is_current: 0, superseded_by: v2.id },
      { id: v2.id, is_current: 1, superseded_by: null },
    ]);
    // sums over current versions count the path once
    expect(await rows("SELECT SUM(f.value_num) AS s FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = 'in/d.txt' AND r.is_current = 1 AND r.status = 'ok'")).toEqual([{ s: 2 }]);
    // the content hash set a batch skips is the current versions only: reverting the file loads v1 again as current
    expect((await db.loadedHashes()).has(sha("d"))).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(await db.load(report(sha("d"), "in/d.txt", [fact("expenditure.total", "1.00")]))).toMatchObject({ id: v1.id, action: "replaced", current: true });
    expect(await rows("SELECT id, is_current, superseded_by FROM reports WHERE file = 'in/d.txt' ORDER BY id")).toEqual([
      { id: v1.id, is_current: 1, superseded_by: null },
      { id: v2.id, is_current: 0, superseded_by: v1.id },
    ]);
  });

  it.skipIf(skip)("an unreadable file is current only while its path has no content version, and goes when it is read", async () => {
    const u = await db.recordFailure({ file: "in/gone.txt", code: "io", message: "无法读取" });
    expect(u.current).toBe(true);
    expect((await db.recordFailure({ file: "in/gone.txt", code: "io", message: "无法读取" })).id).toBe(u.id);
    await db.load(report(sha("f"), "in/gone.txt"));
    expect(await rows("SELECT status, sha256 IS NULL AS unreadable FROM reports WHERE file = 'in/gone.txt'")).toEqual([{ status: "ok", unreadable: engine === "postgres" ? false : 0 }]);
    expect((await db.recordFailure({ file: "in/gone.txt", code: "io", message: "无法读取" })).current).toBe(false);
  });

  it.skipIf(skip)("text with tabs, newlines, backslashes, quotes and NUL comes back as stored (NUL as U+FFFD)", async () => {
    const text = "a\tb\nc\\d\r\"e\"\u0000f，合计\\N";
    await db.load(report(sha("g"), "in/g\tname.txt", [fact("expenditure.total", "3.00", text)]));
    expect(await rows(`SELECT r.file, f.source_text FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.sha256 = '${sha("g")}'`)).toEqual([
      { file: "in/g\tname.txt", source_text: text.replace("\u0000", "\ufffd") },
    ]);
  });

  it.skipIf(skip)("many writers at once: every content once, one current version per path, ids unique", async () => {
    const writers = await Promise.all(Array.from({ length: 5 }, () => openStore(target)));
    const contents = Array.from({ length: 40 }, (_, i) => i.toString(16).padStart(2, "0"));
    try {
      // every writer loads every content (in its own order); paths 0..9 each get four versions
      await Promise.all(
        writers.map(async (w, k) => {
          for (const [i, c] of [...contents.entries()].sort((x, y) => ((x[0] * 7 + k * 13) % 40) - ((y[0] * 7 + k * 13) % 40))) {
            await w.load(report(sha(c), `many/${i % 10}.txt`, [fact("expenditure.total", `${i}.00`)]));
          }
        }),
      );
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
    expect(await rows("SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids FROM reports WHERE file LIKE 'many/%'")).toEqual([{ n: 40, ids: 40 }]);
    expect(await rows("SELECT COUNT(*) AS n FROM reports WHERE file LIKE 'many/%' AND is_current = 1")).toEqual([{ n: 10 }]);
    expect(await rows("SELECT COUNT(*) AS n FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file LIKE 'many/%'")).toEqual([{ n: 40 }]);
    expect((await checkDb(db)).problems).toEqual([]);
  });
});

describe.skipIf(!pg.url)("PostgreSQL connection strings", () => {
  it("a unix socket given as socket:/dir?db=NAME works like the URL form", async () => {
    const url = pg.url!;
    const host = /[?&]host=([^&]+)/.exec(url);
    if (!host) return; // a TCP server (JUESUAN_TEST_PG): nothing to rewrite
    const user = /^[a-z]+:\/\/([^@:/]+)@/i.exec(url)?.[1] ?? "postgres";
    const db = /^[a-z]+:\/\/[^/]*\/([^?]+)/i.exec(url)![1];
    const s = await openStore(`socket:${decodeURIComponent(host[1])}?db=${db}&user=${user}`);
    try {
      expect(s.engine).toBe("postgres");
      expect(await s.schemaVersion()).toBe(3);
    } finally {
      await s.close();
    }
  });

  it("a server that is not there is a one-line error naming the database, password hidden", async () => {
    await expect(openStore("postgres://u:secret@127.0.0.1:1/none")).rejects.toThrow(/^数据库 postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/none 无法打开：/);
  });
});

describe.skipIf(!pg.url)("PostgreSQL and SQLite hold the same rows", () => {
  it("the same reports give the same checksum on both engines", async () => {
    const a = await openStore(join(dir, "same.db"));
    const b = await openStore((await testPostgres("same")).url!);
    try {
      for (const s of [a, b]) {
        await s.load(report(sha("1"), "x/1.txt", [fact("expenditure.total", "1367.75"), fact("income.total", "0.1")]));
        await s.recordFailure({ file: "x/2.pdf", sha256: sha("2"), code: "corrupt", message: "坏" });
        await s.recordFailure({ file: "x/3.pdf", code: "io", message: "无法读取" });
      }
      const [ca, cb] = [await checkDb(a), await checkDb(b)];
      expect(cb).toEqual(ca);
      expect(ca).toMatchObject({ reports: 3, ok: 1, failed: 2, facts: 2, problems: [] });
      expect(await b.all("SELECT value_num FROM facts ORDER BY seq")).toEqual([{ value_num: 1367.75 }, { value_num: 0.1 }]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
