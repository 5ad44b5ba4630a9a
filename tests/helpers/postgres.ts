/**
 * A PostgreSQL server for tests: $JUESUAN_TEST_PG when set (.ci/run starts one), else a throwaway cluster
 * started on first use (scripts/pg-temp.mjs: initdb in a temp folder, unix socket, trust) and shared by
 * every test file of the run. Each caller gets a database of its own. Where no server can start the tests
 * skip with the reason — unless JUESUAN_REQUIRE_PG=1 (CI), where that is a failure.
 */
import { inject } from "vitest";
import pg from "pg";
import { sharedOnce } from "./shared-once.js";
import { startTempPostgres } from "../../scripts/pg-temp.mjs";

export type TestPg = { url: string; skip?: undefined } | { url?: undefined; skip: string };

async function serverUrl(): Promise<string> {
  const env = process.env.JUESUAN_TEST_PG;
  if (env && env !== "off") return env;
  if (env === "off") throw new Error("JUESUAN_TEST_PG=off");
  const lock = `${inject("runDir")}.pg`;
  return sharedOnce(`${lock}.lock`, () => startTempPostgres(lock).url);
}

/** Replace the database name of a connection string. */
export function withDatabase(url: string, db: string): string {
  if (/^socket:/i.test(url)) return /[?&]db=/.test(url) ? url.replace(/([?&]db=)[^&]*/, `$1${db}`) : `${url}${url.includes("?") ? "&" : "?"}db=${db}`;
  const m = /^([a-z]+:\/\/[^/?#]*)(\/[^?#]*)?(.*)$/i.exec(url);
  if (!m) throw new Error(`not a connection string: ${url}`);
  return `${m[1]}/${db}${m[3]}`;
}

/** A fresh database on the test server (or why there is none). */
export async function testPostgres(name: string): Promise<TestPg> {
  let url: string;
  try {
    url = await serverUrl();
  } catch (e) {
    const reason = `PostgreSQL tests skipped: no server could start (${(e as Error).message})`;
    if (process.env.JUESUAN_REQUIRE_PG === "1") throw new Error(reason);
    process.stderr.write(reason + "\n");
    return { skip: reason };
  }
  const db = `jt_${name.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${db}`);
  } finally {
    await c.end();
  }
  return { url: withDatabase(url, db) };
}
