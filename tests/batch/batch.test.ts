import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { runBatch } from "../../src/batch/run.js";
import { uniqueNames } from "../../src/batch/names.js";
import { parseShard, shardOfHash } from "../../src/batch/shard.js";
import { writeFilesAtomic } from "../../src/batch/output-files.js";
import { openStore } from "../../src/output/db/store.js";
import { checkDb } from "../../src/output/db/inspect.js";
import type { Converter } from "../../src/batch/convert.js";
import { makeReport, shanghaiLike } from "../output/make-report.js";

/** A stand-in for the pipeline: files containing "BAD" fail like a corrupt file, others give a report. */
const fakeConvert: Converter = async (bytes, file) => {
  const text = Buffer.from(bytes).toString("utf8");
  if (text.includes("BAD")) return { ok: false, code: "corrupt", message: "无法解析", ms: 1 };
  if (text.includes("THROW")) throw new Error("boom");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const r = text.includes("SHANGHAI") ? shanghaiLike() : makeReport();
  r.source = { file, format: "txt", sha256, bytes: bytes.length };
  r.facts = [{ concept: "expenditure.total", value: "1.00", unit: "万元", dims: {}, source: { block: 0, start: 0, end: 4, text: text.slice(0, 40) }, evidence: "statement" }];
  return { ok: true, report: r, layout: { score: 0, deviations: [] }, ms: 2 };
};

describe("batch", () => {
  let dir: string;
  let inp: string;
  let out: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "juesuan-batch-"));
    inp = join(dir, "in");
    out = join(dir, "out");
    db = join(dir, "r.db");
    mkdirSync(join(inp, "2023"), { recursive: true });
    mkdirSync(join(inp, "2024"), { recursive: true });
    writeFileSync(join(inp, "2023", "report.txt"), "report 2023");
    writeFileSync(join(inp, "2024", "report.txt"), "report 2024");
    writeFileSync(join(inp, "2024", "broken.pdf"), "BAD");
    writeFileSync(join(inp, "2024", "other.html"), "<p>other</p>");
    writeFileSync(join(inp, "2024", "notes.md"), "not a report");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const rows = (sql: string) => {
    const d = new Database(db, { readonly: true });
    try {
      return d.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      d.close();
    }
  };

  it("one bad file is recorded and the others are converted and loaded", async () => {
    const r = await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert });
    expect(r.exitCode).toBe(1);
    expect(r.summary.outcomes).toMatchObject({ ok: 3, failed: 1 });
    expect(r.summary.failures).toEqual([{ file: join(inp, "2024", "broken.pdf"), code: "corrupt", message: "无法解析" }]);
    // same-named files in different folders get distinct outputs
    for (const n of ["2023__report.txt", "2024__report.txt", "other"]) {
      expect(existsSync(join(out, `${n}.json`))).toBe(true);
      expect(readFileSync(join(out, `${n}.facts.ndjson`), "utf8").trim().split("\n")).toHaveLength(1);
    }
    expect(existsSync(join(out, "broken.json"))).toBe(false);
    expect(rows("SELECT status, error_code FROM reports ORDER BY file")).toEqual([
      { status: "ok", error_code: null },
      { status: "failed", error_code: "corrupt" },
      { status: "ok", error_code: null },
      { status: "ok", error_code: null },
    ]);
    expect(rows("SELECT COUNT(*) AS n FROM facts")[0].n).toBe(3);
  });

  it("a converter that throws fails only its file", async () => {
    writeFileSync(join(inp, "2024", "boom.txt"), "THROW");
    const r = await runBatch({ paths: [inp], outDir: out, dbFile: db, inProcess: true, convert: async (b, f, fam) => fakeConvert(b, f, fam) });
    // (convertBytes never throws; a throwing converter is caught by the runner)
    expect(r.summary.outcomes.ok).toBe(3);
    expect(r.summary.outcomes.failed).toBe(2);
  });

  it("a rerun skips content already loaded; --force reloads without duplicates", async () => {
    await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert });
    const again = await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert });
    expect(again.summary.outcomes).toMatchObject({ ok: 0, skipped: 3, failed: 1 }); // failures are retried
    const forced = await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert, force: true });
    expect(forced.summary.outcomes).toMatchObject({ ok: 3, skipped: 0, failed: 1 });
    expect(rows("SELECT COUNT(*) AS n FROM reports")[0].n).toBe(4);
    expect(rows("SELECT COUNT(*) AS n FROM facts")[0].n).toBe(3);
  });

  it("the same content twice in one batch is converted once", async () => {
    writeFileSync(join(inp, "copy.txt"), "report 2023");
    const r = await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert });
    expect(r.records.find((x) => x.file.endsWith("copy.txt"))).toMatchObject({ outcome: "duplicate" });
    expect(r.summary.outcomes.duplicate).toBe(1);
  });

  it("a missing path fails; an interrupted batch stops dispatching and resumes later", async () => {
    const stop = new AbortController();
    stop.abort();
    const r = await runBatch({ paths: [inp, join(dir, "nope")], outDir: out, dbFile: db, convert: fakeConvert, stop: stop.signal });
    expect(r.exitCode).toBe(130);
    expect(r.summary.interrupted).toBe(true);
    expect(r.summary.outcomes).toMatchObject({ failed: 1, "not-run": 4 });
    const resumed = await runBatch({ paths: [inp], outDir: out, dbFile: db, convert: fakeConvert });
    expect(resumed.summary.outcomes).toMatchObject({ ok: 3, failed: 1 });
  });

  it("summaries list layout families, files fitting none, and slowest files", async () => {
    writeFileSync(join(inp, "sh.txt"), "SHANGHAI");
    const r = await runBatch({
      paths: [inp], outDir: out, dbFile: db,
      convert: async (b, f, fam) => {
        const res = await fakeConvert(b, f, fam);
        if (res.ok) res.layout = f.endsWith("sh.txt") ? { family: "shanghai-2024", score: 0.95, deviations: [{ kind: "missing-table", what: "T5", expected: "x" }] } : { score: 0.1, deviations: [], comparedWith: "shanghai-2024" };
        return res;
      },
    });
    expect(r.summary.families).toEqual({ "shanghai-2024": 1 });
    expect(r.summary.noFamily).toHaveLength(3);
    expect(r.summary.deviating).toEqual([{ file: join(inp, "sh.txt"), family: "shanghai-2024", deviations: 1 }]);
    expect(r.summary.slowest.length).toBeGreaterThan(0);
    expect(rows("SELECT kind, family FROM layout_deviations ORDER BY kind")).toEqual([
      { kind: "missing-table", family: "shanghai-2024" },
      { kind: "no-family", family: null },
      { kind: "no-family", family: null },
      { kind: "no-family", family: null },
    ]);
    expect(JSON.parse(readFileSync(join(out, "_batch-summary.json"), "utf8")).files).toHaveLength(5);
  });
});

