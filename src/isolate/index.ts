/**
 * Parsing one report in a worker thread that can be stopped: a wall-clock budget for the file, a budget per PDF page
 * (a damaged font can block pdf.js's thread for minutes, where no timer inside it fires), and a V8 heap ceiling.
 * Past a budget the worker is terminated and the parse fails with ReadError `timeout` or `too-large` (exit 2, one
 * line), so a hostile file costs at most the budget.
 *
 * The worker is the compiled dist/isolate/worker.js. When it does not exist (running from the TypeScript sources
 * before a build), the parse runs in this thread with only the whole-file timeout, which cannot interrupt a blocked
 * thread: `stats.isolated` says which happened.
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Doc } from "../model/document.js";
import type { Report } from "../model/report.js";
import { ReadError, type ReadErrorCode } from "../read/errors.js";
import type { ReadProgress } from "../read/index.js";
import type { ParseOptions } from "../pipeline.js";
import { threadCpuMs } from "./thread-cpu.js";
import { DEFAULT_BUDGET, fileTimeoutMs, overMemory, overTime, PageWatchdog, type Budget, type BudgetStop } from "./budget.js";

export { DEFAULT_BUDGET, defaultTimeoutMs, type Budget } from "./budget.js";

export interface IsolatedInput {
  path?: string;
  bytes?: Uint8Array;
  /** Display name (file name) when bytes are given. */
  name?: string;
}

export interface IsolateOptions extends ParseOptions {
  budget?: Partial<Budget>;
  /** Also return the document blocks (extract --blocks). */
  withDoc?: boolean;
  /** Told what the parse cost, whatever its outcome (a budget stop included). */
  onStats?: (stats: ParseStats) => void;
}

export interface ParseStats {
  /** Wall-clock time, in ms. */
  ms: number;
  /** CPU time of the parsing thread, in ms, where the OS tells it. */
  cpuMs?: number;
  /** Largest V8 heap the worker used, in MB (sampled at each page and at the end). */
  heapPeakMb: number;
}

export interface IsolatedResult {
  report: Report;
  doc?: Doc;
  stats: {
    ms: number;
    /** Largest V8 heap the worker used, in MB (sampled at each page and at the end). */
    heapPeakMb: number;
    /** False when no compiled worker was found and the parse ran in this thread (no hard limit). */
    isolated: boolean;
  };
}

/** Messages from the worker. */
export type WorkerMessage =
  | { type: "thread"; tid?: number; heapMb: number }
  | { type: "progress"; progress: ReadProgress; heapMb: number }
  | { type: "result"; report: Report; doc?: Doc; heapMb: number }
  | { type: "error"; code: string; message: string; stack?: string; heapMb: number };

/** What the worker is given. */
export interface WorkerTask {
  path?: string;
  bytes?: Uint8Array;
  name?: string;
  options: ParseOptions;
  withDoc: boolean;
}

/** The compiled worker next to this module, or dist/isolate/worker.js when running from src/*.ts. */
export function isolateWorkerUrl(): URL | undefined {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const dist = new URL("../../dist/isolate/worker.js", import.meta.url);
  return existsSync(fileURLToPath(dist)) ? dist : undefined;
}

const READ_ERROR_CODES = new Set<string>(["unsupported-format", "empty", "too-large", "corrupt", "encrypted", "no-text-layer", "not-a-report", "bad-encoding", "timeout", "io"]);

/** Parse one report within a budget (see the module comment). Rejects with ReadError, or Error for a bug. */
export async function parseIsolated(input: IsolatedInput, options: IsolateOptions = {}): Promise<IsolatedResult> {
  const budget: Budget = { ...DEFAULT_BUDGET, ...definedOnly(options.budget ?? {}) };
  const { budget: _b, withDoc = false, onStats, ...parse } = options;
  void _b;
  const timeoutMs = fileTimeoutMs(budget, input.bytes ? input.bytes.length : input.path !== undefined ? sizeOf(input.path) : 0);
  const url = isolateWorkerUrl();
  if (!url) return inProcess(input, parse, withDoc, timeoutMs);
  return inWorker(url, input, parse, withDoc, budget, timeoutMs, onStats);
}

