/**
 * Vitest global setup: a token for this run, under which test files share what is expensive to make once —
 * a throwaway PostgreSQL server (tests/helpers/postgres.ts) and the compiled dist/ (tests/helpers/dist.ts),
 * each made on first use by whichever test file needs it first. The teardown stops the server.
 */
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { stopTempPostgres } from "../../scripts/pg-temp.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Prefix of this run's shared paths (`<prefix>.pg`, `<prefix>.dist`). */
    runDir: string;
  }
}

export default function setup(project: TestProject) {
  const runDir = join(tmpdir(), `juesuan-test-${process.pid}-${Date.now().toString(36)}`);
  project.provide("runDir", runDir);
  return () => {
    const pg = `${runDir}.pg`;
    if (existsSync(join(pg, "data"))) stopTempPostgres(pg);
    for (const f of [pg, `${pg}.lock`, `${pg}.lock.json`, `${runDir}.dist`, `${runDir}.dist.json`]) rmSync(f, { recursive: true, force: true });
  };
}
