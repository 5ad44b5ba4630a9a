/**
 * A report as database rows, independent of the engine: the `reports` row and the child rows of facts,
 * table cells, findings and layout deviations (without report_id, which the store adds). The same bundle
 * is what `db merge` reads from a shard database and stores into another.
 */
import type { Report } from "../../model/report.js";
import { factKey } from "../../model/fact-key.js";
import type { Deviation } from "../../layout/compare.js";
import { VERSION } from "../../version.js";

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

/** The columns of `reports` a bundle carries (id, is_current and superseded_by are the store's). */
export const REPORT_COLUMNS = [
  "file", "sha256", "bytes", "unit", "year", "kind", "format", "pages", "status", "error", "error_code",
  "facts_count", "errors_count", "warnings_count", "layout_family", "layout_score", "layout_deviations_count",
  "damaged", "duration_ms", "parsed_at", "juesuan_version",
] as const;
export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number | null> & { file: string; sha256: string | null; status: "ok" | "failed"; parsed_at: string };

/** Child tables and their columns after report_id, in insert order. */
export const CHILD_TABLES = {
  facts: ["seq", "concept", "value_text", "value_num", "unit", "dims", "dims_key", "section", "block", "src_start", "src_end", "page", "line", "source_text", "blank", "empty", "evidence", "doubt"],
  table_cells: ["table_id", "table_no", "table_unit", "row_no", "row_label", "code", "role", "side", "column_label", "value_text", "value_num", "state"],
  findings: ["seq", "rule_id", "severity", "outcome", "message", "expected", "actual", "tolerance", "facts", "places"],
  layout_deviations: ["family", "kind", "what", "expected", "found"],
} as const;
export type ChildTable = keyof typeof CHILD_TABLES;
export const CHILD_TABLE_NAMES = Object.keys(CHILD_TABLES) as ChildTable[];

export type Cell = string | number | null;
export interface RowBundle {
  report: ReportRow;
  children: Record<ChildTable, Cell[][]>;
}

/** PostgreSQL text cannot hold U+0000; both engines store U+FFFD instead, so they hold the same text. */
export function clean(s: string): string;
export function clean(s: string | null | undefined): string | null;
export function clean(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.includes("\u0000") ? s.replace(/\u0000/g, "\ufffd") : s;
}

const num = (v: string | undefined, text: boolean): number | null => {
  if (text || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};
const ms = (d: number | undefined) => (d === undefined ? null : Math.round(d));

export function okBundle(r: OkReport, parsedAt = new Date().toISOString()): RowBundle {
  const { report } = r;
  const count = (sev: string) => report.findings.filter((f) => f.severity === sev).length;
  const facts = report.facts.map((f, i): Cell[] => [
    i, f.concept, clean(f.value), num(f.value, f.unit === "text"), f.unit, clean(JSON.stringify(f.dims ?? {})), clean(factKey({ concept: f.concept, dims: f.dims ?? {} })),
    f.section ?? null, f.source.block, f.source.start, f.source.end, f.source.page ?? null, f.source.line ?? null, clean(f.source.text), f.blank ? 1 : 0, f.empty ? 1 : 0, f.evidence, clean(f.doubt),
  ]);
  const cells: Cell[][] = [];
  report.tables.forEach((t, tn) => {
    t.rows.forEach((row, rn) => {
      for (const [col, cell] of Object.entries(row.values)) {
        cells.push([t.id, tn, t.unit ?? null, rn, clean(row.name), row.code ?? null, row.role, row.side ?? null, clean(col), clean(cell.value ?? cell.text), num(cell.value, false), cell.state]);
      }
    });
  });
  const findings = report.findings.map((f, i): Cell[] => [
    i, f.ruleId, f.severity ?? null, f.outcome, clean(f.message), clean(f.expected), clean(f.actual), clean(f.tolerance), clean(JSON.stringify(f.facts ?? [])), clean(JSON.stringify(f.places ?? [])),
  ]);
  const deviations: Cell[][] = [];
  if (r.layout) {
    if (!r.layout.family) deviations.push([null, "no-family", "版式", r.layout.comparedWith ?? null, `相似度 ${r.layout.score}`]);
    else for (const d of r.layout.deviations) deviations.push([r.layout.family, d.kind, clean(d.what), clean(d.expected), clean(d.found)]);
  }
  return {
    report: {
      file: clean(r.file),
      sha256: report.source.sha256,
      bytes: report.source.bytes,
      unit: clean(report.unitName),
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
      duration_ms: ms(r.durationMs),
      parsed_at: parsedAt,
      juesuan_version: report.juesuan || VERSION,
    },
    children: { facts, table_cells: cells, findings, layout_deviations: deviations },
  };
}

export function failedBundle(f: FailedFile, parsedAt = new Date().toISOString()): RowBundle {
  return {
    report: {
      file: clean(f.file),
      sha256: f.sha256 ?? null,
      bytes: f.bytes ?? null,
      unit: null,
      year: null,
      kind: null,
      format: f.format ?? null,
      pages: null,
      status: "failed",
      error: clean(f.message),
      error_code: f.code,
      facts_count: null,
      errors_count: null,
      warnings_count: null,
      layout_family: null,
      layout_score: null,
      layout_deviations_count: null,
      damaged: 0,
      duration_ms: ms(f.durationMs),
      parsed_at: parsedAt,
      juesuan_version: VERSION,
    },
    children: { facts: [], table_cells: [], findings: [], layout_deviations: [] },
  };
}
