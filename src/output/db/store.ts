/** The engine-independent face of a report database, and `openStore`, which picks SQLite or PostgreSQL. */
import type { Cell, FailedFile, OkReport, RowBundle } from "./rows.js";
import type { StoreMode, StoreOutcome } from "./plan.js";
import { parseDbTarget, type DbTarget } from "./target.js";

export interface ReportStore {
  readonly engine: "sqlite" | "postgres";
  /** The file path or the URL without password, for messages. */
  readonly label: string;
  /** Hashes of the reports loaded ok that are current (a batch skips these). */
  loadedHashes(): Promise<Set<string>>;
  /** Store a converted report in one transaction ("load": keep it when already loaded ok and current). */
  load(r: OkReport, mode?: StoreMode): Promise<StoreOutcome>;
  /** Record a file that could not be converted; never replaces a report loaded ok. */
  recordFailure(f: FailedFile): Promise<StoreOutcome>;
  storeBundle(b: RowBundle, mode: StoreMode): Promise<StoreOutcome>;
  /** A read query; rows as objects (integers as numbers). */
  all(sql: string, params?: Cell[]): Promise<Record<string, unknown>[]>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open for reading only: no schema creation or migration (query, export). */
  readonly?: boolean;
}

export async function openStore(target: string | DbTarget, options: OpenOptions = {}): Promise<ReportStore> {
  const t = typeof target === "string" ? parseDbTarget(target) : target;
  if (t.engine === "postgres") {
    const { PgStore } = await import("./postgres.js");
    return PgStore.open(t.url, options);
  }
  const { SqliteStore } = await import("./sqlite.js");
  return new SqliteStore(t.path, options);
}
