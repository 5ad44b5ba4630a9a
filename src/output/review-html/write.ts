/** Writing reviews: of a report parsed now, and of the reports a batch wrote (from their JSON and the input files). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "../../model/report.js";
import type { Doc } from "../../model/document.js";
import { fingerprintReport } from "../../layout/fingerprint.js";
import { loadFamilies, matchFamily, type FamilyMatch, type LayoutFamily } from "../../layout/family.js";
import { renderReviewHtml } from "./index.js";
import { renderIndexHtml, type IndexRow } from "./batch-index.js";

let families: LayoutFamily[] | undefined;

/** The report's layout family match (null when no families are known). */
export function layoutOf(report: Report, familiesDir?: string): FamilyMatch | null {
  const fams = familiesDir ? loadFamilies(familiesDir) : (families ??= loadFamilies());
  return fams.length ? matchFamily(fingerprintReport(report), fams) : null;
}

export function reviewHtml(report: Report, doc: Doc, bytes?: Uint8Array, familiesDir?: string): string {
  return renderReviewHtml({ report, doc, ...(report.source.format === "pdf" && bytes ? { bytes } : {}), layout: layoutOf(report, familiesDir) });
}

export function indexRow(file: string, report: Report, href: string | undefined, layout: FamilyMatch | null): IndexRow {
  return {
    file,
    ...(href ? { href } : {}),
    ...(report.unitName ? { unit: report.unitName } : {}),
    ...(report.fiscalYear ? { year: report.fiscalYear } : {}),
    ...(report.kind ? { kind: report.kind } : {}),
    ...(layout?.family ? { family: layout.family } : {}),
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    infos: report.summary.infos,
    facts: report.summary.facts,
    ...(layout ? { deviations: layout.family ? layout.deviations.length : undefined } : {}),
  };
}

export interface BatchFile {
  file: string;
  name?: string;
  outcome: string;
  error?: { code: string; message: string };
}

/**
 * One review per report a batch converted (read back from `<outDir>/<name>.json`; the input file is read again for
 * its document blocks), and the list of them (`index.html`, or `indexName`). Returns how many reviews were written and the failures.
 */
export async function writeBatchReviews(records: readonly BatchFile[], outDir: string, htmlDir: string, write: (path: string, text: string) => Promise<void>, familiesDir?: string, indexName = "index.html"): Promise<{ written: number; failed: { file: string; message: string }[] }> {
  const { readDocument } = await import("../../read/index.js");
  const rows: IndexRow[] = [];
  const failed: { file: string; message: string }[] = [];
  let written = 0;
  for (const r of records) {
    if (r.outcome === "failed") {
      rows.push({ file: r.file, failure: r.error ?? { code: "internal", message: "失败" } });
      continue;
    }
    if ((r.outcome !== "ok" && r.outcome !== "skipped") || !r.name) continue;
    try {
      const report = JSON.parse(await readFile(join(outDir, `${r.name}.json`), "utf8")) as Report;
      const bytes = new Uint8Array(await readFile(r.file));
      const { doc } = await readDocument({ bytes, name: r.file });
      const layout = layoutOf(report, familiesDir);
      const href = `${r.name}.html`;
      await write(join(htmlDir, href), renderReviewHtml({ report, doc, ...(report.source.format === "pdf" ? { bytes } : {}), layout }));
      rows.push(indexRow(r.file, report, href, layout));
      written++;
    } catch (e) {
      const message = `无法生成审核页：${(e as Error).message}`;
      failed.push({ file: r.file, message });
      rows.push({ file: r.file, failure: { code: "review", message } });
    }
  }
  await write(join(htmlDir, indexName), renderIndexHtml(rows));
  return { written, failed };
}
