/**
 * The report database (SQLite via better-sqlite3; the DDL in schemas/db.sql is portable to PostgreSQL).
 * One transaction per report; loading is idempotent by content hash (a reload deletes the report's rows
 * and inserts them again under the same id), so an interrupted batch leaves no half-loaded report.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Report } from "../model/report.js";
import { factKey } from "../model/fact.js";
import type { Deviation } from "../layout/compare.js";
import { VERSION } from "../version.js";

export const SCHEMA_VERSION = "2";

export function schemaSql(): string {
  return readFileSync(fileURLToPath(new URL("../../schemas/db.sql", import.meta.url)), "utf8");
}

/** Layout outcome stored with a report. */
export interface LayoutResult {
  family?: string;
  score: number;
  deviations: Deviation[];
  /** The family the deviations were measured against (the closest one when none fits). */
  comparedWith?: string;
}

export interface OkReport {
  file: string;
  report: Report;
  layout?: LayoutResult;
  durationMs?: number;
}

export interface FailedFile {
  file: string;
  sha256?: string;
  bytes?: number;
  format?: string;
  code: string;
  message: string;
  durationMs?: number;
}

export interface LoadedRow {
  id: number;
  file: string;
  sha256: string | null;
  status: "ok" | "failed";
}

export class ReportDb {
  readonly db: Database.Database;
  private readonly stmts;

