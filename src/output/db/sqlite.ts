/**
 * The SQLite report database (better-sqlite3): WAL, a busy timeout so that batch workers and other
 * processes can load over their own connections, and one IMMEDIATE transaction per report, so SQLite's
 * single writer lock serialises the loaders and an interrupted load leaves nothing behind.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { StorageError, dbError } from "./errors.js";
import { failedBundle, okBundle, type Cell, type FailedFile, type OkReport, type RowBundle } from "./rows.js";
import { runSync, storePlan, type Op, type StoreMode, type StoreOutcome } from "./plan.js";
import { ensureSchema, readVersion, type SchemaOp } from "./schema.js";
import type { OpenOptions, ReportStore } from "./store.js";

/** Why a database file could not be opened: a read-only or missing folder is named as such. */
function openError(e: unknown, file: string): StorageError {
  const dir = dirname(resolve(file));
  try {
    accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch (a) {
    const code = (a as NodeJS.ErrnoException).code;
    if (code === "EROFS" || code === "EACCES" || code === "EPERM") {
      return new StorageError("read-only", file, `数据库 ${file} 没有写权限（只读）：${existsSync(file) ? "文件" : `目录 ${dir}`}不可写`);
    }
    if (code === "ENOENT") return new StorageError("db-open", file, `数据库 ${file} 无法打开：目录 ${dir} 不存在`);
  }
  return dbError(e, file);
}

/**
 * Open for reading. Where the file is writable it is opened read-write with `query_only`, so that SQLite
 * can recover the WAL a killed batch left behind (a read-only connection cannot: "attempt to write a
 * readonly database"); elsewhere (read-only media) truly read-only.
 */
function openForReading(file: string): Database.Database {
  if (!existsSync(file)) throw Object.assign(new Error(`no such file: ${file}`), { code: "SQLITE_CANTOPEN" });
  let db: Database.Database | undefined;
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(resolve(file)), constants.W_OK);
    db = new Database(file, { fileMustExist: true });
    db.pragma("query_only = ON");
    return db;
  } catch {
    db?.close();
    return new Database(file, { readonly: true, fileMustExist: true });
  }
}

/** Synchronous SQLite store (what the batch's in-process mode, `db merge` and the tests use directly). */
export class ReportDb {
  readonly db: Database.Database;
  readonly label: string;
  readonly readonly: boolean;
  private readonly stmts = new Map<string, Database.Statement>();

