/** Opening a PDF with pdfjs-dist (legacy build, Node): options, error mapping, page iteration helpers. */
import path from "node:path";
import { createRequire } from "node:module";
import type { PDFDocumentProxy, PDFDocumentLoadingTask } from "pdfjs-dist/types/src/display/api.js";
import { ReadError } from "../errors.js";

type PdfjsModule = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfjsModule> | undefined;

/** Import pdfjs lazily (it is heavy) and only once. */
export function pdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs");
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

/** Open a PDF from bytes (copied: pdfjs detaches the buffer it is given). Maps pdfjs failures to ReadError. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
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
    verbosity: lib.VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  // A user password is needed: refuse instead of waiting for one forever.
  task.onPassword = () => {
    void task.destroy();
  };
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
