/** The compiled CLI (dist/), built once per test run by whichever test file needs it first. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { sharedOnce } from "./shared-once.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(ROOT, "dist/cli/main.js");

export async function ensureDist(): Promise<void> {
  await sharedOnce(`${inject("runDir")}.dist`, () => {
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
    } catch {
      // type errors elsewhere still emit JavaScript; the tests say whether it runs
    }
    return true;
  });
}
