/** Open a batch database read-only for query/export (better-sqlite3 is loaded only when needed). */
import { stat } from "node:fs/promises";
import type DatabaseT from "better-sqlite3";
import { errnoText, UsageError } from "./errors.js";

export async function openReadonlyDb(path: string): Promise<DatabaseT.Database> {
  const st = await stat(path).catch((e: unknown) => e as NodeJS.ErrnoException);
  if (st instanceof Error) throw new UsageError(`无法打开数据库 ${path}：${errnoText(st)}`);
  if (st.isDirectory()) throw new UsageError(`数据库 ${path} 是一个目录，不是数据库文件`);
  const { default: Database } = await import("better-sqlite3");
  let db: DatabaseT.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare("SELECT 1 FROM reports LIMIT 1").get();
  } catch (e) {
    db?.close();
    throw new UsageError(`无法打开数据库 ${path}：不是 juesuan 的数据库（${(e as Error).message}）`);
  }
  return db;
}
