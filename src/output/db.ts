/**
 * The report database: SQLite (default, a file) or PostgreSQL (`postgres://…`), one portable DDL
 * (schemas/db.sql). One transaction per report; identity is the content hash (a reload replaces the
 * report's rows under the same id), the path an attribute with versions (is_current, superseded_by);
 * an interrupted batch leaves no half-loaded report. Modules in ./db/: rows (report → rows), plan (how a
 * report is stored, for both engines), schema (versions and migration), sqlite, postgres, merge, inspect.
 */
export { SCHEMA_VERSION, schemaSql } from "./db/schema.js";
export type { LayoutResult, OkReport, FailedFile, RowBundle } from "./db/rows.js";
export type { StoreMode, StoreOutcome } from "./db/plan.js";
export { ReportDb } from "./db/sqlite.js";
export { openStore, type ReportStore, type OpenOptions } from "./db/store.js";
export { parseDbTarget, isPostgresTarget, type DbTarget } from "./db/target.js";
export { StorageError } from "./db/errors.js";
