/**
 * kill -9 at random moments (issue 13): the batch process is killed with SIGKILL at random points of its
 * run — every other run with --force, so that it is killed while replacing reports already loaded, not only
 * while adding new ones — and its workers are terminated at random points of their files (a random
 * --timeout shorter than a file takes: the pool terminates the thread wherever it is, converting, writing
 * or inside the database transaction). After every kill the database is consistent (no half-loaded
 * report, one current version per path, SQLite's integrity check passes) and no temp file is left once a
 * batch ends; a final rerun completes everything and equals an uninterrupted run.
 * The seed is printed; JUESUAN_KILL_SEED=N repeats a run.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { ensureDist } from "../helpers/dist.js";
import { cli, cliAsync, summaryOf } from "../helpers/cli.js";
import { makeTxtCopies } from "../helpers/corpus.js";
import { testPostgres } from "../helpers/postgres.js";
import { openStore } from "../../src/output/db/store.js";
import { checkDb, type DbCheck } from "../../src/output/db/inspect.js";

const pg = await testPostgres("kill");
const dir = mkdtempSync(join(tmpdir(), "juesuan-kill-"));
const inp = join(dir, "in");
const seed = Number(process.env.JUESUAN_KILL_SEED ?? Date.now() % 1_000_000);
let state = seed;
/** mulberry32: a seeded uniform [0, 1). */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

let ref: DbCheck;
let cleanMs = 0;
let fileMs = 0;
beforeAll(async () => {
  await ensureDist();
  makeTxtCopies(inp, 10);
  const t0 = performance.now();
  const r = cli("batch", inp, "--out", join(dir, "o-ref"), "--db", join(dir, "ref.db"), "--jobs", "2", "--json");
  cleanMs = performance.now() - t0;
  expect(r.code, r.err).toBe(0);
  const times = (JSON.parse(`[${r.out.trim().split("\n").join(",")}]`) as { type: string; ms?: number }[]).filter((l) => l.type === "file").map((l) => l.ms ?? 0).sort((a, b) => a - b);
  fileMs = times[Math.floor(times.length / 2)];
  ref = await check(join(dir, "ref.db"));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(target: string): Promise<DbCheck> {
  const s = await openStore(target, { readonly: true });
  try {
    return await checkDb(s);
  } finally {
    await s.close();
  }
}

function integrity(file: string): string {
  const d = new Database(file);
  try {
    return String(d.pragma("integrity_check", { simple: true }));
  } finally {
    d.close();
  }
}

describe.each([
  ["SQLite", () => join(dir, "killed.db")],
  ["PostgreSQL", () => pg.url],
])("kill -9 on %s", (name, target) => {
  it("the batch killed at random moments, workers terminated at random points: always consistent; a rerun completes", async () => {
    const db = target();
    if (!db) return void process.stdout.write(`kill -9 on ${name}: ${pg.skip}\n`);
    const out = join(dir, `o-${name}`);
    const rounds = name === "SQLite" ? 6 : 3;
    const log: string[] = [];
    let killed = 0;
    let terminated = 0;
    for (let k = 0; k < rounds; k++) {
      const force = k % 2 === 1 ? ["--force"] : [];
      const run = cliAsync(["batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json", ...force]);
      const at = Math.round(cleanMs * (0.1 + random()));
      const timer = setTimeout(run.kill, at);
      const r = await run.done;
      clearTimeout(timer);
      if (r.signal === "SIGKILL") killed++;
      // killed before it created the database (start-up is quick now): nothing was loaded, nothing to check
      if (name === "SQLite" && !existsSync(db)) {
        log.push(`killed at ${at} ms before the database existed`);
        continue;
      }
      const c = await check(db);
      log.push(`${force.length ? "--force " : ""}${r.signal === "SIGKILL" ? "killed" : `finished (exit ${r.code})`} at ${at} ms: ${c.ok} loaded, consistent`);
      expect(c.problems, `after kill ${k} at ${at} ms (seed ${seed})`).toEqual([]);
      if (name === "SQLite") expect(integrity(db)).toBe("ok");
    }
    if (killed === 0) {
      // every random moment fell after the batch had ended (a loaded machine runs slower than the timed clean run):
      // one more forced run, killed early
      const run = cliAsync(["batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json", "--force"]);
      const at = Math.round(cleanMs * 0.3);
      const timer = setTimeout(run.kill, at);
      const r = await run.done;
      clearTimeout(timer);
      if (r.signal === "SIGKILL") killed++;
      log.push(`--force ${r.signal === "SIGKILL" ? "killed" : `finished (exit ${r.code})`} at ${at} ms (early)`);
      if (name !== "SQLite" || existsSync(db)) expect((await check(db)).problems, `after the early kill at ${at} ms (seed ${seed})`).toEqual([]);
    }
    for (let k = 0; k < 2; k++) {
      const limit = ((fileMs * (k === 0 ? 0.2 : 0.2 + 2.8 * random())) / 1000).toFixed(2);
      const r = cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json", "--force", "--timeout", limit);
      const s = summaryOf(r);
      const n = (s.failuresByCode as Record<string, number>).timeout ?? 0;
      terminated += n;
      log.push(`--force --timeout ${limit}: ${s.outcomes.ok} loaded, ${n} workers terminated mid-file, consistent`);
      expect((await check(db)).problems, `after --timeout ${limit} (seed ${seed})`).toEqual([]);
      expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    }
    expect(killed).toBeGreaterThan(0);
    expect(terminated).toBeGreaterThan(0);
    const final = cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json");
    expect(final.code, final.err).toBe(0);
    expect(summaryOf(final).outcomes.failed).toBe(0);
    const c = await check(db);
    expect(c).toEqual(ref);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    process.stdout.write(
      `kill -9 on ${name} (seed ${seed}; clean run ${Math.round(cleanMs)} ms, ${Math.round(fileMs)} ms a file): ${killed} processes killed, ${terminated} workers terminated, 0 inconsistencies\n  ` +
        `${log.join("\n  ")}\n  rerun: ${c.ok}/${ref.ok} reports, ${c.facts} facts, checksum equal to an uninterrupted run\n`,
    );
  }, 900_000);
});
