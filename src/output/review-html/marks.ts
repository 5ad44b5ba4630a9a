/**
 * What the review marks in the document: every fact (a thin box) and every place a finding involves (a box coloured
 * by the finding's severity), grouped by location so that one number stated once gets one mark.
 */
import type { Report } from "../../model/report.js";
import type { SourceRef } from "../../model/fact.js";
import type { Finding } from "../../model/finding.js";

export type MarkSeverity = "error" | "warning" | "info" | "none";

export interface Mark {
  block: number;
  cell?: [number, number];
  start: number;
  end: number;
  page?: number;
  bbox?: [number, number, number, number];
  text: string;
  /** Indexes into report.facts. */
  facts: number[];
  /** Place ids "finding.place". */
  places: string[];
  sev: MarkSeverity;
}

const RANK: Record<MarkSeverity, number> = { none: 0, info: 1, warning: 2, error: 3 };

/** The colour a finding gives its places: its severity; a clean pass or an outcome without severity gives none. */
export function findingSeverity(f: Finding): MarkSeverity {
  return f.severity ?? "none";
}

export const placeId = (finding: number, place: number) => `${finding}.${place}`;

const keyOf = (s: SourceRef) => `${s.block}|${s.cell ? s.cell.join(",") : ""}|${s.start}|${s.end}`;

export function collectMarks(report: Pick<Report, "facts" | "findings">): Mark[] {
  const byKey = new Map<string, Mark>();
  const get = (s: SourceRef): Mark => {
    const k = keyOf(s);
    let m = byKey.get(k);
    if (!m) {
      m = { block: s.block, start: s.start, end: s.end, text: s.text, facts: [], places: [], sev: "none", ...(s.cell ? { cell: s.cell } : {}), ...(s.page !== undefined ? { page: s.page } : {}), ...(s.bbox ? { bbox: s.bbox } : {}) };
      byKey.set(k, m);
    }
    if (m.page === undefined && s.page !== undefined) m.page = s.page;
    if (!m.bbox && s.bbox) m.bbox = s.bbox;
    return m;
  };
  report.facts.forEach((f, i) => get(f.source).facts.push(i));
  report.findings.forEach((f, i) => {
    const sev = findingSeverity(f);
    f.places.forEach((p, k) => {
      const m = get(p);
      m.places.push(placeId(i, k));
      if (RANK[sev] > RANK[m.sev]) m.sev = sev;
    });
  });
  return [...byKey.values()];
}
