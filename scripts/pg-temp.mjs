#!/usr/bin/env node
/**
 * A throwaway PostgreSQL server for tests: initdb a cluster in a temp folder and start it on a unix
 * socket in that folder (no TCP), trust authentication, fsync off. Used by .ci/run and by the vitest
 * global setup (tests/setup/postgres.ts). PostgreSQL refuses to run as root: as root the cluster runs
 * as the `postgres` user (created by Debian's postgresql package).
 *
 *   node scripts/pg-temp.mjs start     → prints {"url": "...", "dir": "..."} once the server accepts connections
 *   node scripts/pg-temp.mjs stop DIR  → stops it and removes the folder
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const USER = "juesuan";

/** The folder holding initdb and pg_ctl: $PG_BIN, or the newest /usr/lib/postgresql/N/bin. */
export function findPgBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], "bin") : undefined;
}

function osUser() {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { name: "postgres", uid, gid };
  } catch {
    throw new Error("running as root and no `postgres` user exists (install Debian's postgresql package)");
  }
}

function run(user, bin, args, opts = {}) {
  const cmd = user ? "runuser" : bin;
  const argv = user ? ["-u", user.name, "--", bin, ...args] : args;
  return execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...opts });
}

/** Start a server in `dir` (created; default a new temp folder); returns { url, dir }. Throws with the reason when it cannot. */
export function startTempPostgres(dir) {
  const bin = findPgBin();
  if (!bin) throw new Error("no PostgreSQL server binaries (apt-get install postgresql)");
  const user = osUser();
  if (dir) mkdirSync(dir, { recursive: true });
  else dir = mkdtempSync(join(tmpdir(), "juesuan-pg-"));
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    const data = join(dir, "data");
    run(user, join(bin, "initdb"), ["-D", data, "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    const opts = `-c listen_addresses='' -c unix_socket_directories='${dir}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
    run(user, join(bin, "pg_ctl"), ["-D", data, "-o", opts, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
    return { url: `postgresql://${USER}@/postgres?host=${encodeURIComponent(dir)}`, dir };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e;
    throw new Error(`cannot start PostgreSQL: ${String(err.stderr || err.message).trim().split("\n").slice(-2).join(" ")}`);
  }
}

export function stopTempPostgres(dir) {
  const bin = findPgBin();
  const data = join(dir, "data");
  if (bin && existsSync(data)) {
    try {
      run(osUser(), join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [cmd, arg] = process.argv.slice(2);
  try {
    if (cmd === "start") process.stdout.write(JSON.stringify(startTempPostgres()) + "\n");
    else if (cmd === "stop" && arg) stopTempPostgres(arg);
    else {
      process.stderr.write("usage: node scripts/pg-temp.mjs start | stop DIR\n");
      process.exit(2);
    }
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
