/**
 * Merging shard databases: every report of each source SQLite file, with its facts, cells, findings and
 * layout deviations, is stored into the target (SQLite or PostgreSQL) by the same plan as a batch load, in
 * "merge" mode: identity is the content hash, so a report present in two sources (or already in the target)
 * is stored once — the later parse wins, a report loaded ok is never replaced by a failure — and per path
 * the version parsed last is current. Merging the same sources again changes nothing.
 */
import { resolve } from "node:path";
import { ReportDb } from "./sqlite.js";
import { CHILD_TABLE_NAMES, CHILD_TABLES, REPORT_COLUMNS, type Cell, type ChildTable, type ReportRow, type RowBundle } from "./rows.js";
import type { ReportStore } from "./store.js";
import { StorageError } from "./errors.js";

export interface MergeSourceResult {
  source: string;
  reports: number;
  inserted: number;
  replaced: number;
  kept: number;
}

const ORDER: Record<ChildTable, string> = { facts: "seq", table_cells: "rowid", findings: "seq", layout_deviations: "rowid" };

/** The reports of a source database as bundles, oldest parse first. */
export function* readBundles(src: ReportDb): Generator<RowBundle> {
  const version = src.schemaVersion();
  if (version < 2 || version > 3) throw new StorageError("db-schema", src.label, `数据库 ${src.label} 的结构版本为 ${version}，无法合并（支持 2 和 3）`);
  const ids = src.db.prepare("SELECT id FROM reports ORDER BY parsed_at, id").pluck().all() as number[];
  const repStmt = src.db.prepare(`SELECT ${REPORT_COLUMNS.join(", ")} FROM reports WHERE id = ?`);
  const childStmts = Object.fromEntries(
    CHILD_TABLE_NAMES.map((t) => [t, src.db.prepare(`SELECT ${CHILD_TABLES[t].join(", ")} FROM ${t} WHERE report_id = ? ORDER BY ${ORDER[t]}`).raw()]),
  ) as Record<ChildTable, ReturnType<ReportDb["db"]["prepare"]>>;
  for (const id of ids) {
    const report = repStmt.get(id) as ReportRow | undefined;
    if (!report) continue;
    const children = Object.fromEntries(CHILD_TABLE_NAMES.map((t) => [t, childStmts[t].all(id) as Cell[][]])) as Record<ChildTable, Cell[][]>;
    yield { report, children };
  }
}

export async function mergeInto(target: ReportStore, sources: string[], onSource?: (r: MergeSourceResult) => void): Promise<MergeSourceResult[]> {
  const results: MergeSourceResult[] = [];
  for (const source of sources) {
    if (target.engine === "sqlite" && resolve(source) === resolve(target.label)) {
      throw new StorageError("db", source, `数据库 ${source} 既是来源又是目标：请用 --into 指定另一个文件`);
    }
    const src = new ReportDb(source, { readonly: true });
    const r: MergeSourceResult = { source, reports: 0, inserted: 0, replaced: 0, kept: 0 };
    try {
      for (const b of readBundles(src)) {
        const out = await target.storeBundle(b, "merge");
        r.reports++;
        r[out.action]++;
      }
    } finally {
      src.close();
    }
    results.push(r);
    onSource?.(r);
  }
  return results;
}
