/**
 * A batch: collect files, convert them on a worker pool, write each report's JSON and facts NDJSON,
 * load the database (one transaction per report), and summarise. One bad file is recorded and the batch
 * goes on; content already loaded ok is skipped unless `force`; aborting stops dispatching. With a shard
 * (`i/n`) only the inputs whose content hash falls in shard i are taken. When the output folder or the
 * database cannot take more (disk full, read-only), the batch stops dispatching, finishes what is running,
 * and says which path failed; temp files are never left behind.
 */
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import type { Report } from "../model/report.js";
import { openStore, type ReportStore } from "../output/db/store.js";
import { parseDbTarget } from "../output/db/target.js";
import { StorageError, asStorageError, dbError } from "../output/db/errors.js";
import { collectFiles } from "./walk.js";
import { summaryStem, uniqueNames } from "./names.js";
import { createExecutor, type ResultMessage } from "./pool.js";
import { SummaryBuilder, type BatchSummary, type FileRecord } from "./summary.js";
import type { ProgressSink } from "./progress.js";
import type { Converter, ConvertResult } from "./convert.js";
import { removeStaleTemps, tempPath, writeFilesAtomic } from "./output-files.js";
import { sinkReport } from "./sink.js";
import { inShard, shardLabel, shardOfHash, shardOfPath, type Shard } from "./shard.js";

export interface BatchOptions {
  paths: string[];
  outDir: string;
  /** SQLite file, or a PostgreSQL connection string (postgres://…, postgresql://…, socket:/dir?db=…). */
  dbFile: string;
  /** Worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** Convert and reload even content already loaded ok. */
  force?: boolean;
  /** Convert in this thread (no workers): what tests from TS sources use. */
  inProcess?: boolean;
  familiesDir?: string;
  /** Per-file wall-clock limit (ms); default: 120 s + 20 s per MB; 0: none. */
  timeoutMs?: number;
  /** CPU limit per PDF page (ms); default 5 s; 0: none. */
  pageTimeoutMs?: number;
  /** Heap ceiling per worker (MB). */
  maxMemoryMb?: number;
  /** Take only this shard of the inputs. */
  shard?: Shard;
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
  /** 0 all ok, 1 some file failed, 2 stopped: the output folder or database failed, 130 interrupted. */
  exitCode: number;
  /** The summary file could not be written (why). */
  summaryFileError?: string;
}

