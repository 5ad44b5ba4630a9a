/**
 * Make something once per test run, whichever test file asks first: the first caller takes the lock
 * (mkdir), makes it and writes `<lock>.json`; the others wait for that file. Test files run in separate
 * processes, so this is the only way they can share a server or a build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

export async function sharedOnce<T>(lock: string, make: () => T | Promise<T>, timeoutMs = 180_000): Promise<T> {
  const result = `${lock}.json`;
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    // another test file is making it
  }
  if (mine) {
    let out: { value?: T; error?: string };
    try {
      out = { value: await make() };
    } catch (e) {
      out = { error: (e as Error).message };
    }
    writeFileSync(result, JSON.stringify(out));
  }
  const t0 = Date.now();
  while (!existsSync(result)) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${result}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const out = JSON.parse(readFileSync(result, "utf8")) as { value?: T; error?: string };
  if (out.error !== undefined) throw new Error(out.error);
  return out.value as T;
}
