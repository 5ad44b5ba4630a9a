/**
 * A report's layout fingerprint: its ordered parts and sections (kind + normalised title), the tables
 * it carries (id, title, unit, header signature) and the performance forms it has.
 */
import type { Report, Section } from "../model/report.js";
import { normaliseHeader, normaliseTitle, type TitleContext } from "./normalise.js";

export interface FpSection {
  kind: string;
  /** Normalised title (the comparison key together with kind). */
  title: string;
  /** The title as printed in the report the fingerprint came from (for messages). */
  printed?: string;
  /** In a family: the section may be absent without being a deviation. */
  optional?: boolean;
  children: FpSection[];
}

export interface FpTable {
  /** T1…T9, or "generic". */
  id: string;
  title: string;
  unit?: string;
  /** Normalised column headers in order: the header signature. */
  columns: string[];
  optional?: boolean;
}

export interface LayoutFingerprint {
  sections: FpSection[];
  tables: FpTable[];
  /** Performance form kinds present ("unit", "project"), sorted. */
  forms: string[];
}

export interface FingerprintOptions {
  /** Outline levels kept: 1 parts, 2 sections, 3 subsections (deeper levels list per-unit items). */
  maxDepth?: number;
}

/**
 * Kinds whose children are per-report content rather than layout: the list of functions, the unit
 * list, the per-item explanations of 具体情况, glossary terms, table bodies.
 */
const LEAF_KINDS = new Set(["glossary", "glossary-part", "table", "functions", "organisation", "gpb-items", "perf-unit-form", "perf-project-form"]);

export function fingerprintReport(report: Pick<Report, "outline" | "tables" | "records" | "unitName" | "fiscalYear">, options: FingerprintOptions = {}): LayoutFingerprint {
  const ctx: TitleContext = { unitName: report.unitName, year: report.fiscalYear };
  const maxDepth = options.maxDepth ?? 3;
  const walk = (sections: Section[], depth: number): FpSection[] =>
    collapseRepeats(
      sections.filter((s) => !isNotLayout(s, depth, ctx)).map((s) => ({
        kind: s.kind,
        title: normaliseTitle(s.title, ctx),
        printed: s.title,
        children: depth >= maxDepth || LEAF_KINDS.has(s.kind) ? [] : walk(s.children, depth + 1),
      })),
    );
  const tables: FpTable[] = report.tables.map((t) => ({
    id: t.id,
    title: normaliseTitle(t.title, ctx),
    ...(t.unit ? { unit: t.unit } : {}),
    columns: t.columns.map(normaliseHeader),
  }));
  const forms = [...new Set(report.records.forms.map((f) => f.kind))].sort();
  return { sections: walk(report.outline, 1), tables, forms };
}

/**
 * Sections that say nothing about the layout: the document title (some readers make it a section,
 * others do not) and performance forms (compared as report.records.forms instead).
 */
function isNotLayout(s: Section, depth: number, ctx: TitleContext): boolean {
  if (s.kind === "title" || s.kind === "perf-unit-form" || s.kind === "perf-project-form") return true;
  const t = normaliseTitle(s.title, ctx);
  if (depth === 1 && /^(?:部门|单位)?决算(?:报告)?$/.test(t)) return true;
  return /绩效自评表$/.test(t);
}

/** Consecutive siblings with the same kind and title (one 项目支出绩效自评表 per project) count once. */
function collapseRepeats(list: FpSection[]): FpSection[] {
  return list.filter((s, i) => i === 0 || s.kind !== list[i - 1].kind || s.title !== list[i - 1].title);
}

/** All sections, depth-first, with their parent path. */
export function flattenSections(sections: FpSection[], path: string[] = []): { section: FpSection; path: string[] }[] {
  const out: { section: FpSection; path: string[] }[] = [];
  for (const s of sections) {
    out.push({ section: s, path });
    out.push(...flattenSections(s.children, [...path, label(s)]));
  }
  return out;
}

/** A readable name for a section in messages: the printed title, else the normalised one, else the kind. */
export function label(s: FpSection): string {
  return (s.printed ?? s.title) || s.kind;
}
