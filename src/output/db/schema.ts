/**
 * The schema version of a database and the way forward: a new database gets schemas/db.sql; a version-2
 * database (main before sharding) is migrated in place, in one transaction; a version-1 database (facts
 * without evidence) or one from a newer juesuan is refused with a message saying what to do.
 * Written once for both engines as a generator of operations, like plan.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { StorageError } from "./errors.js";

export const SCHEMA_VERSION = 3;

export function schemaSql(): string {
  return readFileSync(fileURLToPath(new URL("../../../schemas/db.sql", import.meta.url)), "utf8");
}

export type SchemaOp =
  | { op: "exists"; table: string }
  | { op: "columns"; table: string }
  | { op: "get"; sql: string }
  | { op: "exec"; sql: string };

/** Columns version 2 added; a database claiming 2 without them was only relabelled (main did that). */
const V2_COLUMNS: [string, string][] = [["facts", "evidence"], ["facts", "line"], ["facts", "doubt"], ["reports", "damaged"]];

/** Migration 2 → 3: versions of one path (is_current, superseded_by) and the id counter. */
const V2_TO_V3 = [
  "ALTER TABLE reports ADD COLUMN is_current INTEGER NOT NULL DEFAULT 1",
  "ALTER TABLE reports ADD COLUMN superseded_by INTEGER",
  // a file that could not be read is current only where its path has no content version
  `UPDATE reports SET is_current = 0 WHERE sha256 IS NULL
     AND EXISTS (SELECT 1 FROM reports o WHERE o.file = reports.file AND o.sha256 IS NOT NULL)`,
  // among the content versions of one path the latest parse (then the highest id) is current; each older one points to the next
  `UPDATE reports SET is_current = 0,
     superseded_by = (SELECT n.id FROM reports n WHERE n.file = reports.file AND n.sha256 IS NOT NULL
                        AND (n.parsed_at > reports.parsed_at OR (n.parsed_at = reports.parsed_at AND n.id > reports.id))
                      ORDER BY n.parsed_at, n.id LIMIT 1)
   WHERE sha256 IS NOT NULL AND EXISTS (SELECT 1 FROM reports n WHERE n.file = reports.file AND n.sha256 IS NOT NULL
                        AND (n.parsed_at > reports.parsed_at OR (n.parsed_at = reports.parsed_at AND n.id > reports.id)))`,
];

const SET_VERSION = (v: number) =>
  `INSERT INTO juesuan_meta(key, value) VALUES ('schema_version', '${v}') ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
// (the WHERE is SQLite's rule for an upsert after a SELECT)
const INIT_COUNTER = "INSERT INTO juesuan_counters(name, next_id) SELECT 'reports', COALESCE(MAX(id), 0) + 1 FROM reports WHERE 1 = 1 ON CONFLICT(name) DO NOTHING";

/** The version a database says it has: 0 for an empty database, 1 when it has tables but no version. */
export function* readVersion(): Generator<SchemaOp, number, unknown> {
  if (!((yield { op: "exists", table: "juesuan_meta" }) as boolean)) return (yield { op: "exists", table: "reports" }) ? 1 : 0;
  const row = (yield { op: "get", sql: "SELECT value FROM juesuan_meta WHERE key = 'schema_version'" }) as { value: string } | undefined;
  const v = Number(row?.value ?? 1);
  if (v === 2) {
    for (const [t, c] of V2_COLUMNS) if (!((yield { op: "columns", table: t }) as string[]).includes(c)) return 1;
  }
  return Number.isInteger(v) ? v : 1;
}

/** Create, migrate or refuse; `label` names the database in messages. Runs inside one transaction. */
export function* ensureSchema(label: string, allowMigrate = true): Generator<SchemaOp, { from: number; to: number }, unknown> {
  const from = yield* readVersion();
  if (from > SCHEMA_VERSION) {
    throw new StorageError("db-schema", label, `数据库 ${label} 的结构版本为 ${from}，比本版 juesuan 支持的 ${SCHEMA_VERSION} 新：请升级 juesuan`);
  }
  if (from === 1) {
    throw new StorageError("db-schema", label, `数据库 ${label} 的结构版本为 1（缺少 facts.evidence 等列），无法自动升级到 ${SCHEMA_VERSION}：请换一个新的数据库文件重新运行 batch（源文件会重新解析）`);
  }
  if (from === 2) {
    if (!allowMigrate) throw needsMigration(label, from);
    for (const sql of V2_TO_V3) yield { op: "exec", sql };
  }
  if (from !== SCHEMA_VERSION) {
    yield { op: "exec", sql: schemaSql() };
    yield { op: "exec", sql: SET_VERSION(SCHEMA_VERSION) };
  }
  yield { op: "exec", sql: INIT_COUNTER };
  return { from, to: SCHEMA_VERSION };
}

export function needsMigration(label: string, from: number): StorageError {
  return new StorageError("db-schema", label, `数据库 ${label} 的结构版本为 ${from}，需要升级到 ${SCHEMA_VERSION}：运行 juesuan db migrate --db ${label}（或任一写入它的 batch）`);
}
