/**
 * Issue 12's "done when": a mixed folder sharded 3 ways, the shards run concurrently into 3 SQLite files and
 * into one PostgreSQL database, the SQLite files merged — the same reports and facts (counts and checksum)
 * as one unsharded run, and nothing duplicated by a rerun. And issue 13's: two batches on one --out and one
 * database, started together, end with every report loaded once. Through the built CLI, real pipeline.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js";
import { cli, cliAsync, summaryOf, type CliResult } from "../helpers/cli.js";
import { makeMixedFolder, makeTxtCopies } from "../helpers/corpus.js";
import { testPostgres } from "../helpers/postgres.js";
import { openStore } from "../../src/output/db/store.js";
import { checkDb, type DbCheck } from "../../src/output/db/inspect.js";

const pg = await testPostgres("scale");
const pg2 = await testPostgres("twice");
const dir = mkdtempSync(join(tmpdir(), "juesuan-scale-"));
const inp = join(dir, "in");
beforeAll(async () => {
  await ensureDist();
  makeMixedFolder(inp);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(target: string): Promise<DbCheck> {
  const s = await openStore(target);
  try {
    return await checkDb(s);
  } finally {
    await s.close();
  }
}
const all = (runs: { done: Promise<CliResult> }[]) => Promise.all(runs.map((r) => r.done));
const shardRuns = (db: (i: number) => string, out: string) =>
  [0, 1, 2].map((i) => cliAsync(["batch", inp, "--out", out, "--db", db(i), "--shard", `${i}/3`, "--jobs", "1", "--json"]));
const temps = (d: string) => readdirSync(d).filter((f) => f.endsWith(".tmp"));

describe("sharded runs (SQLite and PostgreSQL) equal one unsharded run", () => {
  it("3 shards × (SQLite files, one PostgreSQL database), merged: same reports, facts and checksum; a rerun duplicates nothing", async () => {
    const whole = cli("batch", inp, "--out", join(dir, "o-all"), "--db", join(dir, "all.db"), "--jobs", "2", "--json");
    expect(whole.code, whole.err).toBe(1); // the three bad files
    const ref = await check(join(dir, "all.db"));
    expect(ref).toMatchObject({ reports: 15, failed: 3, problems: [] }); // 16 files, one a copy of another

    const pgUrl = pg.url;
    const sqliteShards = shardRuns((i) => join(dir, `s${i}.db`), join(dir, "o-sh"));
    const pgShards = pgUrl ? shardRuns(() => pgUrl, join(dir, "o-pg")) : [];
    const results = await all([...sqliteShards, ...pgShards]);
    for (const r of results) expect(r.code, r.err).toBeLessThanOrEqual(1);
    const totals = results.slice(0, 3).map((r) => summaryOf(r).total as number);
    expect(totals.reduce((a, b) => a + b)).toBe(16);
    expect(totals.every((t) => t > 0)).toBe(true);
    expect(temps(join(dir, "o-sh"))).toEqual([]);
    expect(readdirSync(join(dir, "o-sh")).filter((f) => f.startsWith("_batch-summary"))).toHaveLength(3);

    const merge = cli("db", "merge", ...[0, 1, 2].map((i) => join(dir, `s${i}.db`)), "--into", join(dir, "merged.db"));
    expect(merge.code, merge.err).toBe(0);
    const merged = await check(join(dir, "merged.db"));
    expect(merged).toEqual(ref);
    if (pgUrl) expect(await check(pgUrl)).toEqual(ref);

    // rerun everything: skipped, nothing duplicated; merging again adds nothing
    const again = await all([...shardRuns((i) => join(dir, `s${i}.db`), join(dir, "o-sh")), ...(pgUrl ? shardRuns(() => pgUrl, join(dir, "o-pg")) : [])]);
    for (const r of again) expect(summaryOf(r).outcomes.ok, r.err).toBe(0);
    expect(cli("db", "merge", ...[0, 1, 2].map((i) => join(dir, `s${i}.db`)), "--into", join(dir, "merged.db")).code).toBe(0);
    expect(await check(join(dir, "merged.db"))).toEqual(ref);
    if (pgUrl) expect(await check(pgUrl)).toEqual(ref);

    // query and export read PostgreSQL like SQLite
    if (pgUrl) {
      const csv = (db: string) => {
        const r = cli("export", "--db", db, "--format", "csv");
        expect(r.code, r.err).toBe(0);
        return r.out;
      };
      expect(csv(pgUrl)).toBe(csv(join(dir, "all.db")));
      const q = (db: string) => JSON.parse(cli("query", "--db", db, "--json", "SELECT status, COUNT(*) AS n FROM reports GROUP BY status ORDER BY status").out);
      expect(q(pgUrl)).toEqual(q(join(dir, "all.db")));
      const qCsv = (db: string) => cli("query", "--db", db, "--format", "csv", "SELECT status, COUNT(*) AS n FROM reports GROUP BY status ORDER BY status").out;
      expect(qCsv(pgUrl)).toBe(qCsv(join(dir, "all.db")));
      expect(cli("query", "--db", pgUrl, "DELETE FROM reports").code).toBe(2);
    }
    process.stdout.write(
      `scale: ${ref.reports} reports (${ref.ok} ok, ${ref.failed} failed), ${ref.facts} facts, checksum ${ref.checksum.slice(0, 12)}; ` +
        `shards ${totals.join("+")}; unsharded = merged SQLite${pgUrl ? " = PostgreSQL" : " (PostgreSQL skipped)"}\n`,
    );
  }, 900_000);
});

describe("two batches on one --out and one database, started together", () => {
  const runTwice = async (db: string, out: string) => {
    const copies = join(dir, "copies");
    const runs = [0, 1].map(() => cliAsync(["batch", copies, "--out", out, "--db", db, "--jobs", "1", "--json"]));
    const [a, b] = await all(runs);
    for (const r of [a, b]) expect(r.code, r.err).toBe(0);
    return [summaryOf(a), summaryOf(b)];
  };
  beforeAll(() => makeTxtCopies(join(dir, "copies"), 8));

  it.each([
    ["SQLite", () => join(dir, "twice.db")],
    ["PostgreSQL", () => pg2.url],
  ])("%s: every report loaded once, outputs whole, no temp files", async (name, db) => {
    const target = db();
    if (!target) return void process.stdout.write(`${name}: ${pg2.skip}\n`);
    const out = join(dir, `o-twice-${name}`);
    const [a, b] = await runTwice(target, out);
    expect(a.outcomes.ok + a.outcomes.skipped).toBe(8);
    expect(b.outcomes.ok + b.outcomes.skipped).toBe(8);
    const c = await check(target);
    expect(c).toMatchObject({ reports: 8, ok: 8, current: 8, problems: [] });
    expect(temps(out)).toEqual([]);
    let facts = 0;
    for (let i = 0; i < 8; i++) {
      const name8 = `r${String(i).padStart(2, "0")}`;
      const rep = JSON.parse(readFileSync(join(out, `${name8}.json`), "utf8"));
      expect(readFileSync(join(out, `${name8}.facts.ndjson`), "utf8").trim().split("\n")).toHaveLength(rep.facts.length);
      facts += rep.facts.length;
    }
    expect(c.facts).toBe(facts); // each report's facts exactly once
    process.stdout.write(`two batches (${name}): loaded ${a.outcomes.ok} + ${b.outcomes.ok}, kept ${a.outcomes.skipped} + ${b.outcomes.skipped}; database: ${c.reports} reports, ${c.facts} facts\n`);
  }, 600_000);
});
