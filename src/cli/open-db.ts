/**
 * Opening a batch database for reading (query, export): a SQLite file read-only, or PostgreSQL with each
 * query in a READ ONLY transaction. better-sqlite3 and pg are loaded only when needed.
 */
import { UsageError } from "./commands/check.js";
import { StorageError } from "../output/db/errors.js";
import { parseDbTarget } from "../output/db/target.js";
import type { ReportDb } from "../output/db/sqlite.js";
import type { PgStore } from "../output/db/postgres.js";

export interface ReadDb {
  readonly label: string;
  /** Run a read-only query; UsageError for bad SQL or a statement that writes. */
  query(sql: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }>;
  /** Rows of a query one by one (export); the column names first. */
  stream(sql: string): Promise<{ columns: string[]; rows: AsyncIterable<Record<string, unknown>> }>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

function sqlError(e: unknown): never {
  const code = (e as { code?: string }).code;
  if (code === "25006") throw new UsageError("query is read-only: only statements that return rows (SELECT, WITH …)");
  throw new UsageError(`SQL error: ${(e as Error).message}`);
}

class SqliteRead implements ReadDb {
  constructor(private readonly db: ReportDb) {}
  get label() {
    return this.db.label;
  }
  async query(sql: string) {
    let stmt;
    try {
      stmt = this.db.db.prepare(sql);
    } catch (e) {
      sqlError(e);
    }
    if (!stmt.reader) throw new UsageError("query is read-only: only statements that return rows (SELECT, WITH …, PRAGMA …)");
    const columns = stmt.columns().map((c) => c.name);
    try {
      return { columns, rows: stmt.all() as Record<string, unknown>[] };
    } catch (e) {
      sqlError(e);
    }
  }
  async stream(sql: string) {
    const stmt = this.db.db.prepare(sql);
    return { columns: stmt.columns().map((c) => c.name), rows: toAsync(stmt.iterate() as Iterable<Record<string, unknown>>) };
  }
  async schemaVersion() {
    return this.db.schemaVersion();
  }
  async close() {
    this.db.close();
  }
}

async function* toAsync<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
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

export async function openReadonlyDb(target: string): Promise<ReadDb> {
  const t = parseDbTarget(target);
  try {
    if (t.engine === "postgres") {
      const { PgStore } = await import("../output/db/postgres.js");
      return new PgRead(await PgStore.open(t.url, { readonly: true }));
    }
    const { ReportDb } = await import("../output/db/sqlite.js");
    return new SqliteRead(new ReportDb(t.path, { readonly: true }));
  } catch (e) {
    if (e instanceof StorageError) throw new UsageError(e.message);
    throw new UsageError(`cannot open database ${t.label}: ${(e as Error).message}`);
  }
}