/** The file's size for its default time budget (0 when it cannot be read: the reader says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function inWorker(url: URL, input: IsolatedInput, parse: ParseOptions, withDoc: boolean, budget: Budget, timeoutMs: number, onStats?: (s: ParseStats) => void): Promise<IsolatedResult> {
  const t0 = performance.now();
  const rss0 = process.memoryUsage.rss();
  return new Promise<IsolatedResult>((resolve, reject) => {
    const worker = new Worker(url, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb },
    });
    let settled = false;
    let heapPeakMb = 0;
    /** The worker's thread id (for its CPU time). */
    let tid: number | undefined;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      if (onStats) {
        const cpuMs = tid !== undefined ? threadCpuMs(tid) : undefined;
        onStats({ ms: performance.now() - t0, ...(cpuMs !== undefined ? { cpuMs } : {}), heapPeakMb });
      }
      clearTimeout(fileTimer);
      clearInterval(poll);
      watchdog.dispose();
      worker.removeAllListeners();
      worker.on("error", () => undefined);
      void worker.terminate();
      f();
    };
    const fail = (stop: BudgetStop) => finish(() => reject(new ReadError(stop.code, stop.message)));
    const tooLarge = () => fail(overMemory(budget.maxMemoryMb));

    const fileTimer = timeoutMs > 0 ? setTimeout(() => fail(overTime(timeoutMs)), timeoutMs) : undefined;
    const watchdog = new PageWatchdog(budget.pageTimeoutMs, fail);
    const poll = setInterval(() => {
      // memory outside the V8 heap (array buffers of inflated streams) does not count against the heap ceiling
      if (process.memoryUsage.rss() - rss0 > (budget.maxMemoryMb * 1.5 + 256) * 1024 * 1024) tooLarge();
    }, 100);
    poll.unref();

    worker.on("message", (m: WorkerMessage) => {
      heapPeakMb = Math.max(heapPeakMb, m.heapMb);
      if (m.type === "thread") {
        tid = m.tid;
        watchdog.thread(tid);
        return;
      }
      if (m.type === "progress") {
        watchdog.progress(m.progress);
        return;
      }
      if (m.type === "result") {
        const { report, doc } = m;
        finish(() => resolve({ report, ...(doc ? { doc } : {}), stats: { ms: performance.now() - t0, heapPeakMb, isolated: true } }));
        return;
      }
      finish(() => reject(rebuildError(m)));
    });
    worker.on("error", (e: Error & { code?: string }) => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") tooLarge();
      else finish(() => reject(new Error(`the parser stopped: ${e.message}`)));
    });
    worker.on("exit", (code) => finish(() => reject(new Error(`the parser stopped (exit code ${code})`))));

    const task: WorkerTask = { ...(input.path !== undefined ? { path: input.path } : {}), ...(input.name !== undefined ? { name: input.name } : {}), options: parse, withDoc };
    if (input.bytes) {
      const b = input.bytes;
      const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
      task.bytes = own ? b : new Uint8Array(b);
      worker.postMessage(task, [task.bytes.buffer as ArrayBuffer]);
    } else worker.postMessage(task);
  });
}

function rebuildError(m: Extract<WorkerMessage, { type: "error" }>): Error {
  if (READ_ERROR_CODES.has(m.code)) return new ReadError(m.code as ReadErrorCode, m.message);
  const e = new Error(m.message);
  if (m.stack) e.stack = m.stack;
  return e;
}

/** No compiled worker: parse here, with the whole-file timeout only (it cannot stop a blocked thread). */
async function inProcess(input: IsolatedInput, parse: ParseOptions, withDoc: boolean, timeoutMs: number): Promise<IsolatedResult> {
  const t0 = performance.now();
  const { parseReportWithDoc } = await import("../pipeline.js");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    if (timeoutMs <= 0) return;
    timer = setTimeout(() => {
      const stop = overTime(timeoutMs);
      reject(new ReadError(stop.code, stop.message));
    }, timeoutMs);
    timer.unref();
  });
  const work = parseReportWithDoc(input.path !== undefined ? input.path : { bytes: input.bytes!, ...(input.name ? { name: input.name } : {}) }, parse);
  try {
    const { report, doc } = await Promise.race([work, timeout]);
    const heapPeakMb = process.memoryUsage().heapUsed / 1024 / 1024;
    return { report, ...(withDoc ? { doc } : {}), stats: { ms: performance.now() - t0, heapPeakMb, isolated: false } };
  } finally {
    clearTimeout(timer);
  }
}
