/**
 * The compiled CLI (dist/), built once per test run by whichever test file needs it first, and only when
 * a source is newer than it (CI's `npm ci` has just built it: rebuilding while other test files run the
 * CLI could let them read a half-written file).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { sharedOnce } from "./shared-once.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(ROOT, "dist/cli/main.js");

function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  const built = [CLI, join(ROOT, "dist/batch/worker.js"), join(ROOT, "dist/isolate/worker.js")];
  if (!built.every(existsSync)) return true;
  return newestSource(join(ROOT, "src")) > Math.min(...built.map((f) => statSync(f).mtimeMs));
}

export async function ensureDist(): Promise<void> {
  await sharedOnce(`${inject("runDir")}.dist`, () => {
    if (!stale()) return true;
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
    } catch {
      // type errors elsewhere still emit JavaScript; the tests say whether it runs
    }
    return true;
  });
}
