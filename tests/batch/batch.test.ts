import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { runBatch } from "../../src/batch/run.js";
import { uniqueNames } from "../../src/batch/names.js";
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
  r.facts = [{ concept: "expenditure.total", value: "1.00", unit: "万元", dims: {}, source: { block: 0, start: 0, end: 4, text: "1.00" }, evidence: "statement" }];
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
