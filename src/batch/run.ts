/**
 * A batch: collect files, convert them on a worker pool, write each report's JSON and facts NDJSON,
 * load the database (one transaction per report), and summarise. One bad file is recorded and the batch
 * goes on; content already loaded ok is skipped unless `force`; aborting stops dispatching.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, join } from "node:path";
import type { Report } from "../model/report.js";
import { ReportDb } from "../output/db.js";
import { collectFiles } from "./walk.js";
import { uniqueNames } from "./names.js";
import { createExecutor, type ResultMessage } from "./pool.js";
import { SummaryBuilder, type BatchSummary, type FileRecord } from "./summary.js";
import type { ProgressSink } from "./progress.js";
import type { Converter } from "./convert.js";
import { writeOutputs } from "./output-files.js";

export interface BatchOptions {
  paths: string[];
  outDir: string;
  dbFile: string;
  /** Worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** Convert and reload even content already loaded ok. */
  force?: boolean;
  /** Convert in this thread (no workers): what tests from TS sources use. */
  inProcess?: boolean;
  familiesDir?: string;
  timeoutMs?: number;
  progress?: ProgressSink;
  /** Convert with this instead of the pipeline (implies in-process; tests). */
  convert?: Converter;
  /** Stop dispatching; files being converted finish and are saved. */
  stop?: AbortSignal;
  /** Stop now: files being converted are dropped (the database stays consistent). */
  stopNow?: AbortSignal;
}

export interface BatchResult {
  summary: BatchSummary;
  records: readonly FileRecord[];
  /** 0 all ok, 1 some file failed, 130 interrupted. */
  exitCode: number;
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const { files, missing, unsupported } = await collectFiles(o.paths);
  const names = uniqueNames(files);
  const total = files.length + missing.length;
  await mkdir(o.outDir, { recursive: true });
  await mkdir(dirname(o.dbFile), { recursive: true });
  const db = new ReportDb(o.dbFile);
  const loaded = o.force ? new Set<string>() : db.loadedHashes();
  const executor = createExecutor({ jobs: o.jobs ?? availableParallelism(), inProcess: o.inProcess, convert: o.convert, familiesDir: o.familiesDir, timeoutMs: o.timeoutMs, sink: { outDir: o.outDir, dbPath: o.dbFile } });
  const sum = new SummaryBuilder();
  sum.unsupported = unsupported;
  const progress = o.progress;
  let done = 0;
  let dbOpen = true;
  const emit = (rec: FileRecord, report?: Report) => {
    sum.add(rec, report);
    progress?.file(rec, ++done, total);
  };
  progress?.start(total);
  if (executor.mode === "in-process" && (o.jobs ?? 2) > 1 && !o.inProcess && !o.convert) progress?.note("juesuan batch: 找不到编译后的 worker（dist/batch/worker.js），改为单线程处理");

  for (const m of missing) {
    db.recordFailure({ file: m, code: "io", message: "文件或目录不存在" });
    emit({ file: m, outcome: "failed", error: { code: "io", message: "文件或目录不存在" } });
  }

  const onResult = async (file: string, name: string, sha256: string, bytes: number, m: ResultMessage) => {
    sum.rssPeak = Math.max(sum.rssPeak, m.maxRss);
    sum.heapPeak = Math.max(sum.heapPeak, m.heapPeak);
    if (!dbOpen) return;
    const r = m.result;
    if (!r.ok) {
      db.recordFailure({ file, sha256, bytes, format: extname(file).slice(1).toLowerCase(), code: r.code, message: r.message, durationMs: r.ms });
      emit({ file, name, outcome: "failed", ms: r.ms, error: { code: r.code, message: r.message } });
      return;
    }
    const report = r.report;
    if (r.sunk) {
      // the worker wrote the files and loaded the database itself
      sum.writeMs += r.sunk.writeMs;
      sum.dbLoadMs += r.sunk.dbMs;
      emit({ file, name, outcome: "ok", ms: r.ms, facts: report.summary.facts, errors: report.summary.errors, warnings: report.summary.warnings, ...(r.layout ? { layoutScore: r.layout.score, deviations: r.layout.deviations.length, ...(r.layout.family ? { family: r.layout.family } : {}) } : {}) }, report);
      return;
    }
    const tw = performance.now();
    try {
      await writeOutputs(o.outDir, name, report, r.texts);
    } catch (e) {
      const message = `无法写出结果：${(e as Error).message}`;
      db.recordFailure({ file, sha256, bytes, format: report.source.format, code: "io", message, durationMs: r.ms });
      emit({ file, name, outcome: "failed", ms: r.ms, error: { code: "io", message } });
      return;
    }
    sum.writeMs += performance.now() - tw;
    if (!dbOpen) return;
    const tl = performance.now();
    try {
      db.loadReport({ file, report, layout: r.layout, durationMs: r.ms });
    } catch (e) {
      emit({ file, name, outcome: "failed", ms: r.ms, error: { code: "db", message: (e as Error).message } });
      return;
    }
    sum.dbLoadMs += performance.now() - tl;
    emit(
      {
        file,
        name,
        outcome: "ok",
        ms: r.ms,
        facts: report.summary.facts,
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        ...(r.layout ? { layoutScore: r.layout.score, deviations: r.layout.deviations.length, ...(r.layout.family ? { family: r.layout.family } : {}) } : {}),
      },
      report,
    );
  };

  const inflight = new Set<Promise<void>>();
  const seen = new Map<string, string>();
  const hardStop = new Promise<"stop">((resolve) => {
    if (o.stopNow?.aborted) resolve("stop");
    o.stopNow?.addEventListener("abort", () => resolve("stop"), { once: true });
  });
  const stopped = () => Boolean(o.stop?.aborted || o.stopNow?.aborted);

  for (let i = 0; i < files.length && !stopped(); i++) {
    const file = files[i].path;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      const message = `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      db.recordFailure({ file, code: "io", message });
      emit({ file, outcome: "failed", error: { code: "io", message } });
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (loaded.has(sha256)) {
      emit({ file, name: names[i], outcome: "skipped" });
      continue;
    }
    const first = seen.get(sha256);
    if (first !== undefined) {
      emit({ file, name: names[i], outcome: "duplicate", sameAs: first });
      continue;
    }
    seen.set(sha256, file);
    const size = bytes.length;
    const p: Promise<void> = executor
      .run(file, bytes, names[i])
      .then((m) => onResult(file, names[i], sha256, size, m))
      .catch((e) => emit({ file, outcome: "failed", error: { code: "internal", message: (e as Error).message } }))
      .finally(() => inflight.delete(p));
    inflight.add(p);
    while (inflight.size >= executor.size && !o.stopNow?.aborted) await Promise.race([...inflight, hardStop]);
  }

  if (o.stopNow?.aborted) {
    await executor.terminate();
  } else {
    await Promise.race([Promise.all([...inflight]), hardStop]);
    if (o.stopNow?.aborted) await executor.terminate();
    else await executor.close();
  }
  dbOpen = false;
  db.close();
  progress?.end();
  const interrupted = stopped();
  const summary = sum.build(total, performance.now() - t0, interrupted);
  await writeFile(join(o.outDir, "_batch-summary.json"), JSON.stringify({ ...summary, files: sum.all }, null, 2) + "\n").catch(() => undefined);
  const exitCode = interrupted ? 130 : summary.outcomes.failed > 0 ? 1 : 0;
  return { summary, records: sum.all, exitCode };
}

export { writeOutputs } from "./output-files.js";
