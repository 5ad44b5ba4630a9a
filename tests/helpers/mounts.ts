/**
 * Real storage faults for tests: a tmpfs of a given size (a full disk) and read-only mounts, where this
 * process may mount (root, as in CI); read-only folders by permission otherwise (a non-root user). The
 * tests that need a full disk skip with the reason where nothing can be mounted.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: "pipe" });

/** Whether tmpfs mounts work here (tried once). */
export const canMount: boolean = (() => {
  if (process.getuid?.() !== 0) return false;
  const d = mkdtempSync(join(tmpdir(), "juesuan-mnt-probe-"));
  try {
    run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", d]);
    run("umount", [d]);
    return true;
  } catch {
    return false;
  } finally {
    rmdirSync(d);
  }
})();

export const isRoot = process.getuid?.() === 0;

/** A tmpfs of sizeKb at a new folder under `parent`. */
export function mountTmpfs(parent: string, name: string, sizeKb: number): string {
  const d = join(parent, name);
  mkdirSync(d, { recursive: true });
  run("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k`, "tmpfs", d]);
  return d;
}

/** Make a folder read-only: remount its tmpfs read-only (root), or take away write permission (non-root). */
export function makeReadOnly(d: string): void {
  if (canMount) run("mount", ["-o", "remount,ro", d]);
  else chmodSync(d, 0o555);
}

/** A folder that can be made read-only: a small tmpfs when mounting works, a plain folder otherwise (non-root). */
export function readOnlyCapable(parent: string, name: string): string | undefined {
  if (canMount) return mountTmpfs(parent, name, 8192);
  if (isRoot) return undefined; // root ignores permissions and cannot mount: no way to test read-only here
  const d = join(parent, name);
  mkdirSync(d, { recursive: true });
  return d;
}

export function unmount(d: string): void {
  try {
    run("umount", [d]);
  } catch {
    chmodSync(d, 0o755);
  }
}
