/**
 * Running one fuzz input as `juesuan check` would (an isolated parse with the budget, validation on) and judging the
 * outcome. Shared by the CI fuzz test (tests/fuzz/fuzz.test.ts) and the long fuzzing script (scripts/fuzz.ts).
 *
 * Verdicts:
 * - ok: a report (exit 0, or 1 with error findings), or a clear one-line failure (exit 2: ReadError, incl. the budget's
 *   `timeout` and `too-large`);
 * - crash: anything else (an exception that is not a ReadError, a message with a stack trace);
 * - over-budget: the parse took longer than the budget plus slack, or more heap than the ceiling (the watchdog failed);
 * - silent-loss: exit 0 with fewer facts than the unmutated file, and nothing said: not damaged, no error finding, no
 *   warning that the unmutated file did not have. Plain text (.txt, .html) has no checksum: an edited byte is a
 *   different, valid text, whose effect is local (a number or a line), so there a loss of up to LOCAL_LOSS facts is
 *   not counted; a truncated text must keep every fact of the blocks before the cut.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_BUDGET, parseIsolated, type Budget, type ParseStats } from "../../src/isolate/index.js";
import type { Report } from "../../src/model/report.js";
import { ReadError } from "../../src/read/errors.js";

export type Format = "txt" | "html" | "docx" | "pdf";

/** The project's own samples each format is fuzzed from. */
export const BASES: Record<Format, string[]> = {
  txt: ["samples/changji-czj-2024.txt", "samples/variants/changji-czj-2024.gb18030.txt"],
  html: ["samples/changji-czj-2024.html"],
  docx: ["samples/changji-czj-2024.docx", "samples/lo/changji-czj-2024.lo.docx"],
  pdf: ["samples/lo/changji-czj-2024.lo.pdf", "samples/shanghai-template-2024.pdf"],
};

export interface Baseline {
  file: string;
  format: Format;
  bytes: Uint8Array;
  facts: number;
  warnings: Set<string>;
  /** Each fact as "concept|dims|value" with the block it is in. */
  factBlocks: [string, number][];
  /** The first source line of each block (plain text). */
  blockLines: number[];
}

export type Verdict = "ok" | "crash" | "over-budget" | "silent-loss";

export interface Outcome {
  verdict: Verdict;
  /** The CLI's exit code: 0, 1 (error findings) or 2 (cannot be read). */
  exit: 0 | 1 | 2 | undefined;
  /** ReadError code, for exit 2. */
  code?: string;
  message?: string;
  facts?: number;
  damaged?: boolean;
  ms: number;
  /** CPU time of the parsing thread (where the OS tells it). */
  cpuMs?: number;
  heapPeakMb?: number;
}

/** Slack on the wall-clock budget: the watchdog polls, the worker starts and stops. */
const SLACK_MS = 5_000;

/** Facts an edit of plain text may change without a word (see the module comment). */
export const LOCAL_LOSS = 10;

const costs = (s: ParseStats | undefined) => ({ ...(s?.cpuMs !== undefined ? { cpuMs: s.cpuMs } : {}), ...(s ? { heapPeakMb: s.heapPeakMb } : {}) });

const factKey = (f: Report["facts"][number]) => `${f.concept}|${JSON.stringify(f.dims)}|${f.value}`;

export async function baseline(file: string, budget: Partial<Budget> = {}): Promise<Baseline> {
  const bytes = new Uint8Array(readFileSync(file));
  const { report, doc } = await parseIsolated({ bytes: new Uint8Array(bytes), name: file }, { budget, withDoc: true });
  return {
    file,
    format: formatOf(file),
    bytes,
    facts: report.facts.length,
    warnings: new Set(report.warnings.map((w) => w.message)),
    factBlocks: report.facts.map((f) => [factKey(f), f.source.block]),
    blockLines: (doc?.blocks ?? []).map((b) => b.loc.line ?? 0),
  };
}

/** For a truncated plain text: the facts of the blocks wholly before the cut that the mutant lost. */
function lostBeforeCut(base: Baseline, cut: number, report: Report): number {
  let line = 1;
  for (let i = 0; i < cut; i++) if (base.bytes[i] === 0x0a) line++;
  let cutBlock = 0;
  base.blockLines.forEach((l, i) => {
    if (l <= line) cutBlock = i;
  });
  const have = new Set(report.facts.map(factKey));
  return base.factBlocks.filter(([k, block]) => block < cutBlock && !have.has(k)).length;
}

export async function runInput(bytes: Uint8Array, name: string, base: Baseline | undefined, budget: Partial<Budget> = {}, mutation?: { kind: string; cut?: number }): Promise<Outcome> {
  const b: Budget = { ...DEFAULT_BUDGET, ...budget };
  const t0 = performance.now();
  let report: Report;
  let stats: ParseStats | undefined;
  const onStats = (s: ParseStats) => (stats = s);
  try {
    report = (await parseIsolated({ bytes: new Uint8Array(bytes), name }, { budget: b, onStats })).report;
  } catch (e) {
    const ms = performance.now() - t0;
    const message = e instanceof Error ? e.message : String(e);
    if (!(e instanceof ReadError) || /\n/.test(message)) return { verdict: "crash", exit: undefined, message: e instanceof Error ? (e.stack ?? message) : message, ms };
    return { verdict: ms > b.timeoutMs + SLACK_MS ? "over-budget" : "ok", exit: 2, code: e.code, message, ms, ...costs(stats) };
  }
  const ms = performance.now() - t0;
  const exit = report.summary.errors > 0 ? 1 : 0;
  const out: Outcome = { verdict: "ok", exit, facts: report.facts.length, damaged: Boolean(report.damaged), ms, ...costs(stats) };
  const heapPeakMb = out.heapPeakMb;
  if (ms > b.timeoutMs + SLACK_MS || (heapPeakMb ?? 0) > b.maxMemoryMb) return { ...out, verdict: "over-budget" };
  if (!base || exit !== 0 || report.damaged || report.warnings.some((w) => !base.warnings.has(w.message))) return out;
  const plain = base.format === "txt" || base.format === "html";
  const lost = base.facts - report.facts.length;
  const silent = !plain
    ? lost > 0
    : mutation?.kind === "truncate" && mutation.cut !== undefined && base.format === "txt"
      ? lostBeforeCut(base, mutation.cut, report) > 0
      : lost > LOCAL_LOSS;
  return silent ? { ...out, verdict: "silent-loss" } : out;
}

export function formatOf(file: string): Format {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return ext === "htm" ? "html" : (ext as Format);
}
