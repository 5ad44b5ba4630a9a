/**
 * A batch meeting a full disk or a read-only path (issue 13): a clear message naming the right path (the
 * database or the output folder, never the input), a summary, no temp files left, a consistent database,
 * and a rerun that completes once there is room. Real faults: a small tmpfs fills up; a tmpfs remounted
 * read-only (root, as in CI) or a folder without write permission (other users).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js";
import { cli, summaryOf } from "../helpers/cli.js";
import { makeTxtCopies } from "../helpers/corpus.js";
import { canMount, makeReadOnly, mountTmpfs, readOnlyCapable, unmount } from "../helpers/mounts.js";
import { openStore } from "../../src/output/db/store.js";
import { checkDb } from "../../src/output/db/inspect.js";
import { testPostgres } from "../helpers/postgres.js";

const dir = mkdtempSync(join(tmpdir(), "juesuan-faults-"));
const inp = join(dir, "in");
const mounted: string[] = [];
const noMount = "needs tmpfs mounts (root): skipped here";
beforeAll(async () => {
  await ensureDist();
  makeTxtCopies(inp, 8);
  if (!canMount) process.stderr.write(`full-disk tests ${noMount}\n`);
}, 600_000);
afterEach(() => {
  for (const d of mounted.splice(0)) unmount(d);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const temps = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith(".tmp")) : []);
const mount = (name: string, kb: number) => {
  const d = mountTmpfs(dir, name, kb);
  mounted.push(d);
  return d;
};
async function consistent(db: string) {
  const s = await openStore(db, { readonly: true });
  try {
    return (await checkDb(s)).problems;
  } finally {
    await s.close();
  }
}

describe("full disk", () => {
  it.skipIf(!canMount)("database on a full disk: stops, blames the database, prints the summary; a rerun with room completes", async () => {
    const full = mount("dbfs", 1536);
    const db = join(full, "r.db");
    const out = join(dir, "o-dbfull");
    const r = cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`数据库 ${db} 磁盘空间不足`);
    expect(r.err).not.toContain(inp);
    const s = summaryOf(r);
    expect(s.stoppedBy).toMatchObject({ code: "disk-full" });
    expect(s.outcomes.ok).toBeLessThan(8);
    expect(s.outcomes.failed + s.outcomes["not-run"]).toBeGreaterThan(0);
    expect(temps(out)).toEqual([]);
    expect(await consistent(db)).toEqual([]);
    // with room: the rest is loaded
    const roomy = join(dir, "roomy.db");
    rmSync(roomy, { force: true });
    const again = cli("batch", inp, "--out", out, "--db", roomy, "--jobs", "2", "--json");
    expect(again.code, again.err).toBe(0);
  }, 600_000);

  it.skipIf(!canMount)("output folder on a full disk: stops, blames the folder, leaves no temp files", async () => {
    const out = mount("outfs", 400);
    const db = join(dir, "outfull.db");
    const r = cli("batch", inp, "--out", out, "--db", db, "--jobs", "2", "--json");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`输出目录 ${out} 磁盘空间不足`);
    expect(summaryOf(r).stoppedBy).toMatchObject({ code: "disk-full" });
    expect(temps(out)).toEqual([]);
    // what was not written is not in the database either
    const s = await openStore(db, { readonly: true });
    const loaded = (await s.all("SELECT COUNT(*) AS n FROM reports WHERE status = 'ok'"))[0].n as number;
    await s.close();
    expect(readdirSync(out).filter((f) => f.endsWith(".facts.ndjson"))).toHaveLength(loaded);
  }, 600_000);
});

describe("read-only paths", () => {
  it("a read-only database folder blames the database, not the input", async () => {
    const ro = readOnlyCapable(dir, "ro-db");
    if (!ro) return void process.stderr.write("read-only test: root without mounts, skipped\n");
    if (canMount) mounted.push(ro);
    makeReadOnly(ro);
    const r = cli("batch", inp, "--out", join(dir, "o-ro"), "--db", join(ro, "r.db"), "--jobs", "1");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`juesuan batch: 数据库 ${join(ro, "r.db")} 没有写权限（只读）：目录 ${ro}不可写`);
  });

  it("an existing database in a folder made read-only blames the database", async () => {
    const ro = readOnlyCapable(dir, "ro-db2");
    if (!ro) return;
    if (canMount) mounted.push(ro);
    const db = join(ro, "r.db");
    expect(cli("batch", join(inp, "r00.txt"), "--out", join(dir, "o-ro2"), "--db", db, "--jobs", "1").code).toBe(0);
    makeReadOnly(ro);
    const r = cli("batch", inp, "--out", join(dir, "o-ro2"), "--db", db, "--jobs", "1");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^juesuan batch: 数据库 ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (没有写权限（只读）|无法打开)`));
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("a read-only output folder blames the folder before converting anything", async () => {
    const ro = readOnlyCapable(dir, "ro-out");
    if (!ro) return;
    if (canMount) mounted.push(ro);
    makeReadOnly(ro);
    const db = join(dir, "ro-out.db");
    const r = cli("batch", inp, "--out", ro, "--db", db, "--jobs", "1");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(new RegExp(`^juesuan batch: 输出目录 ${ro.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} 没有写权限（只读）：`));
    expect(existsSync(db)).toBe(false);
  });

  it("a PostgreSQL database that refuses writes blames the database", async () => {
    const pg = await testPostgres("readonly");
    if (!pg.url) return;
    const url = `${pg.url}&options=${encodeURIComponent("-c default_transaction_read_only=on")}`;
    mkdirSync(join(dir, "o-pgro"), { recursive: true });
    const r = cli("batch", inp, "--out", join(dir, "o-pgro"), "--db", url, "--jobs", "1");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^juesuan batch: 数据库 postgresql:.* 没有写权限（只读）：/);
  });
});