  constructor(file: string, options: { readonly?: boolean } = {}) {
    this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma("journal_mode = WAL");
      // batch workers load reports over their own connections: wait for the writer lock instead of failing
      this.db.pragma("busy_timeout = 60000");
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("foreign_keys = ON");
      this.db.exec(schemaSql());
      this.db.prepare("INSERT INTO juesuan_meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(SCHEMA_VERSION);
    }
    const db = this.db;
    this.stmts = options.readonly
      ? undefined
      : {
          bySha: db.prepare<[string], { id: number; status: string }>("SELECT id, status FROM reports WHERE sha256 = ?"),
          nextId: db.prepare<[], { id: number }>("SELECT COALESCE(MAX(id), 0) + 1 AS id FROM reports"),
          delChildren: [
            db.prepare("DELETE FROM facts WHERE report_id = ?"),
            db.prepare("DELETE FROM table_cells WHERE report_id = ?"),
            db.prepare("DELETE FROM findings WHERE report_id = ?"),
            db.prepare("DELETE FROM layout_deviations WHERE report_id = ?"),
          ],
          delReport: db.prepare("DELETE FROM reports WHERE id = ?"),
          unreadableByFile: db.prepare<[string], { id: number }>("SELECT id FROM reports WHERE file = ? AND sha256 IS NULL"),
          insReport: db.prepare(`INSERT INTO reports (id, file, sha256, bytes, unit, year, kind, format, pages, status, error, error_code,
              facts_count, errors_count, warnings_count, layout_family, layout_score, layout_deviations_count, damaged, duration_ms, parsed_at, juesuan_version)
              VALUES (@id, @file, @sha256, @bytes, @unit, @year, @kind, @format, @pages, @status, @error, @error_code,
              @facts_count, @errors_count, @warnings_count, @layout_family, @layout_score, @layout_deviations_count, @damaged, @duration_ms, @parsed_at, @juesuan_version)`),
          insFact: db.prepare(`INSERT INTO facts (report_id, seq, concept, value_text, value_num, unit, dims, dims_key, section, block, src_start, src_end, page, line, source_text, blank, empty, evidence, doubt)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
          insCell: db.prepare(`INSERT INTO table_cells (report_id, table_id, table_no, table_unit, row_no, row_label, code, role, side, column_label, value_text, value_num, state)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
          insFinding: db.prepare(`INSERT INTO findings (report_id, seq, rule_id, severity, outcome, message, expected, actual, tolerance, facts, places)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
          insDeviation: db.prepare("INSERT INTO layout_deviations (report_id, family, kind, what, expected, found) VALUES (?, ?, ?, ?, ?, ?)"),
        };
  }

  private get s() {
    if (!this.stmts) throw new Error("database opened read-only");
    return this.stmts;
  }

  /** sha256 already loaded with status ok (a resumed batch skips it). */
  isLoaded(sha256: string): boolean {
    return this.s.bySha.get(sha256)?.status === "ok";
  }

  /** Hashes of every report loaded ok (one query, for a batch's skip test). */
  loadedHashes(): Set<string> {
    const rows = this.db.prepare<[], { sha256: string }>("SELECT sha256 FROM reports WHERE status = 'ok' AND sha256 IS NOT NULL").all();
    return new Set(rows.map((r) => r.sha256));
  }

  /** Replace whatever is stored for this content by this report, in one transaction. Returns the id. */
  loadReport(r: OkReport): number {
    return this.db.transaction(() => {
      const { report } = r;
      const id = this.claimId(report.source.sha256, r.file);
      const count = (sev: string) => report.findings.filter((f) => f.severity === sev).length;
      this.s.insReport.run({
        id,
        file: r.file,
        sha256: report.source.sha256,
        bytes: report.source.bytes,
        unit: report.unitName ?? null,
        year: report.fiscalYear ?? null,
        kind: report.kind ?? null,
        format: report.source.format,
        pages: report.source.pages ?? null,
        status: "ok",
        error: null,
        error_code: null,
        facts_count: report.facts.length,
        errors_count: count("error"),
        warnings_count: count("warning"),
        layout_family: r.layout?.family ?? null,
        layout_score: r.layout ? r.layout.score : null,
        layout_deviations_count: r.layout ? r.layout.deviations.length + (r.layout.family ? 0 : 1) : null,
        damaged: report.damaged ? 1 : 0,
        duration_ms: r.durationMs === undefined ? null : Math.round(r.durationMs),
        parsed_at: new Date().toISOString(),
        juesuan_version: report.juesuan || VERSION,
      });
      report.facts.forEach((f, i) => {
        const num = f.unit === "text" ? null : Number(f.value);
        this.s.insFact.run(
          id, i, f.concept, f.value, num !== null && Number.isFinite(num) ? num : null, f.unit, JSON.stringify(f.dims ?? {}), factKey({ concept: f.concept, dims: f.dims ?? {} }),
          f.section ?? null, f.source.block, f.source.start, f.source.end, f.source.page ?? null, f.source.line ?? null, f.source.text, f.blank ? 1 : 0, f.empty ? 1 : 0, f.evidence, f.doubt ?? null,
        );
      });
      report.tables.forEach((t, tn) => {
        t.rows.forEach((row, rn) => {
          for (const [col, cell] of Object.entries(row.values)) {
            const num = cell.value === undefined ? null : Number(cell.value);
            this.s.insCell.run(
              id, t.id, tn, t.unit ?? null, rn, row.name, row.code ?? null, row.role, row.side ?? null, col,
              cell.value ?? cell.text, num !== null && Number.isFinite(num) ? num : null, cell.state,
            );
          }
        });
      });
      report.findings.forEach((f, i) => {
        this.s.insFinding.run(id, i, f.ruleId, f.severity ?? null, f.outcome, f.message, f.expected ?? null, f.actual ?? null, f.tolerance ?? null, JSON.stringify(f.facts ?? []), JSON.stringify(f.places ?? []));
      });
      if (r.layout) {
        const fam = r.layout.family ?? null;
        if (!r.layout.family) this.s.insDeviation.run(id, null, "no-family", "版式", r.layout.comparedWith ?? null, `相似度 ${r.layout.score}`);
        else for (const d of r.layout.deviations) this.s.insDeviation.run(id, fam, d.kind, d.what, d.expected ?? null, d.found ?? null);
      }
      return id;
    }).immediate();
  }

  /** Record a file that could not be converted (replacing earlier rows for the same content or unreadable file). */
  recordFailure(f: FailedFile): number {
    return this.db.transaction(() => {
      const id = this.claimId(f.sha256, f.file);
      this.s.insReport.run({
        id,
        file: f.file,
        sha256: f.sha256 ?? null,
        bytes: f.bytes ?? null,
        unit: null,
        year: null,
        kind: null,
        format: f.format ?? null,
        pages: null,
        status: "failed",
        error: f.message,
        error_code: f.code,
        facts_count: null,
        errors_count: null,
        warnings_count: null,
        layout_family: null,
        layout_score: null,
        layout_deviations_count: null,
        damaged: 0,
        duration_ms: f.durationMs === undefined ? null : Math.round(f.durationMs),
        parsed_at: new Date().toISOString(),
        juesuan_version: VERSION,
      });
      return id;
    }).immediate();
  }

  /** Delete the rows stored for this content (or this unreadable file) and return the id to reuse. */
  private claimId(sha256: string | undefined, file: string): number {
    const old = sha256 ? this.s.bySha.get(sha256)?.id : this.s.unreadableByFile.get(file)?.id;
    if (old !== undefined) {
      for (const st of this.s.delChildren) st.run(old);
      this.s.delReport.run(old);
      return old;
    }
    return this.s.nextId.get()!.id;
  }

  close(): void {
    if (this.db.open) {
      if (!this.db.readonly) this.db.pragma("wal_checkpoint(TRUNCATE)");
      this.db.close();
    }
  }
}

export function openDb(file: string, options: { readonly?: boolean } = {}): ReportDb {
  return new ReportDb(file, options);
}