  constructor(file: string, options: OpenOptions = {}) {
    this.label = file;
    const readonly = options.readonly ?? false;
    this.readonly = readonly;
    let db: Database.Database | undefined;
    try {
      db = readonly ? openForReading(file) : new Database(file);
      if (!readonly) {
        db.pragma("busy_timeout = 60000"); // wait for the writer lock (other workers, other processes) instead of failing
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        db.pragma("foreign_keys = ON");
      }
    } catch (e) {
      db?.close();
      throw openError(e, file);
    }
    this.db = db;
    if (!readonly) {
      try {
        db.transaction(() => runSync(ensureSchema(file), (op) => this.schemaOp(op))).immediate();
      } catch (e) {
        db.close();
        throw e instanceof StorageError ? e : openError(e, file);
      }
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  private schemaOp(op: SchemaOp): unknown {
    switch (op.op) {
      case "exists":
        return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(op.table) !== undefined;
      case "columns":
        return (this.db.prepare(`PRAGMA table_info(${op.table})`).all() as { name: string }[]).map((c) => c.name);
      case "get":
        return this.db.prepare(op.sql).get();
      case "exec":
        this.db.exec(op.sql);
        return undefined;
    }
  }

  private exec(op: Op): unknown {
    switch (op.op) {
      case "get":
        return this.stmt(op.sql).get(...op.params);
      case "run":
        this.stmt(op.sql).run(...op.params);
        return undefined;
      case "lock":
        return undefined; // the IMMEDIATE transaction holds SQLite's writer lock
      case "id":
        return (this.stmt("UPDATE juesuan_counters SET next_id = next_id + 1 WHERE name = 'reports' RETURNING next_id - 1 AS id").get() as { id: number }).id;
      case "insert": {
        const st = this.stmt(`INSERT INTO ${op.table} (${op.columns.join(", ")}) VALUES (${op.columns.map(() => "?").join(", ")})`);
        for (const row of op.rows) st.run(...row);
        return undefined;
      }
    }
  }

  private assertWritable(): void {
    if (this.readonly) throw new StorageError("db", this.label, `数据库 ${this.label} 以只读方式打开`);
  }

  /** Store one bundle in one IMMEDIATE transaction. */
  storeBundle(b: RowBundle, mode: StoreMode): StoreOutcome {
    this.assertWritable();
    try {
      return this.db.transaction(() => runSync(storePlan(b, mode), (op) => this.exec(op))).immediate();
    } catch (e) {
      throw dbError(e, this.label);
    }
  }

  load(r: OkReport, mode: StoreMode = "load"): StoreOutcome {
    return this.storeBundle(okBundle(r), mode);
  }

  /** Replace whatever is stored for this content by this report; returns its id. */
  loadReport(r: OkReport): number {
    return this.load(r, "replace").id;
  }

  recordFailure(f: FailedFile): StoreOutcome {
    return this.storeBundle(failedBundle(f), "load");
  }

  /** Loaded ok (whether or not current). */
  isLoaded(sha256: string): boolean {
    return (this.stmt("SELECT status FROM reports WHERE sha256 = ?").get(sha256) as { status: string } | undefined)?.status === "ok";
  }

  loadedHashes(): Set<string> {
    const rows = this.db.prepare("SELECT sha256 FROM reports WHERE status = 'ok' AND is_current = 1 AND sha256 IS NOT NULL").all() as { sha256: string }[];
    return new Set(rows.map((r) => r.sha256));
  }

  schemaVersion(): number {
    return runSync(readVersion(), (op) => this.schemaOp(op));
  }

  all(sql: string, params: Cell[] = []): Record<string, unknown>[] {
    return this.db.prepare(sql).all(...params) as Record<string, unknown>[];
  }

  /**
   * Close; the last writer also leaves the file in rollback-journal mode, so that at rest a database is one
   * file (copied as is to be merged, read where its folder is read-only). While other connections are
   * open it stays in WAL mode.
   */
  close(): void {
    if (this.db.open) {
      if (!this.readonly) {
        try {
          this.db.pragma("wal_checkpoint(TRUNCATE)");
          this.db.pragma("busy_timeout = 0");
          this.db.pragma("journal_mode = DELETE");
        } catch {
          // a full disk or another connection: the WAL stays and is checkpointed later
        }
      }
      this.db.close();
    }
  }
}

/** The async ReportStore over ReportDb. */
export class SqliteStore implements ReportStore {
  readonly engine = "sqlite" as const;
  readonly db: ReportDb;
  constructor(path: string, options: OpenOptions = {}) {
    this.db = new ReportDb(path, options);
  }
  get label(): string {
    return this.db.label;
  }
  async loadedHashes(): Promise<Set<string>> {
    return this.db.loadedHashes();
  }
  async load(r: OkReport, mode: StoreMode = "load"): Promise<StoreOutcome> {
    return this.db.load(r, mode);
  }
  async recordFailure(f: FailedFile): Promise<StoreOutcome> {
    return this.db.recordFailure(f);
  }
  async storeBundle(b: RowBundle, mode: StoreMode): Promise<StoreOutcome> {
    return this.db.storeBundle(b, mode);
  }
  async all(sql: string, params: Cell[] = []): Promise<Record<string, unknown>[]> {
    return this.db.all(sql, params);
  }
  async schemaVersion(): Promise<number> {
    return this.db.schemaVersion();
  }
  async close(): Promise<void> {
    this.db.close();
  }
}
