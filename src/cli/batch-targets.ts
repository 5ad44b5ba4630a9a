/**
 * Before a batch starts: its output folder, database and review folder must be usable, and a problem is named
 * for what it is (the database, not the first input file; a file where a folder should be, not a raw EEXIST).
 * Opening the database itself is the batch's first step (src/batch/run.ts), which names it when that fails
 * (read-only, full, not a database, a PostgreSQL server that cannot be reached) before any file is converted.
 */
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "./errors.js";
import { ensureDir } from "./io.js";
import { isPostgresTarget } from "../output/db/target.js";

export async function checkBatchTargets(outDir: string, dbFile: string, htmlDir?: string): Promise<void> {
  await ensureDir(outDir, "输出目录 --out");
  if (htmlDir) await ensureDir(htmlDir, "审核页目录 --html");
  if (isPostgresTarget(dbFile)) return; // a PostgreSQL connection string: connecting says what is wrong
  const st = await stat(dbFile).catch(() => undefined);
  if (st?.isDirectory()) throw new UsageError(`数据库 --db ${dbFile} 是一个目录，请给出文件名`);
  await ensureDir(dirname(resolve(dbFile)), "数据库所在目录");
}
