/**
 * Before a batch starts: its output folder, database and review folder must be usable, and a problem is named
 * for what it is (the database, not the first input file; a file where a folder should be, not a raw EEXIST).
 */
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { errnoText, UsageError } from "./errors.js";
import { ensureDir } from "./io.js";

export async function checkBatchTargets(outDir: string, dbFile: string, htmlDir?: string): Promise<void> {
  await ensureDir(outDir, "输出目录 --out");
  if (htmlDir) await ensureDir(htmlDir, "审核页目录 --html");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(dbFile)) return; // a database URL: its driver says what is wrong
  const st = await stat(dbFile).catch(() => undefined);
  if (st?.isDirectory()) throw new UsageError(`数据库 --db ${dbFile} 是一个目录，请给出文件名`);
  await ensureDir(dirname(resolve(dbFile)), "数据库所在目录");
  const { default: Database } = await import("better-sqlite3");
  try {
    const db = new Database(dbFile);
    db.pragma("schema_version");
    db.close();
  } catch (e) {
    throw new UsageError(`无法打开数据库 --db ${dbFile}：${(e as NodeJS.ErrnoException).code && !(e as { code: string }).code.startsWith("SQLITE") ? errnoText(e) : (e as Error).message}`);
  }
}
