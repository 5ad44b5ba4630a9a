/**
 * How a report is stored, written once for both engines as a generator of database operations: the
 * SQLite store runs them synchronously inside one IMMEDIATE transaction, the PostgreSQL store awaits them
 * inside one transaction holding advisory locks on the report's hash and path.
 *
 * Identity is the content hash: storing content that is already there replaces its rows under the same
 * id (or keeps them, see StoreMode); a failure never replaces a report loaded ok. Per path, the version
 * parsed last is current (is_current = 1) and the one it replaced points to it (superseded_by). A file that
 * could not be read at all (sha256 NULL) is current only while its path has no content version.
 */
import { CHILD_TABLE_NAMES, CHILD_TABLES, REPORT_COLUMNS, type Cell, type ChildTable, type RowBundle } from "./rows.js";

export type Op =
  | { op: "get"; sql: string; params: Cell[] }
  | { op: "run"; sql: string; params: Cell[] }
  | { op: "insert"; table: ChildTable | "reports"; columns: readonly string[]; rows: Cell[][] }
  | { op: "lock"; key: string }
  | { op: "id" };

/**
 * load: keep content already loaded ok and current, replace anything else stored for it;
 * replace: replace whatever is stored for the content (`--force`);
 * merge: of two copies of one content keep the later parse (ok always beats failed).
 */
export type StoreMode = "load" | "replace" | "merge";

export interface StoreOutcome {
  id: number;
  /** inserted: new content; replaced: same content stored again under its id; kept: what was stored stays. */
  action: "inserted" | "replaced" | "kept";
  /** Whether the stored row is now the current version of its path. */
  current: boolean;
}

export const REPORT_INSERT_COLUMNS = ["id", ...REPORT_COLUMNS, "is_current", "superseded_by"] as const;

type Existing = { id: number; status: string; is_current: number; parsed_at: string } | undefined;

/** Runs inside one transaction; returns what happened. */
export function* storePlan(b: RowBundle, mode: StoreMode): Generator<Op, StoreOutcome, unknown> {
  const r = b.report;
  if (r.sha256) yield { op: "lock", key: `sha:${r.sha256}` };
  yield { op: "lock", key: `file:${r.file}` };
  if (!r.sha256) return yield* storeUnreadable(b, mode);

  const ex = (yield { op: "get", sql: "SELECT id, status, is_current, parsed_at FROM reports WHERE sha256 = ?", params: [r.sha256] }) as Existing;
  let id: number;
  let action: StoreOutcome["action"] = "inserted";
  if (ex) {
    const keep =
      (r.status === "failed" && ex.status === "ok") ||
      (mode === "load" && r.status === "ok" && ex.status === "ok" && Number(ex.is_current) === 1) ||
      (mode === "merge" && !(r.status === "ok" && ex.status === "failed") && ex.parsed_at >= r.parsed_at) ||
      (mode === "merge" && r.status === "failed" && ex.status === "failed");
    if (keep) return { id: Number(ex.id), action: "kept", current: Number(ex.is_current) === 1 };
    id = Number(ex.id);
    action = "replaced";
    yield* deleteReport(id);
  } else {
    id = (yield { op: "id" }) as number;
  }
  // the file was read this time: an earlier "could not read" row for its path is obsolete
  yield { op: "run", sql: "DELETE FROM reports WHERE file = ? AND sha256 IS NULL", params: [r.file] };
  const cur = (yield { op: "get", sql: "SELECT id, parsed_at FROM reports WHERE file = ? AND is_current = 1", params: [r.file] }) as { id: number; parsed_at: string } | undefined;
  let current = 1;
  let supersededBy: number | null = null;
  if (cur) {
    if (cur.parsed_at <= r.parsed_at) yield { op: "run", sql: "UPDATE reports SET is_current = 0, superseded_by = ? WHERE id = ?", params: [id, Number(cur.id)] };
    else {
      current = 0;
      supersededBy = Number(cur.id);
    }
  }
  yield* insertReport(b, id, current, supersededBy);
  return { id, action, current: current === 1 };
}

function* storeUnreadable(b: RowBundle, mode: StoreMode): Generator<Op, StoreOutcome, unknown> {
  const r = b.report;
  const ex = (yield { op: "get", sql: "SELECT id, is_current, parsed_at FROM reports WHERE file = ? AND sha256 IS NULL", params: [r.file] }) as Existing;
  let id: number;
  let action: StoreOutcome["action"] = "inserted";
  if (ex) {
    if (mode === "merge" && ex.parsed_at >= r.parsed_at) return { id: Number(ex.id), action: "kept", current: Number(ex.is_current) === 1 };
    id = Number(ex.id);
    action = "replaced";
    yield* deleteReport(id);
  } else {
    id = (yield { op: "id" }) as number;
  }
  const version = (yield { op: "get", sql: "SELECT id FROM reports WHERE file = ? AND is_current = 1", params: [r.file] }) as { id: number } | undefined;
  const current = version ? 0 : 1;
  yield* insertReport(b, id, current, null);
  return { id, action, current: current === 1 };
}

function* deleteReport(id: number): Generator<Op, void, unknown> {
  for (const t of CHILD_TABLE_NAMES) yield { op: "run", sql: `DELETE FROM ${t} WHERE report_id = ?`, params: [id] };
  yield { op: "run", sql: "DELETE FROM reports WHERE id = ?", params: [id] };
}

function* insertReport(b: RowBundle, id: number, current: number, supersededBy: number | null): Generator<Op, void, unknown> {
  const row: Cell[] = [id, ...REPORT_COLUMNS.map((c) => b.report[c] ?? null), current, supersededBy];
  yield { op: "insert", table: "reports", columns: REPORT_INSERT_COLUMNS, rows: [row] };
  for (const t of CHILD_TABLE_NAMES) {
    const rows = b.children[t];
    if (rows.length) yield { op: "insert", table: t, columns: ["report_id", ...CHILD_TABLES[t]], rows: rows.map((c) => [id, ...c]) };
  }
}

/** Drive a plan synchronously (SQLite). */
export function runSync<O, T>(gen: Generator<O, T, unknown>, exec: (op: O) => unknown): T {
  let step = gen.next();
  while (!step.done) step = gen.next(exec(step.value));
  return step.value;
}

/** Drive a plan asynchronously (PostgreSQL). */
export async function runAsync<O, T>(gen: Generator<O, T, unknown>, exec: (op: O) => Promise<unknown>): Promise<T> {
  let step = gen.next();
  while (!step.done) step = gen.next(await exec(step.value));
  return step.value;
}
