/** Opening a PDF with pdfjs-dist (legacy build, Node): options, error mapping, page iteration helpers. */
import path from "node:path";
import { createRequire } from "node:module";
import type { PDFDocumentProxy, PDFDocumentLoadingTask } from "pdfjs-dist/types/src/display/api.js";
import { ReadError } from "../errors.js";

type PdfjsModule = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfjsModule> | undefined;

/**
 * Import pdfjs lazily (it is heavy) and only once, with its worker module (the in-thread "fake worker" then needs
 * no import of its own at the first getDocument).
 *
 * The legacy build bundles core-js, which on Node 20 (V8 11.3) force-replaces Array.prototype.push with a slow
 * generic version (its "non-writable length" check fails there), and also wraps JSON.parse/stringify. Every push in
 * the process then goes through the polyfill: with it, half of the reader's time went into `push`. The natives do
 * everything pdfjs needs, so they are put back after the import.
 */
export function pdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= (async () => {
    const nativePush = Array.prototype.push;
    const nativeParse = JSON.parse;
    const nativeStringify = JSON.stringify;
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // @ts-expect-error the worker module ships no type declarations; importing it registers globalThis.pdfjsWorker
    await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
    }
    if (JSON.parse !== nativeParse) Object.defineProperty(JSON, "parse", { value: nativeParse, writable: true, configurable: true, enumerable: false });
    if (JSON.stringify !== nativeStringify) {
      Object.defineProperty(JSON, "stringify", { value: nativeStringify, writable: true, configurable: true, enumerable: false });
    }
    return lib;
  })();
  return pdfjsPromise;
}

let dirCache: string | undefined;
function pdfjsDir(): string {
  dirCache ??= path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return dirCache;
}

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  task: PDFDocumentLoadingTask;
  lib: PdfjsModule;
}

/**
 * Open a PDF from bytes (copied: pdfjs detaches the buffer it is given). Maps pdfjs failures to ReadError.
 * `warnings`: let pdf.js print its warnings (the reader catches them to report damage: pdfjs-log.ts).
 */
export async function openPdf(bytes: Uint8Array, options: { warnings?: boolean } = {}): Promise<OpenedPdf> {
  const lib = await pdfjs();
  const dir = pdfjsDir();
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);
  const task = lib.getDocument({
    data,
    cMapUrl: path.join(dir, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, "standard_fonts") + path.sep,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: options.warnings ? lib.VerbosityLevel.WARNINGS : lib.VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  // No onPassword handler: when a user password is needed, pdfjs rejects with a PasswordException.
  try {
    const doc = await task.promise;
    return { doc, task, lib };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(e);
  }
}

export function mapPdfError(e: unknown): Error {
  if (e instanceof ReadError) return e;
  const err = e as { name?: string; message?: string; code?: number };
  const name = err?.name ?? "";
  const msg = err?.message ?? String(e);
  if (name === "PasswordException" || /password/i.test(msg)) {
    return new ReadError("encrypted", "the PDF is encrypted with a password needed to open it; juesuan cannot read it");
  }
  if (name === "InvalidPDFException" || name === "FormatError" || name === "UnknownErrorException" || name === "MissingPDFException") {
    return new ReadError("corrupt", `the PDF is damaged or not a PDF (${msg})`);
  }
  if (/Worker was destroyed|Loading aborted/i.test(msg)) {
    return new ReadError("encrypted", "the PDF is encrypted with a password needed to open it; juesuan cannot read it");
  }
  return new ReadError("corrupt", `the PDF cannot be read (${msg})`);
}
