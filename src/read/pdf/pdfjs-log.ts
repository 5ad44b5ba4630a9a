/**
 * What pdf.js says about a damaged file, which it otherwise keeps to itself.
 *
 * - Warnings: with `stopAtErrors: false` pdf.js skips a broken stream, font or xref entry and goes on, telling only
 *   `console.warn("Warning: …")`. While a PDF is read, those lines are caught (not printed) and attributed to the page
 *   being read; the ones that mean damage become the reader's warnings.
 * - Stray rejections: on a damaged xref pdf.js starts fetches it later abandons (it re-parses the file), and their
 *   promises reject with nobody listening: an UnhandledPromiseRejection that would kill the process after the
 *   report was printed. A process-level handler takes those that come from pdf.js; any other unhandled rejection is
 *   rethrown, as Node would do, unless someone else (a test runner) listens too.
 *
 * One listener per read. Reads in one thread at the same time would mix their pages (the CLI and the batch read one
 * file per thread).
 */

export interface PdfjsMessage {
  /** The page being read when pdf.js said it (0: while opening the document). */
  page: number;
  message: string;
}

export class PdfjsListener {
  /** The page currently being read. */
  page = 0;
  readonly warnings: PdfjsMessage[] = [];
  readonly strays: PdfjsMessage[] = [];
}

const listeners = new Set<PdfjsListener>();
let originalWarn: typeof console.warn | undefined;
let rejectionGuard = false;

/** pdf.js warnings that mean part of the file is damaged (not the benign font-hinting and feature notes). */
const DAMAGE =
  /Indexing all PDF objects|ignoring errors during|FormatError|XRef|Invalid stream|Unterminated|Empty "\w+" stream|checkLastPage|Skipping invalid|ignoring sub-stream|translateFont failed|font file|readToUnicode - ignoring|lookup failed|preEvaluateFont failed|extractDataStructures - ignoring|indexObjects|Unknown command|ignoring XObject|UnknownErrorException|MissingDataException|flate|Bad (?:FCHECK|FDICT|encoding)|Unexpected|corrupt/i;

export function isDamageWarning(message: string): boolean {
  return DAMAGE.test(message);
}

/** Start catching pdf.js's warnings and stray rejections for one read. */
export function listen(): PdfjsListener {
  const l = new PdfjsListener();
  listeners.add(l);
  if (!originalWarn) {
    const warn = (originalWarn = console.warn);
    console.warn = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === "string" && first.startsWith("Warning: ") && listeners.size) {
        const message = first.slice("Warning: ".length);
        for (const x of listeners) x.warnings.push({ page: x.page, message });
        return;
      }
      warn.apply(console, args);
    };
  }
  installRejectionGuard();
  return l;
}

/** Stop catching for this read; the console is restored when no read is left. */
export function unlisten(l: PdfjsListener): void {
  listeners.delete(l);
  if (listeners.size === 0 && originalWarn) {
    console.warn = originalWarn;
    originalWarn = undefined;
  }
}

/** An error thrown by pdf.js code (its exception classes are built on an Error made inside pdf.js's modules). */
export function isPdfjsError(reason: unknown): boolean {
  if (!reason || typeof reason !== "object") return false;
  const stack = (reason as { stack?: unknown }).stack;
  return typeof stack === "string" && /pdfjs-dist[\\/]/.test(stack);
}

function installRejectionGuard(): void {
  if (rejectionGuard) return;
  rejectionGuard = true;
  process.on("unhandledRejection", (reason) => {
    if (isPdfjsError(reason)) {
      const r = reason as { name?: string; message?: string };
      for (const x of listeners) x.strays.push({ page: x.page, message: `${r.name ?? "Error"}: ${r.message ?? ""}` });
      return;
    }
    // not ours: behave as Node does without a handler (crash), unless another handler decides
    if (process.listenerCount("unhandledRejection") === 1) throw reason;
  });
}