describe("batch: shards, versions, concurrency, names, links", () => {
  let dir: string;
  let inp: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "juesuan-batch2-"));
    inp = join(dir, "in");
    mkdirSync(join(inp, "a"), { recursive: true });
    for (let i = 0; i < 24; i++) writeFileSync(join(inp, i % 2 ? "a" : "", `r${i}.txt`), `report ${i}${i % 7 === 3 ? " BAD" : ""}`);
    writeFileSync(join(inp, "a", "copy.txt"), "report 4"); // same content as r4.txt
    for (let i = 0; i < 6; i++) writeFileSync(join(inp, i % 2 ? "a" : "", `sheet${i}.${i < 4 ? "xls" : "ofd"}`), "not a report");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const check = async (db: string) => {
    const s = await openStore(db);
    try {
      return await checkDb(s);
    } finally {
      await s.close();
    }
  };

  it("--shard i/n: every input in exactly one shard, by content hash, the same on every run; merged equals unsharded", async () => {
    const whole = await runBatch({ paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "all.db"), convert: fakeConvert });
    const shards: Awaited<ReturnType<typeof runBatch>>[] = [];
    for (let i = 0; i < 3; i++) {
      shards.push(await runBatch({ paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, `s${i}.db`), convert: fakeConvert, shard: { index: i, count: 3 } }));
    }
    const files = (rs: typeof shards) => rs.flatMap((r) => r.records.map((x) => x.file)).sort();
    expect(files(shards)).toEqual(files([whole]));
    // files juesuan does not read are counted once over all shards
    expect(whole.summary.unsupported).toEqual({ total: 6, byExtension: { ".xls": 4, ".ofd": 2 } });
    expect(shards.map((r) => r.summary.unsupported.total).reduce((a, b) => a + b)).toBe(6);
    expect(shards.map((r) => r.summary.total).reduce((a, b) => a + b)).toBe(whole.summary.total);
    expect(shards.every((r) => r.summary.total > 0 && r.summary.shard && r.summary.otherShards === whole.summary.total - r.summary.total)).toBe(true);
    // copies of one content meet in one shard
    const copyShard = shards.findIndex((r) => r.records.some((x) => x.file.endsWith("copy.txt")));
    expect(shards[copyShard].records.find((x) => x.file.endsWith("r4.txt"))).toBeDefined();
    // a shard's own summary file, next to the others
    expect(readdirSync(join(dir, "out")).filter((f) => f.startsWith("_batch-summary")).sort()).toEqual(["_batch-summary-0of3.json", "_batch-summary-1of3.json", "_batch-summary-2of3.json", "_batch-summary.json"]);
    // merging the shard databases gives what the unsharded run loaded, twice over changes nothing
    const { mergeInto } = await import("../../src/output/db/merge.js");
    const target = await openStore(join(dir, "merged.db"));
    await mergeInto(target, [0, 1, 2].map((i) => join(dir, `s${i}.db`)));
    await mergeInto(target, [0, 1, 2].map((i) => join(dir, `s${i}.db`)));
    await target.close();
    const [a, m] = [await check(join(dir, "all.db")), await check(join(dir, "merged.db"))];
    expect(m).toEqual(a);
    expect(a).toMatchObject({ reports: 24, ok: 21, failed: 3, problems: [] });
  });

  it("shard assignment is a function of the content hash alone", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["3/3", "1", "-1/2", "a/b", "0/0"]) expect(() => parseShard(bad)).toThrow(/shard/);
    const h = "f".repeat(64);
    expect(shardOfHash(h, 7)).toBe(Number(BigInt("0x" + "f".repeat(13)) % 7n));
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[shardOfHash(createHash("sha256").update(String(i)).digest("hex"), 3)]++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });

  it("two batches on one --out and one database, started together: every report loaded once", async () => {
    const opts = { paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "r.db"), convert: fakeConvert };
    const [a, b] = await Promise.all([runBatch(opts), runBatch(opts)]);
    const loadedBy = (r: typeof a) => r.records.filter((x) => x.outcome === "ok").length;
    expect(loadedBy(a) + loadedBy(b)).toBeGreaterThanOrEqual(21);
    const c = await check(join(dir, "r.db"));
    expect(c).toMatchObject({ reports: 24, ok: 21, facts: 21, problems: [] });
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("an edited file supersedes its previous version: history kept, one current row, a rerun skips it", async () => {
    const opts = { paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "r.db"), convert: fakeConvert };
    await runBatch(opts);
    writeFileSync(join(inp, "r0.txt"), "report 0, corrected");
    const r = await runBatch(opts);
    expect(r.records.filter((x) => x.outcome === "ok").map((x) => x.file)).toEqual([join(inp, "r0.txt")]);
    const db = await openStore(opts.dbFile);
    expect(await db.all(`SELECT is_current, superseded_by IS NULL AS newest FROM reports WHERE file = '${join(inp, "r0.txt")}' ORDER BY id`)).toEqual([
      { is_current: 0, newest: 0 },
      { is_current: 1, newest: 1 },
    ]);
    await db.close();
    expect((await runBatch(opts)).summary.outcomes).toMatchObject({ ok: 0, skipped: 22, failed: 3 });
  });

  it("an input named like the batch's own files is renamed, not overwritten", async () => {
    writeFileSync(join(inp, "_batch-summary.txt"), "report named like the summary");
    writeFileSync(join(inp, "_batch-summary-0of3.txt"), "report named like a shard summary");
    const r = await runBatch({ paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "r.db"), convert: fakeConvert });
    expect(r.records.find((x) => x.file.endsWith("_batch-summary.txt"))?.name).toBe("_batch-summary.txt");
    expect(JSON.parse(readFileSync(join(dir, "out", "_batch-summary.txt.json"), "utf8")).source.file).toMatch(/_batch-summary\.txt$/);
    expect(JSON.parse(readFileSync(join(dir, "out", "_batch-summary.json"), "utf8")).files).toHaveLength(27);
  });

  it("symbolic links are followed; loops and dangling links are reported, never skipped silently", async () => {
    const ext = join(dir, "elsewhere");
    mkdirSync(ext);
    writeFileSync(join(ext, "linked.txt"), "report via a link");
    symlinkSync(ext, join(inp, "a", "to-elsewhere"));
    symlinkSync(join(ext, "linked.txt"), join(inp, "file-link.txt"));
    symlinkSync(inp, join(inp, "a", "loop"));
    symlinkSync(join(dir, "nowhere.txt"), join(inp, "dangling.txt"));
    const r = await runBatch({ paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "r.db"), convert: fakeConvert });
    const rec = (end: string) => r.records.find((x) => x.file.endsWith(end));
    expect(rec("to-elsewhere/linked.txt")).toMatchObject({ outcome: "ok" });
    expect(rec("file-link.txt")).toMatchObject({ outcome: "duplicate" }); // same file, same content
    expect(rec("dangling.txt")).toMatchObject({ outcome: "failed", error: { code: "io", message: "符号链接的目标不存在" } });
    expect(r.summary.notes).toEqual([expect.stringMatching(/符号链接 .*loop 指向已处理的目录/)]);
    // a link to a file of another format is counted like the file itself (6 under the folders, 1 linked)
    symlinkSync(join(inp, "sheet0.xls"), join(inp, "a", "sheet-link.xls"));
    const again = await runBatch({ paths: [inp], outDir: join(dir, "out"), dbFile: join(dir, "r.db"), convert: fakeConvert });
    expect(again.summary.unsupported).toEqual({ total: 7, byExtension: { ".xls": 5, ".ofd": 2 } });
  });
});

describe("output files", () => {
  it("a failed write leaves no temp file and no half pair", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-out-"));
    try {
      await expect(writeFilesAtomic(dir, [["a.json", "{}"], ["missing/b.json", "{}"]])).rejects.toThrow();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("uniqueNames", () => {
  it("adds the extension, then parent folders, only where names clash", () => {
    expect(
      uniqueNames([
        { path: "in/a/r.pdf", root: "in" },
        { path: "in/b/r.pdf", root: "in" },
        { path: "in/b/r.txt", root: "in" },
        { path: "in/b/x.pdf", root: "in" },
        { path: "in/b/X.txt", root: "in" },
      ]),
    ).toEqual(["a__r.pdf", "b__r.pdf", "r.txt", "x.pdf", "X.txt"]);
  });
});
