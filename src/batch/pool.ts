/**
 * Running conversions: a worker_threads pool (compiled dist/batch/worker.js) or, when no compiled
 * worker exists (tests from TS sources) or jobs is 0, in-process. Each file has the budget of the single-file
 * commands (src/isolate/budget.ts): a wall-clock limit (default: 120 s + 20 s per MB), a CPU limit per PDF page
 * (default 5 s: the worker reports each page it starts, and the page watchdog reads the worker thread's CPU time)
 * and a heap ceiling per worker (default 2048 MB). A file that exceeds one fails (`timeout`, `too-large`), its
 * worker is terminated and replaced, and the batch goes on; so does a crashed worker. In-process conversion has no
 * such limits.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { loadFamilies } from "../layout/family.js";
import { convertBytes, type ConvertResult, type Converter } from "./convert.js";
import { DEFAULT_BUDGET, defaultTimeoutMs, overMemory, overTime, PageWatchdog } from "../isolate/budget.js";
import type { ReadProgress } from "../read/index.js";

export interface TaskMessage {
  id: number;
  file: string;
  bytes: Uint8Array;
  /** Output name (without extension), when the worker writes the outputs and loads the database itself. */
  name?: string;
}

/** Where a worker writes a converted report itself: output folder and database (its own connection). */
export interface Sink {
  outDir: string;
  /** SQLite path or PostgreSQL URL. */
  db: string;
  /** Replace content already loaded (`--force`). */
  replace?: boolean;
}

/** What a worker says besides results: its thread id (once), and each page it starts (for the page watchdog). */
export type WorkerNote = { type: "thread"; tid?: number } | { type: "progress"; id: number; progress: ReadProgress };

export interface ResultMessage {
  id: number;
  result: ConvertResult;
  /** This worker's largest V8 heap so far (bytes). */
  heapPeak: number;
  /** Peak resident set of the whole process (bytes): threads share it. */
  maxRss: number;
}

export interface Executor {
  readonly size: number;
  readonly mode: "threads" | "in-process";
  run(file: string, bytes: Uint8Array, name?: string): Promise<ResultMessage>;
  /** Let running tasks finish, then stop. */
  close(): Promise<void>;
  /** Stop now; running tasks are dropped. */
  terminate(): Promise<void>;
}

export interface ExecutorOptions {
  jobs: number;
  familiesDir?: string;
  /** Per-file wall-clock limit in ms (threads only), or one by input size; default defaultTimeoutMs; 0: none. */
  timeoutMs?: number | ((bytes: number) => number);
  /** Per-page CPU limit in ms (threads only; PDF pages), default DEFAULT_BUDGET.pageTimeoutMs; 0: none. */
  pageTimeoutMs?: number;
  /** Heap ceiling per worker in MB (threads only), default DEFAULT_BUDGET.maxMemoryMb. */
  maxMemoryMb?: number;
  /** Force in-process conversion (no threads). */
  inProcess?: boolean;
  /** In-process only: convert with this instead of the pipeline (tests). */
  convert?: Converter;
  /** Threads only: workers write outputs and load the database themselves (the main thread only coordinates). */
  sink?: Sink;
  /** Threads only: the worker script (default: the compiled batch worker). */
  workerUrl?: URL;
}

/** The compiled worker next to this module, or dist/batch/worker.js when running from src/*.ts. */
export function workerUrl(): URL | undefined {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const dist = new URL("../../dist/batch/worker.js", import.meta.url);
  return existsSync(fileURLToPath(dist)) ? dist : undefined;
}

export function createExecutor(options: ExecutorOptions): Executor {
  const url = options.inProcess || options.convert || options.jobs < 1 ? undefined : (options.workerUrl ?? workerUrl());
  return url ? new ThreadPool(url, Math.max(1, options.jobs), options) : new InProcess(options);
}

class InProcess implements Executor {
  readonly mode = "in-process" as const;
  readonly size = 1;
  private readonly families;
  private seq = 0;
  private heapPeak = 0;
  constructor(private readonly options: ExecutorOptions) {
    this.families = loadFamilies(options.familiesDir);
  }
  async run(file: string, bytes: Uint8Array): Promise<ResultMessage> {
    const result = await (this.options.convert ?? convertBytes)(bytes, file, this.families);
    this.heapPeak = Math.max(this.heapPeak, getHeapStatistics().used_heap_size);
    return { id: this.seq++, result, heapPeak: this.heapPeak, maxRss: process.resourceUsage().maxRSS * 1024 };
  }
  async close(): Promise<void> {}
  async terminate(): Promise<void> {}
}

