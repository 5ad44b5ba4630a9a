/**
 * The budget of one file, shared by the single-file commands (check/extract/facts: parseIsolated, a worker per file)
 * and `batch` (src/batch/pool.ts, a pool of long-lived workers): the same limits, defaults, flags, messages and
 * ReadError codes (`timeout`, `too-large`), and one watchdog that stops a PDF page blocking its thread.
 */
import type { ReadErrorCode } from "../read/errors.js";
import type { ReadProgress } from "../read/index.js";
import { threadCpuMs } from "./thread-cpu.js";

export interface Budget {
  /** Wall-clock limit for the whole file, in ms; 0: none; undefined: by the file's size (defaultTimeoutMs). */
  timeoutMs?: number;
  /**
   * Limit for one PDF page (and for opening the file), in ms of CPU time of the parsing thread (thread-cpu.ts;
   * wall-clock time where the OS does not tell a thread's CPU time); 0: none.
   */
  pageTimeoutMs: number;
  /** Heap ceiling of the worker (V8 old generation), in MB. */
  maxMemoryMb: number;
}

const MB = 1024 * 1024;

/**
 * Defaults (measurements in README "Damaged and hostile files"): the slowest real page takes 2.2 s of CPU (the first
 * use of the Shanghai report's embedded CJK font), whole real reports 1–5 s of CPU (a 200-page PDF: 4.6 s; ~10 s
 * by the clock on a loaded machine) and at most a few hundred MB of heap. The budgets leave 2.3× room per page, 12×
 * and more per file (wall-clock, which load stretches) and 4× in memory, and still stop a page that blocks the
 * thread in about 5 s.
 */
export const DEFAULT_BUDGET: Budget = {
  pageTimeoutMs: 5_000,
  maxMemoryMb: 2048,
};

/** The default wall-clock budget for a file of this size: 120 s + 20 s per MB. */
export function defaultTimeoutMs(bytes: number): number {
  return 120_000 + Math.ceil((bytes / MB) * 20_000);
}

/** The wall-clock limit for a file of `bytes` under `budget` (0: none). */
export function fileTimeoutMs(budget: Pick<Budget, "timeoutMs">, bytes: number): number {
  return budget.timeoutMs ?? defaultTimeoutMs(bytes);
}

/** Seconds as messages print them: 1.6, 0.08, 120. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s >= 10 ? String(Math.round(s)) : String(Math.round(s * 100) / 100);
}

/** One failure over a budget: the ReadError code and its one-line Chinese message (naming the flag to change). */
export interface BudgetStop {
  code: Extract<ReadErrorCode, "timeout" | "too-large">;
  message: string;
}

export const overTime = (ms: number): BudgetStop => ({ code: "timeout", message: `${formatSeconds(ms)} 秒内未处理完，已停止（--timeout 可调整）` });
export const overPage = (what: string, ms: number): BudgetStop => ({
  code: "timeout",
  message: `${what}用了超过 ${formatSeconds(ms)} 秒的 CPU 时间仍未读完（可能是损坏的字体或数据流），已停止（--page-timeout 可调整）`,
});
export const overMemory = (mb: number): BudgetStop => ({ code: "too-large", message: `处理此文件需要超过 ${mb} MB 内存，已停止（--max-memory 可调整）` });

/**
 * Watches the pages a worker reads: told the worker's thread id and each page it starts, it calls `onOver` when one
 * page (or opening the file) takes more than `pageTimeoutMs` of that thread's CPU time. A damaged font can block
 * pdf.js's thread for minutes, where no timer inside the worker fires: only the parent can stop it.
 */
export class PageWatchdog {
  private tid: number | undefined;
  private page: { what: string; cpu0: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly poll: NodeJS.Timeout | undefined;

  constructor(
    private readonly pageTimeoutMs: number,
    private readonly onOver: (stop: BudgetStop) => void,
  ) {
    if (pageTimeoutMs > 0) {
      this.poll = setInterval(() => this.check(), 100);
      this.poll.unref();
    }
  }

  /** The worker's thread (its CPU time is read from /proc). */
  thread(tid: number | undefined): void {
    this.tid = tid;
  }

  /** The worker reports progress: a page starts (budget from here) or reading is done (no page budget). */
  progress(p: ReadProgress): void {
    this.idle();
    if (this.pageTimeoutMs <= 0 || p.stage !== "page") return;
    const what = p.page === 0 ? "打开文件" : `第 ${p.page} 页`;
    const cpu0 = this.tid !== undefined ? threadCpuMs(this.tid) : undefined;
    if (cpu0 !== undefined) this.page = { what, cpu0 };
    else this.timer = setTimeout(() => this.onOver(overPage(what, this.pageTimeoutMs)), this.pageTimeoutMs);
  }

  /** No page is being read (the file ended or failed). */
  idle(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.page = undefined;
  }

  dispose(): void {
    this.idle();
    clearInterval(this.poll);
  }

  private check(): void {
    if (!this.page || this.tid === undefined) return;
    const cpu = threadCpuMs(this.tid);
    if (cpu !== undefined && cpu - this.page.cpu0 > this.pageTimeoutMs) {
      const what = this.page.what;
      this.idle();
      this.onOver(overPage(what, this.pageTimeoutMs));
    }
  }
}
