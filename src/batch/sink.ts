/**
 * Saving one converted report: its output files, then the database (one transaction). Used by the worker
 * threads (each over its own connection) and by the main thread in in-process mode. Storage failures come
 * back as values naming the output folder or the database, marked fatal when nothing else could be saved
 * there either (disk full, read-only).
 */
import type { ReportStore } from "../output/db/store.js";
import type { StoreMode } from "../output/db/plan.js";
import { StorageError, dbError } from "../output/db/errors.js";
import type { ConvertResult, Sunk } from "./convert.js";
import { writeOutputs } from "./output-files.js";

export type SinkResult = ({ ok: true } & Sunk) | { ok: false; code: string; message: string; fatal: boolean };

export async function sinkReport(
  store: ReportStore,
  outDir: string,
  name: string,
  file: string,
  result: Extract<ConvertResult, { ok: true }>,
  mode: StoreMode,
): Promise<SinkResult> {
  const tw = performance.now();
  try {
    await writeOutputs(outDir, name, result.report, result.texts);
  } catch (e) {
    if (e instanceof StorageError) return { ok: false, code: e.code, message: e.message, fatal: e.fatal };
    return { ok: false, code: "io", message: `无法写出结果到 ${outDir}：${(e as Error).message}`, fatal: false };
  }
  const td = performance.now();
  try {
    const out = await store.load({ file, report: result.report, ...(result.layout ? { layout: result.layout } : {}), durationMs: result.ms }, mode);
    return { ok: true, writeMs: td - tw, dbMs: performance.now() - td, action: out.action };
  } catch (e) {
    const se = dbError(e, store.label);
    return { ok: false, code: se.code, message: se.message, fatal: se.fatal };
  }
}