interface Slot {
  worker: Worker;
  watchdog: PageWatchdog;
  busy?: { id: number; file: string; resolve: (r: ResultMessage) => void; timer?: NodeJS.Timeout; started: number };
}

class ThreadPool implements Executor {
  readonly mode = "threads" as const;
  private readonly slots: Slot[] = [];
  private readonly queue: { file: string; bytes: Uint8Array; name?: string; resolve: (r: ResultMessage) => void }[] = [];
  private seq = 0;
  private closing = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly options: ExecutorOptions,
  ) {
    // workers start when there is work for them (a rerun that skips everything starts none)
  }

  private spawn(): Slot {
    const heapMb = this.options.maxMemoryMb ?? DEFAULT_BUDGET.maxMemoryMb;
    const worker = new Worker(this.url, {
      workerData: { familiesDir: this.options.familiesDir, sink: this.options.sink },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    const slot: Slot = { worker, watchdog: new PageWatchdog(this.options.pageTimeoutMs ?? DEFAULT_BUDGET.pageTimeoutMs, (stop) => this.crash(slot, stop.code, stop.message)) };
    worker.on("message", (m: ResultMessage | WorkerNote) => {
      if (!("type" in m)) this.finish(slot, m);
      else if (m.type === "thread") slot.watchdog.thread(m.tid);
      else if (slot.busy?.id === m.id) slot.watchdog.progress(m.progress);
    });
    worker.on("error", (e: Error & { code?: string }) => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") this.crash(slot, "too-large", overMemory(heapMb).message);
      else this.crash(slot, "worker-crashed", `处理线程崩溃：${e.message.split("\n")[0]}`);
    });
    worker.on("exit", (code) => {
      if (!this.closing) this.crash(slot, "worker-crashed", `处理线程意外退出（退出码 ${code}）`);
    });
    return slot;
  }

  run(file: string, bytes: Uint8Array, name?: string): Promise<ResultMessage> {
    return new Promise((resolve) => {
      this.queue.push({ file, bytes, ...(name !== undefined ? { name } : {}), resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closing && this.slots.length < this.size && this.queue.length > this.slots.filter((s) => !s.busy).length) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const t = this.queue.shift()!;
      const id = this.seq++;
      slot.busy = { id, file: t.file, resolve: t.resolve, started: performance.now() };
      const limit = this.options.timeoutMs ?? defaultTimeoutMs;
      const budget = typeof limit === "function" ? limit(t.bytes.length) : limit;
      if (budget > 0) {
        slot.busy.timer = setTimeout(() => this.crash(slot, "timeout", overTime(budget).message), budget);
      }
      const transferable = t.bytes.byteOffset === 0 && t.bytes.buffer.byteLength === t.bytes.byteLength && t.bytes.buffer instanceof ArrayBuffer;
      const msg: TaskMessage = { id, file: t.file, bytes: t.bytes, ...(t.name !== undefined ? { name: t.name } : {}) };
      slot.worker.postMessage(msg, transferable ? [t.bytes.buffer as ArrayBuffer] : []);
    }
    if (this.queue.length === 0 && this.slots.every((s) => !s.busy)) {
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private finish(slot: Slot, m: ResultMessage): void {
    const busy = slot.busy;
    if (!busy || busy.id !== m.id) return;
    if (busy.timer) clearTimeout(busy.timer);
    slot.watchdog.idle();
    slot.busy = undefined;
    busy.resolve(m);
    this.pump();
  }

  /** The worker died or hung: fail its file, replace it. */
  private crash(slot: Slot, code: string, message: string): void {
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy?.timer) clearTimeout(busy.timer);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.watchdog.dispose();
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    this.slots.splice(i, 1); // pump() starts a new worker when there is work for it
    if (busy) busy.resolve({ id: busy.id, result: { ok: false, code, message, ms: performance.now() - busy.started }, heapPeak: 0, maxRss: process.resourceUsage().maxRSS * 1024 });
    this.pump();
  }

  async close(): Promise<void> {
    if (this.queue.length > 0 || this.slots.some((s) => s.busy)) await new Promise<void>((r) => this.idleWaiters.push(r));
    await this.terminate();
  }

  async terminate(): Promise<void> {
    this.closing = true;
    this.queue.length = 0;
    for (const s of this.slots) {
      if (s.busy?.timer) clearTimeout(s.busy.timer);
      s.watchdog.dispose();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
