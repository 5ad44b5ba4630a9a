import type { ParseArgsConfig } from "node:util";
import { DEFAULT_BUDGET, parseIsolated, type Budget } from "../isolate/index.js";
import type { Doc } from "../model/document.js";
import type { Report } from "../model/report.js";
import type { ParseOptions } from "../pipeline.js";

/** Bad usage of a command (exit 2, the message and the usage line). */
export class UsageError extends Error {}

/** stdout writing that respects back-pressure and a closed pipe (e.g. `| head`). */
export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

/** The budget flags of the commands that parse one file (seconds, seconds, MB). */
export const LIMIT_OPTIONS = {
  timeout: { type: "string" },
  "page-timeout": { type: "string" },
  "max-memory": { type: "string" },
} satisfies NonNullable<ParseArgsConfig["options"]>;

export const LIMIT_USAGE = `[--timeout S] [--page-timeout S] [--max-memory MB]`;

/**
 * Parse one report file for a command, within the budget (src/isolate): a hostile file stops with a one-line
 * `timeout` or `too-large` error (exit 2) instead of hanging or exhausting memory.
 */
export async function parseFileForCli(
  path: string,
  values: Record<string, unknown>,
  options: ParseOptions & { withDoc?: boolean } = {},
): Promise<{ report: Report; doc?: Doc }> {
  const budget: Partial<Budget> = {
    timeoutMs: flag(values, "timeout", 1000, DEFAULT_BUDGET.timeoutMs),
    pageTimeoutMs: flag(values, "page-timeout", 1000, DEFAULT_BUDGET.pageTimeoutMs),
    maxMemoryMb: flag(values, "max-memory", 1, DEFAULT_BUDGET.maxMemoryMb),
  };
  const { report, doc } = await parseIsolated({ path }, { ...options, budget });
  return { report, ...(doc ? { doc } : {}) };
}

function flag(values: Record<string, unknown>, name: string, scale: number, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== "string" || !Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} needs a positive number, got ${String(v)}`);
  return Math.round(n * scale);
}
