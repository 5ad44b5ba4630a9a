/** The pipeline: read → segment → extract (narrative, forms, tables) → validate → Report. */
import { readDocument, type ReadInput } from "./read/index.js";
import { segment, flatten } from "./segment/index.js";
import { assertReportContent } from "./segment/report-content.js";
import { extractNarrative } from "./extract/narrative/index.js";
import { extractForms } from "./extract/forms/index.js";
import { extractTables, NINE_TABLE_NOTE } from "./extract/tables/index.js";
import { validate, type ValidateOptions } from "./validate/index.js";
import type { Report, Section, SourceInfo } from "./model/report.js";
import type { PerformanceForm } from "./model/records.js";
import type { TypedTable } from "./model/table.js";
import type { Doc } from "./model/document.js";
import { VERSION } from "./version.js";
import { buildCodeMap } from "./extract/classification.js";
import { reconcile } from "./extract/reconcile.js";
import { defaultFamilies, matchFamily, type FamilyMatch, type LayoutFamily } from "./layout/family.js";
import { fingerprintReport } from "./layout/fingerprint.js";

export interface ParseOptions extends ValidateOptions {
  /** Skip validation (facts only). */
  validate?: boolean;
  /** Refuse input that does not look like a final account (default). false: parse a fragment as it is. */
  requireReport?: boolean;
  /** Layout families to match the report against (default: schemas/layouts/); false: no matching. */
  families?: LayoutFamily[] | false;
}

export interface ParseResult {
  report: Report;
  doc: Doc;
}

/** Give table sections of the outline their recognised identity (T1…T9, generic, performance forms). */
function annotateTables(sections: Section[], forms: PerformanceForm[], tables: TypedTable[]): void {
  for (const s of flatten(sections)) {
    if (s.kind !== "table") continue;
    const t = tables.find((x) => x.block === s.start || (x.blocks ?? []).includes(s.start));
    if (t) {
      s.tableId = t.id;
      if (t.title) s.title = t.title;
      continue;
    }
    const f = forms.find((x) => x.block === s.start || (x.blocks ?? []).includes(s.start));
    if (f) {
      s.kind = f.kind === "unit" ? "perf-unit-form" : "perf-project-form";
      s.title = f.project;
    }
  }
}

/**
 * A final account has content: a final account's tables, stated amounts, or financial sections with text
 * (segment/report-content.ts). A title, a table of contents or an attachment link alone is refused.
 */
function assertLooksLikeReport(doc: Doc, outline: ReturnType<typeof segment>): void {
  assertReportContent(doc, outline);
}

/** Parse one report from a path, bytes, or a ReadInput. */
export async function parseReport(input: string | Uint8Array | ReadInput, options: ParseOptions = {}): Promise<Report> {
  return (await parseReportWithDoc(input, options)).report;
}

export async function parseReportWithDoc(input: string | Uint8Array | ReadInput, options: ParseOptions = {}): Promise<ParseResult> {
  const ri: ReadInput = typeof input === "string" ? { path: input } : input instanceof Uint8Array ? { bytes: input } : input;
  const { doc, source } = await readDocument(ri);
  return { report: analyseDoc(doc, source, options), doc };
}

/** Everything after reading: segment, extract, settle, validate — on a document already read (or built). */
export function analyseDoc(doc: Doc, source: SourceInfo, options: ParseOptions = {}): Report {
  const outline = segment(doc);
  if (options.requireReport !== false) assertLooksLikeReport(doc, outline);
  const forms = extractForms(doc);
  const tables = extractTables(doc, new Set(forms.blocks));
  const narrative = extractNarrative(doc, outline, new Set([...forms.blocks, ...tables.blocks]), buildCodeMap(tables.tables));
  reconcile(narrative.ambiguous, tables.facts, narrative.facts);
  annotateTables(outline.sections, forms.forms, tables.tables);
  const facts = [...narrative.facts, ...forms.facts, ...tables.facts];
  const records = { ...narrative.records, forms: forms.forms };
  const families = options.families === false ? [] : options.families ?? defaultFamilies();
  const match: FamilyMatch | undefined = families.length ? matchFamily(fingerprintReport({ outline: outline.sections, tables: tables.tables, records, ...narrative.meta }), families) : undefined;
  const layout = match ? { match, family: families.find((f) => f.id === match.family) } : undefined;
  const findings = options.validate === false ? [] : validate({ facts, tables: tables.tables, records, doc, outline, meta: narrative.meta, ...(layout ? { layout } : {}) }, options);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const report: Report = {
    juesuan: VERSION,
    source,
    ...narrative.meta,
    outline: outline.sections,
    records,
    tables: tables.tables,
    facts,
    findings,
    ...(match ? { layout: { ...(match.family ? { family: match.family } : {}), ...(match.closest ? { closest: match.closest } : {}), score: match.score } } : {}),
    // a matched family says which tables a report must have (rule core-tables): the nine-table notes would mislead
    warnings: [...doc.warnings, ...outline.warnings, ...narrative.warnings, ...forms.warnings, ...(layout?.family ? tables.warnings.filter((w) => !NINE_TABLE_NOTE.test(w.message)) : tables.warnings)],
    ...(doc.damaged ? { damaged: true } : {}),
    summary: {
      facts: facts.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      passed: findings.filter((f) => f.outcome === "pass").length,
      notApplicable: findings.filter((f) => f.outcome === "not_applicable").length,
      insufficientData: findings.filter((f) => f.outcome === "insufficient_data").length,
    },
  };
  return report;
}