/** The nearest folder at or above `p` that exists. */
function existingAncestor(p: string): string {
  let d = resolve(p);
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

/** The output folder exists and takes a file, or a StorageError naming it. */
async function prepareOutDir(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    const probe = tempPath(join(outDir, "_probe"));
    await writeFile(probe, "", { flag: "wx" });
    await unlink(probe);
  } catch (e) {
    const known = asStorageError(e, "输出目录", outDir);
    if (known) throw known;
    const up = existingAncestor(outDir);
    try {
      accessSync(up, constants.W_OK);
    } catch (a) {
      const ro = asStorageError(a, "输出目录", outDir);
      if (ro) throw new StorageError(ro.code, outDir, `输出目录 ${outDir} 没有写权限（只读）：${up} 不可写`);
    }
    throw new StorageError("db", outDir, `输出目录 ${outDir} 无法写入：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function prepareStore(dbFile: string): Promise<ReportStore> {
  const t = parseDbTarget(dbFile);
  if (t.engine === "sqlite") {
    try {
      await mkdir(dirname(t.path), { recursive: true });
    } catch (e) {
      throw asStorageError(e, "数据库目录", dirname(t.path)) ?? dbError(e, t.path);
    }
  }
  return openStore(t);
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const walk = await collectFiles(o.paths);
  const { files, missing, problems } = walk;
  const names = uniqueNames(files); // over every input, so that shards name files alike
  const shard = o.shard && o.shard.count > 1 ? o.shard : undefined;
  const mine = (n: number) => inShard(shard, n);
  const byPath = (p: string) => (shard ? shardOfPath(p, shard.count) : 0);

  await prepareOutDir(o.outDir);
  await removeStaleTemps(o.outDir);
  const store = await prepareStore(o.dbFile);
  let loaded: Set<string>;
  try {
    loaded = o.force ? new Set<string>() : await store.loadedHashes();
  } catch (e) {
    await store.close();
    throw dbError(e, store.label);
  }
  const mode = o.force ? "replace" : "load";
  const executor = createExecutor({
    jobs: o.jobs ?? availableParallelism(),
    inProcess: o.inProcess,
    convert: o.convert,
    familiesDir: o.familiesDir,
    timeoutMs: o.timeoutMs,
    pageTimeoutMs: o.pageTimeoutMs,
    maxMemoryMb: o.maxMemoryMb,
    sink: { outDir: o.outDir, db: o.dbFile, replace: Boolean(o.force) },
  });
  const sum = new SummaryBuilder();
  sum.notes.push(...walk.notes);
  sum.unsupported = walk.unsupported.filter((p) => mine(byPath(p))); // each shard counts its part, so the shards add up
  if (shard) sum.shard = shardLabel(shard);
  const progress = o.progress;
  let total = files.length + missing.filter((m) => mine(byPath(m))).length + problems.filter((p) => mine(byPath(p.path))).length;
  let done = 0;
  let dbOpen = true;
  let fatal: { code: string; message: string } | undefined;
  const emit = (rec: FileRecord, report?: Report) => {
    sum.add(rec, report);
    progress?.file(rec, ++done, total);
  };
  const stopFor = (code: string, message: string) => {
    if (fatal) return;
    fatal = { code, message };
    progress?.note(`停止：${message}`);
  };
  /** Record a failure in the database unless storage itself is failing; never replaces a report loaded ok. */
  const recordFailure = async (f: Parameters<ReportStore["recordFailure"]>[0]): Promise<string | undefined> => {
    if (!dbOpen || fatal) return undefined;
    try {
      const r = await store.recordFailure(f);
      return r.action === "kept" ? "（数据库中已有另一进程载入的结果，未改动）" : undefined;
    } catch (e) {
      const se = dbError(e, store.label);
      if (se.fatal) stopFor(se.code, se.message);
      return `（未能记入数据库：${se.message}）`;
    }
  };
  const fail = async (file: string, code: string, message: string, extra: Partial<FileRecord> & { sha256?: string; bytes?: number; format?: string } = {}) => {
    const { sha256, bytes, format, ...rec } = extra;
    const note = await recordFailure({ file, code, message, ...(sha256 ? { sha256 } : {}), ...(bytes !== undefined ? { bytes } : {}), ...(format ? { format } : {}), ...(rec.ms !== undefined ? { durationMs: rec.ms } : {}) });
    emit({ file, ...rec, outcome: "failed", error: { code, message: note ? message + note : message } });
  };

  progress?.start(total);
  for (const n of walk.notes) progress?.note(n);
  if (executor.mode === "in-process" && (o.jobs ?? 2) > 1 && !o.inProcess && !o.convert) progress?.note("juesuan batch: 找不到编译后的 worker（dist/batch/worker.js），改为单线程处理");

  for (const m of missing) if (mine(byPath(m))) await fail(m, "io", "文件或目录不存在");
  for (const p of problems) if (mine(byPath(p.path))) await fail(p.path, p.code, p.message);

  const okRecord = (file: string, name: string, r: Extract<ConvertResult, { ok: true }>): FileRecord => ({
    file,
    name,
    outcome: "ok",
    ms: r.ms,
    facts: r.report.summary.facts,
    errors: r.report.summary.errors,
    warnings: r.report.summary.warnings,
    ...(r.layout ? { layoutScore: r.layout.score, deviations: r.layout.deviations.length, ...(r.layout.family ? { family: r.layout.family } : {}) } : {}),
  });

  const onResult = async (file: string, name: string, sha256: string, bytes: number, m: ResultMessage) => {
    sum.rssPeak = Math.max(sum.rssPeak, m.maxRss);
    sum.heapPeak = Math.max(sum.heapPeak, m.heapPeak);
    if (!dbOpen) return;
    let r = m.result;
    if (r.ok && !r.sunk) {
      // converted in this thread: save it here
      if (fatal) return; // storage is failing: the file stays for the rerun
      const s = await sinkReport(store, o.outDir, name, file, r, mode);
      r = s.ok ? { ...r, sunk: { writeMs: s.writeMs, dbMs: s.dbMs, action: s.action } } : { ok: false, code: s.code, message: s.message, ms: r.ms, fatal: s.fatal };
    }
    if (!r.ok) {
      if (r.fatal) {
        stopFor(r.code, r.message);
        emit({ file, name, outcome: "failed", ms: r.ms, error: { code: r.code, message: r.message } });
        return;
      }
      if (r.code.startsWith("db")) {
        emit({ file, name, outcome: "failed", ms: r.ms, error: { code: r.code, message: r.message } });
        return;
      }
      await fail(file, r.code, r.message, { name, ms: r.ms, sha256, bytes, format: extname(file).slice(1).toLowerCase() });
      return;
    }
    sum.writeMs += r.sunk!.writeMs;
    sum.dbLoadMs += r.sunk!.dbMs;
    if (r.sunk!.action === "kept") emit({ file, name, outcome: "skipped", ms: r.ms, note: "另一进程已载入相同内容，保留其结果" });
    else emit(okRecord(file, name, r), r.report);
  };

  const inflight = new Set<Promise<void>>();
  const seen = new Map<string, string>();
  const hardStop = new Promise<"stop">((resolve) => {
    if (o.stopNow?.aborted) resolve("stop");
    o.stopNow?.addEventListener("abort", () => resolve("stop"), { once: true });
  });
  const stopped = () => Boolean(o.stop?.aborted || o.stopNow?.aborted || fatal);

  for (let i = 0; i < files.length && !stopped(); i++) {
    const file = files[i].path;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      if (!mine(byPath(file))) {
        total--;
        sum.otherShards++;
        continue;
      }
      await fail(file, "io", `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (shard && !mine(shardOfHash(sha256, shard.count))) {
      total--;
      sum.otherShards++;
      continue;
    }
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
  await store.close();
  await removeStaleTemps(o.outDir, true); // workers stopped mid-write leave their temp files
  progress?.end();
  const interrupted = Boolean(o.stop?.aborted || o.stopNow?.aborted);
  if (fatal) sum.stoppedBy = { code: fatal.code, message: fatal.message };
  const summary = sum.build(total, performance.now() - t0, interrupted);
  let summaryFileError: string | undefined;
  const summaryFile = `${summaryStem(shard)}.json`;
  try {
    await writeFilesAtomic(o.outDir, [[summaryFile, JSON.stringify({ ...summary, files: sum.all }, null, 2) + "\n"]]);
  } catch (e) {
    summaryFileError = `无法写出摘要 ${join(o.outDir, summaryFile)}：${(e as Error).message}`;
  }
  const exitCode = fatal ? 2 : interrupted ? 130 : summary.outcomes.failed > 0 ? 1 : 0;
  return { summary, records: sum.all, exitCode, ...(summaryFileError ? { summaryFileError } : {}) };
}

export { writeOutputs } from "./output-files.js";
