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
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Doc } from "../model/document.js";
import type { Report } from "../model/report.js";
import { ReadError, type ReadErrorCode } from "../read/errors.js";
import type { ReadProgress } from "../read/index.js";
import type { ParseOptions } from "../pipeline.js";
import { threadCpuMs } from "./thread-cpu.js";

export interface Budget {
  /** Wall-clock limit for the whole file, in ms. */
  timeoutMs: number;
  /**
   * Limit for one PDF page (and for opening the file), in ms of CPU time of the parsing thread (thread-cpu.ts;
   * wall-clock time where the OS does not tell a thread's CPU time).
   */
  pageTimeoutMs: number;
  /** Heap ceiling of the worker (V8 old generation), in MB. */
  maxMemoryMb: number;
}

/**
 * Defaults (measurements in README "Budgets"): the slowest real page takes 2.2 s of CPU (the first use of the
 * Shanghai report's embedded CJK font), whole real reports 1–5 s of CPU (a 200-page PDF: 4.6 s) and at most a few
 * hundred MB of heap. The budgets leave 2.3× room per page, 25× per file (wall-clock, which load stretches) and 4× in
 * memory, and still stop a page that blocks the thread in about 5 s.
 */
export const DEFAULT_BUDGET: Budget = {
  timeoutMs: 120_000,
  pageTimeoutMs: 5_000,
  maxMemoryMb: 2048,
};

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

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} 秒`;

/** Parse one report within a budget (see the module comment). Rejects with ReadError, or Error for a bug. */
export async function parseIsolated(input: IsolatedInput, options: IsolateOptions = {}): Promise<IsolatedResult> {
  const budget: Budget = { ...DEFAULT_BUDGET, ...definedOnly(options.budget ?? {}) };
  const { budget: _b, withDoc = false, onStats, ...parse } = options;
  void _b;
  const url = isolateWorkerUrl();
  if (!url) return inProcess(input, parse, withDoc, budget);
  return inWorker(url, input, parse, withDoc, budget, onStats);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function inWorker(url: URL, input: IsolatedInput, parse: ParseOptions, withDoc: boolean, budget: Budget, onStats?: (s: ParseStats) => void): Promise<IsolatedResult> {
  const t0 = performance.now();
  const rss0 = process.memoryUsage.rss();
  return new Promise<IsolatedResult>((resolve, reject) => {
    const worker = new Worker(url, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb },
    });
    let settled = false;
    let heapPeakMb = 0;
    let pageTimer: NodeJS.Timeout | undefined;
    /** The worker's thread id (for its CPU time) and the page being read, with the CPU time at its start. */
    let tid: number | undefined;
    let page: { what: string; cpu0: number } | undefined;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      if (onStats) {
        const cpuMs = tid !== undefined ? threadCpuMs(tid) : undefined;
        onStats({ ms: performance.now() - t0, ...(cpuMs !== undefined ? { cpuMs } : {}), heapPeakMb });
      }
      clearTimeout(fileTimer);
      clearTimeout(pageTimer);
      clearInterval(poll);
      worker.removeAllListeners();
      worker.on("error", () => undefined);
      void worker.terminate();
      f();
    };
    const fail = (code: ReadErrorCode, message: string) => finish(() => reject(new ReadError(code, message)));
    const tooLarge = () => fail("too-large", `处理此文件需要超过 ${budget.maxMemoryMb} MB 内存，已停止（--max-memory 可调整）`);

    const fileTimer = setTimeout(() => fail("timeout", `${seconds(budget.timeoutMs)}内未处理完，已停止（--timeout 可调整）`), budget.timeoutMs);
    const pageOver = (what: string) =>
      fail("timeout", `${what}用了超过 ${seconds(budget.pageTimeoutMs)}的 CPU 时间仍未读完（可能是损坏的字体或数据流），已停止（--page-timeout 可调整）`);
    const poll = setInterval(() => {
      // memory outside the V8 heap (array buffers of inflated streams) does not count against the heap ceiling
      if (process.memoryUsage.rss() - rss0 > (budget.maxMemoryMb * 1.5 + 256) * 1024 * 1024) return tooLarge();
      if (page && tid !== undefined) {
        const cpu = threadCpuMs(tid);
        if (cpu !== undefined && cpu - page.cpu0 > budget.pageTimeoutMs) pageOver(page.what);
      }
    }, 100);
    poll.unref();

    worker.on("message", (m: WorkerMessage) => {
      heapPeakMb = Math.max(heapPeakMb, m.heapMb);
      if (m.type === "thread") {
        tid = m.tid;
        return;
      }
      if (m.type === "progress") {
        clearTimeout(pageTimer);
        page = undefined;
        const p = m.progress;
        if (p.stage === "page") {
          const what = p.page === 0 ? "打开文件" : `第 ${p.page} 页`;
          const cpu0 = tid !== undefined ? threadCpuMs(tid) : undefined;
          if (cpu0 !== undefined) page = { what, cpu0 };
          else pageTimer = setTimeout(() => pageOver(what), budget.pageTimeoutMs);
        }
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
async function inProcess(input: IsolatedInput, parse: ParseOptions, withDoc: boolean, budget: Budget): Promise<IsolatedResult> {
  const t0 = performance.now();
  const { parseReportWithDoc } = await import("../pipeline.js");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError("timeout", `${seconds(budget.timeoutMs)}内未处理完，已停止（--timeout 可调整）`)), budget.timeoutMs);
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
