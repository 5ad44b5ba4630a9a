/**
 * Storage failures with the path or database they concern, in one Chinese line: a full disk, a read-only
 * folder, a database that cannot be opened or has an unknown schema. `classifyStorageError` maps errors of
 * node:fs, better-sqlite3 and pg to these codes, so the batch can blame the right path and stop.
 */

/** disk-full / read-only: the storage itself; db-open: cannot connect/open; db-schema: version mismatch; db: anything else. */
export type StorageCode = "disk-full" | "read-only" | "db-open" | "db-schema" | "db";

export class StorageError extends Error {
  constructor(
    readonly code: StorageCode,
    /** The path (file, folder) or database (URL without password) the failure concerns. */
    readonly target: string,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "StorageError";
  }
  /** Stops a batch: nothing else can be written there either. */
  get fatal(): boolean {
    return this.code !== "db";
  }
}

const FS_FULL = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
const FS_READONLY = new Set(["EROFS", "EACCES", "EPERM"]);

function rawCode(e: unknown): string {
  const c = (e as { code?: unknown })?.code;
  return typeof c === "string" ? c : "";
}

/** The code a node:fs, SQLite or PostgreSQL error stands for (undefined: not a storage condition). */
export function storageCodeOf(e: unknown, db = true): StorageCode | undefined {
  const c = rawCode(e);
  if (FS_FULL.has(c) || c === "SQLITE_FULL" || c === "53100" /* disk_full */) return "disk-full";
  if (FS_READONLY.has(c) || c.startsWith("SQLITE_READONLY") || c === "25006" /* read_only_sql_transaction */ || c === "42501" /* insufficient_privilege */) return "read-only";
  if (!db) return undefined;
  if (c.startsWith("SQLITE_CANTOPEN") || c === "ECONNREFUSED" || c === "ENOENT" || c === "ENOTFOUND" || c === "28P01" || c === "28000" || c === "3D000" || c === "57P03") return "db-open";
  // the connection to the server went away (reset, shut down): nothing more can be loaded over it
  if (c === "ECONNRESET" || c === "EPIPE" || c === "57P01" || c === "57P02" || c.startsWith("08")) return "db-open";
  if (!c && /Connection terminated|not queryable/i.test((e as Error)?.message ?? "")) return "db-open";
  if (c.startsWith("SQLITE_IOERR")) {
    const m = (e as Error).message ?? "";
    return /full|space/i.test(m) ? "disk-full" : "db";
  }
  return undefined;
}

const REASON: Record<StorageCode, string> = {
  "disk-full": "磁盘空间不足",
  "read-only": "没有写权限（只读）",
  "db-open": "无法打开",
  "db-schema": "结构版本不符",
  db: "写入失败",
};

/** A StorageError for `e` on `target` (what: 数据库 / 输出目录 / 文件); other errors pass through unchanged. */
export function asStorageError(e: unknown, what: string, target: string): StorageError | undefined {
  if (e instanceof StorageError) return e;
  const code = storageCodeOf(e, what === "数据库");
  if (!code) return undefined;
  const detail = (e as Error)?.message ?? String(e);
  return new StorageError(code, target, `${what} ${target} ${REASON[code]}：${firstLine(detail)}`, detail);
}

/** Like asStorageError, but any error becomes one (code db): for database operations. */
export function dbError(e: unknown, target: string): StorageError {
  return asStorageError(e, "数据库", target) ?? new StorageError("db", target, `数据库 ${target} ${REASON.db}：${firstLine((e as Error)?.message ?? String(e))}`);
}

export function firstLine(s: string): string {
  return s.split("\n")[0].trim();
}
