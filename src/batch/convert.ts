/**
 * Converting one file's bytes: parse the report, match its layout family. Runs inside a worker thread
 * (worker.ts) or in-process; never throws — failures come back as { ok: false, code, message }.
 */
import { ReadError } from "../read/errors.js";
import type { ReadProgress } from "../read/index.js";
import type { Report } from "../model/report.js";
import { fingerprintReport } from "../layout/fingerprint.js";
import { matchFamily, type LayoutFamily } from "../layout/family.js";
import type { LayoutResult } from "../output/db.js";

export type ConvertResult =
  | { ok: true; report: Report; layout?: LayoutResult; ms: number; texts?: OutputTexts; sunk?: Sunk }
  | { ok: false; code: string; message: string; ms: number; /** the output folder or database failed: the batch stops */ fatal?: boolean };

/** A report written and loaded where it was converted (a worker with a sink). */
export interface Sunk {
  writeMs: number;
  dbMs: number;
  /** kept: another process had already loaded this content. */
  action: "inserted" | "replaced" | "kept";
}

/** The output files, serialised where the report was made (a worker), so the main thread only writes. */
export interface OutputTexts {
  json: string;
  ndjson: string;
}

export function outputTexts(report: Report): OutputTexts {
  return {
    json: JSON.stringify(report) + "\n",
    ndjson: report.facts.map((f) => JSON.stringify(f)).join("\n") + (report.facts.length ? "\n" : ""),
  };
}

export type Converter = (bytes: Uint8Array, file: string, families: LayoutFamily[], onProgress?: (p: ReadProgress) => void) => Promise<ConvertResult>;

/** The pipeline is imported on first use, so batch mechanics can be used (and tested) with another converter. */
let pipeline: Promise<typeof import("../pipeline.js")> | undefined;

export async function convertBytes(bytes: Uint8Array, file: string, families: LayoutFamily[], onProgress?: (p: ReadProgress) => void): Promise<ConvertResult> {
  const t0 = performance.now();
  try {
    pipeline ??= import("../pipeline.js");
    const report = await (await pipeline).parseReport({ bytes, name: file, ...(onProgress ? { onProgress } : {}) }, { families });
    let layout: LayoutResult | undefined;
    if (families.length > 0) {
      const m = matchFamily(fingerprintReport(report), families);
      layout = { ...(m.family ? { family: m.family } : {}), score: m.score, deviations: m.deviations, ...(m.closest ? { comparedWith: m.closest } : {}) };
    }
    return { ok: true, report, ...(layout ? { layout } : {}), ms: performance.now() - t0, texts: outputTexts(report) };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof ReadError) return { ok: false, code: e.code, message: e.message, ms };
    return { ok: false, code: "internal", message: e instanceof Error ? e.message : String(e), ms };
  }
}
