/**
 * A report's output files, `<name>.json` and `<name>.facts.ndjson`, each written to a temp file and renamed
 * into place. Temp names are unique per host, process, thread and write (hidden: `.<file>.<host>.<pid>.
 * <thread>.<n>.tmp`), so batches sharing an output folder never touch each other's temp files; a failed
 * write removes only its own temp files; temp files left by a killed process of this host are removed by
 * the next batch (`removeStaleTemps`).
 */
import { readdir, rename, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Report } from "../model/report.js";
import { asStorageError } from "../output/db/errors.js";
import { outputTexts, type OutputTexts } from "./convert.js";

const HOST = hostname().replace(/[^\w-]/g, "_") || "host";
let seq = 0;

export function tempPath(final: string): string {
  return join(dirname(final), `.${basename(final)}.${HOST}.${process.pid}.${threadId}.${seq++}.tmp`);
}

const TEMP = /^\..+\.([\w-]+)\.(\d+)\.(\d+)\.(\d+)\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove temp files of this host left by processes that no longer run (and, with `own`, by this process:
 * at the end of a batch, when its workers have stopped). Returns how many were removed.
 */
export async function removeStaleTemps(dir: string, own = false): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const f of names) {
    const m = TEMP.exec(f);
    if (!m || m[1] !== HOST) continue;
    const pid = Number(m[2]);
    if (pid === process.pid ? !own : alive(pid)) continue;
    await unlink(join(dir, f)).then(() => n++, () => undefined);
  }
  return n;
}

/** Write files atomically: every temp first, then the renames; on failure remove this call's temp files. */
export async function writeFilesAtomic(dir: string, files: [name: string, text: string][]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const [name, text] of files) {
      const t = tempPath(join(dir, name));
      temps.push(t);
      await writeFile(t, text, { flag: "wx" });
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i], join(dir, files[i][0]));
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    throw asStorageError(e, "输出目录", dir) ?? e;
  }
}

/** `<name>.json` (the report) and `<name>.facts.ndjson` (one fact per line). */
export async function writeOutputs(outDir: string, name: string, report: Report, texts: OutputTexts = outputTexts(report)): Promise<void> {
  await writeFilesAtomic(outDir, [
    [`${name}.json`, texts.json],
    [`${name}.facts.ndjson`, texts.ndjson],
  ]);
}
