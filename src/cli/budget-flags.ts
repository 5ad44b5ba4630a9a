/**
 * The budget flags, the same for the commands that parse files one by one (check, extract, facts) and for `batch`
 * (src/isolate/budget.ts): --timeout S, --page-timeout S, --max-memory MB; `batch` also takes its old name --max-heap.
 */
import { DEFAULT_BUDGET, type Budget } from "../isolate/budget.js";
import { parseIsolated } from "../isolate/index.js";
import type { Doc } from "../model/document.js";
import type { Report } from "../model/report.js";
import type { ParseOptions } from "../pipeline.js";
import type { ReadInput } from "../read/index.js";
import type { OptionSpec } from "./command.js";
import { UsageError } from "./errors.js";

export const BUDGET_OPTIONS = {
  timeout: { type: "string", arg: "S", help: "单个文件超过 S 秒（墙钟时间）即停止（timeout）；默认 120 秒 + 每 MB 20 秒，0 = 不限" },
  "page-timeout": { type: "string", arg: "S", help: `PDF 的一页用了超过 S 秒的 CPU 时间即停止（timeout；损坏的字体可使解析卡住）；默认 ${DEFAULT_BUDGET.pageTimeoutMs / 1000}，0 = 不限` },
  "max-memory": { type: "string", arg: "MB", help: `解析一个文件的线程的堆上限（MB，不小于 64；默认 ${DEFAULT_BUDGET.maxMemoryMb}），超出即停止（too-large）` },
} satisfies Record<string, OptionSpec>;

export const BUDGET_USAGE = "[--timeout S] [--page-timeout S] [--max-memory MB]";

/** The budget the flags give (what they leave out: the defaults). Bad values are usage errors (exit 2). */
export function budgetFromFlags(values: Record<string, unknown>): Partial<Budget> {
  const seconds = (name: string): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (typeof v !== "string" || v.trim() === "" || !(n >= 0) || !Number.isFinite(n)) throw new UsageError(`--${name} 须为不小于 0 的秒数（0 = 不限），得到 ${String(v)}`);
    return Math.round(n * 1000);
  };
  const memoryFlag = values["max-memory"] !== undefined ? "max-memory" : values["max-heap"] !== undefined ? "max-heap" : undefined;
  let maxMemoryMb: number | undefined;
  if (memoryFlag) {
    const v = values[memoryFlag];
    maxMemoryMb = Number(v);
    if (typeof v !== "string" || !(Number.isInteger(maxMemoryMb) && maxMemoryMb >= 64)) throw new UsageError(`--${memoryFlag} 须为不小于 64 的整数（MB），得到 ${String(v)}`);
  }
  const timeoutMs = seconds("timeout");
  const pageTimeoutMs = seconds("page-timeout");
  return { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(pageTimeoutMs !== undefined ? { pageTimeoutMs } : {}), ...(maxMemoryMb !== undefined ? { maxMemoryMb } : {}) };
}

/**
 * Parse one input for a command within the budget (src/isolate: a worker thread that can be stopped): a hostile
 * file stops with a one-line `timeout` or `too-large` ReadError (exit 2) instead of hanging or exhausting memory.
 */
export async function parseWithinBudget(input: ReadInput, budget: Partial<Budget>, options: ParseOptions & { withDoc?: boolean } = {}): Promise<{ report: Report; doc?: Doc }> {
  const src = input.path !== undefined ? { path: input.path } : { bytes: input.bytes ?? new Uint8Array(), ...(input.name !== undefined ? { name: input.name } : {}) };
  const { report, doc } = await parseIsolated(src, { ...options, budget });
  return { report, ...(doc ? { doc } : {}) };
}
