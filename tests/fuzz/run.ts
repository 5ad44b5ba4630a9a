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
 *   warning that the unmutated file did not have. Plain text (.txt, .html) has no checksum: an edited byte can be a
 *   different, valid text (a changed digit, a changed header cell), so there only the blocks the edit left unchanged
 *   must keep their facts; the blocks it touched may lose theirs (a truncation touches every block after the cut).
 */
import { readFileSync } from "node:fs";
import { DEFAULT_BUDGET, parseIsolated, type Budget, type ParseStats } from "../../src/isolate/index.js";
import { fileTimeoutMs } from "../../src/isolate/budget.js";
import type { Doc } from "../../src/model/document.js";
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
  /** The text of each block (tables: their cells), to tell which blocks an edit touched. */
  blockTexts: string[];
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
    blockTexts: (doc?.blocks ?? []).map(blockText),
  };
}

function blockText(b: Doc["blocks"][number]): string {
  return b.type === "table" ? JSON.stringify(b.rows.map((r) => r.map((c) => c.text))) : `${b.type}:${b.text}`;
}

/** Facts of the blocks an edit left unchanged (their text is still in the mutant) that the mutant lost. */
function lostFromUnchangedBlocks(base: Baseline, report: Report, doc: Doc | undefined): number {
  const texts = new Set((doc?.blocks ?? []).map(blockText));
  const need = new Map<string, number>();
  for (const [k, block] of base.factBlocks) if (texts.has(base.blockTexts[block]!)) need.set(k, (need.get(k) ?? 0) + 1);
  const have = new Map<string, number>();
  for (const f of report.facts) have.set(factKey(f), (have.get(factKey(f)) ?? 0) + 1);
  let lost = 0;
  for (const [k, n] of need) lost += Math.max(0, n - (have.get(k) ?? 0));
  return lost;
}

export async function runInput(bytes: Uint8Array, name: string, base: Baseline | undefined, budget: Partial<Budget> = {}): Promise<Outcome> {
  const b: Budget = { ...DEFAULT_BUDGET, ...budget };
  const limitMs = fileTimeoutMs(b, bytes.length) || Infinity;
  const t0 = performance.now();
  let report: Report;
  let doc: Doc | undefined;
  let stats: ParseStats | undefined;
  const onStats = (s: ParseStats) => (stats = s);
  const plain = base?.format === "txt" || base?.format === "html";
  try {
    ({ report, doc } = await parseIsolated({ bytes: new Uint8Array(bytes), name }, { budget: b, onStats, withDoc: plain }));
  } catch (e) {
    const ms = performance.now() - t0;
    const message = e instanceof Error ? e.message : String(e);
    if (!(e instanceof ReadError) || /\n/.test(message)) return { verdict: "crash", exit: undefined, message: e instanceof Error ? (e.stack ?? message) : message, ms };
    return { verdict: ms > limitMs + SLACK_MS ? "over-budget" : "ok", exit: 2, code: e.code, message, ms, ...costs(stats) };
  }
  const ms = performance.now() - t0;
  const exit = report.summary.errors > 0 ? 1 : 0;
  const out: Outcome = { verdict: "ok", exit, facts: report.facts.length, damaged: Boolean(report.damaged), ms, ...costs(stats) };
  const heapPeakMb = out.heapPeakMb;
  if (ms > limitMs + SLACK_MS || (heapPeakMb ?? 0) > b.maxMemoryMb) return { ...out, verdict: "over-budget" };
  if (!base || exit !== 0 || report.damaged || report.warnings.some((w) => !base.warnings.has(w.message))) return out;
  const silent = plain ? lostFromUnchangedBlocks(base, report, doc) > 0 : report.facts.length < base.facts;
  return silent ? { ...out, verdict: "silent-loss" } : out;
}

export function formatOf(file: string): Format {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return ext === "htm" ? "html" : (ext as Format);
}
