/**
 * Opening a batch database for reading (query, export): a SQLite file read-only, or PostgreSQL with each
 * query in a READ ONLY transaction. better-sqlite3 and pg are loaded only when needed. A database that
 * cannot be opened is named in one Chinese line.
 */
import { stat } from "node:fs/promises";
import { errnoText, UsageError } from "./errors.js";
import { StorageError } from "../output/db/errors.js";
import { parseDbTarget } from "../output/db/target.js";
import type { ReportDb } from "../output/db/sqlite.js";
import type { PgStore } from "../output/db/postgres.js";

type Row = Record<string, unknown>;

export interface ReadDb {
  readonly label: string;
  /** Run a read-only query; UsageError for bad SQL or a statement that writes. */
  query(sql: string): Promise<{ columns: string[]; rows: Row[] }>;
  /** Like query, but the rows one by one where the engine can (SQLite); for large query results. */
  queryRows(sql: string): Promise<{ columns: string[]; rows: AsyncIterable<Row> }>;
  /** Rows of a known query one by one (export); the column names first. */
  stream(sql: string): Promise<{ columns: string[]; rows: AsyncIterable<Row> }>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

function sqlError(e: unknown): never {
  if (e instanceof UsageError) throw e;
  const code = (e as { code?: string }).code;
  if (code === "25006") throw new UsageError("query 只读：只能执行返回行的语句（SELECT、WITH …）");
  throw new UsageError(`SQL 有误：${(e as Error).message.split("\n")[0]}`);
}

async function* toAsync<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
}

/** A statement's rows, run only when first asked for (a statement being iterated keeps the connection busy). */
async function* rowsOf(stmt: { iterate(): IterableIterator<unknown> }): AsyncGenerator<Row> {
  yield* stmt.iterate() as Iterable<Row>;
}

class SqliteRead implements ReadDb {
  constructor(private readonly db: ReportDb) {}
  get label() {
    return this.db.label;
  }
  private prepare(sql: string) {
    let stmt;
    try {
      stmt = this.db.db.prepare(sql);
    } catch (e) {
      sqlError(e);
    }
    if (!stmt.reader) throw new UsageError("query 只读：只能执行返回行的语句（SELECT、WITH …、PRAGMA …）");
    return stmt;
  }
  async query(sql: string) {
    const stmt = this.prepare(sql);
    const columns = stmt.columns().map((c) => c.name);
    try {
      return { columns, rows: stmt.all() as Row[] };
    } catch (e) {
      sqlError(e);
    }
  }
  async queryRows(sql: string) {
    const stmt = this.prepare(sql);
    return { columns: stmt.columns().map((c) => c.name), rows: rowsOf(stmt) };
  }
  async stream(sql: string) {
    const stmt = this.db.db.prepare(sql);
    return { columns: stmt.columns().map((c) => c.name), rows: rowsOf(stmt) };
  }
  async schemaVersion() {
    return this.db.schemaVersion();
  }
  async close() {
    this.db.close();
  }
}

class PgRead implements ReadDb {
  constructor(private readonly db: PgStore) {}
  get label() {
    return this.db.label;
  }
  async query(sql: string) {
    try {
      return await this.db.readOnlyQuery(sql);
    } catch (e) {
      sqlError(e);
    }
  }
  async queryRows(sql: string) {
    const { columns, rows } = await this.query(sql);
    return { columns, rows: toAsync(rows) };
  }
  async stream(sql: string) {
    const { columns } = await this.db.readOnlyQuery(`SELECT * FROM (${sql}) q LIMIT 0`);
    return { columns, rows: this.db.stream(sql, columns) };
  }
  schemaVersion() {
    return this.db.schemaVersion();
  }
  close() {
    return this.db.close();
  }
}

/** A SQLite file that exists, is a SQLite database and has juesuan's tables (else a UsageError naming it). */
async function openSqlite(path: string): Promise<ReportDb> {
  const st = await stat(path).catch((e: unknown) => e as NodeJS.ErrnoException);
  if (st instanceof Error) throw new UsageError(`无法打开数据库 ${path}：${errnoText(st)}`);
  if (st.isDirectory()) throw new UsageError(`数据库 ${path} 是一个目录，不是数据库文件`);
  const { ReportDb } = await import("../output/db/sqlite.js");
  const db = new ReportDb(path, { readonly: true });
  try {
    const tables = db.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    if (tables.length === 0) throw new UsageError(`数据库 ${path} 是空的：没有 juesuan 的表`);
    if (!tables.some((t) => t.name === "reports")) throw new UsageError(`无法打开数据库 ${path}：不是 juesuan 的数据库（没有 reports 表）`);
  } catch (e) {
    db.close();
    if (e instanceof UsageError) throw e;
    throw new UsageError(`无法打开数据库 ${path}：不是 juesuan 的数据库（${(e as Error).message}）`);
  }
  return db;
}

export async function openReadonlyDb(target: string): Promise<ReadDb> {
  const t = parseDbTarget(target);
  try {
    if (t.engine === "postgres") {
      const { PgStore } = await import("../output/db/postgres.js");
      return new PgRead(await PgStore.open(t.url, { readonly: true }));
    }
    return new SqliteRead(await openSqlite(t.path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof StorageError) throw new UsageError(e.message);
    throw new UsageError(`无法打开数据库 ${t.label}：${(e as Error).message.split("\n")[0]}`);
  }
}
