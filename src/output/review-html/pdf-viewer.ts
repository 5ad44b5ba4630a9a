/**
 * What a review needs to draw PDF pages offline: pdf.js (legacy build, for older browsers) and its worker as text,
 * and the Chinese (GB) CMaps that PDFs with non-embedded CJK fonts need. Read once per process from pdfjs-dist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface PdfViewerAssets {
  lib: string;
  worker: string;
  /** CMap file name → base64 of the packed .bcmap. */
  cmaps: Record<string, string>;
  version: string;
}

const CMAP = /^(UniGB-(UCS2|UTF16)-[HV]|GBK-EUC-[HV]|GBKp-EUC-[HV]|GBK2K-[HV]|GB-EUC-[HV]|GBpc-EUC-[HV]|GB-[HV]|Adobe-GB1-UCS2|Adobe-GB1-\d)\.bcmap$/;

let cached: PdfViewerAssets | undefined;

export function pdfViewerAssets(): PdfViewerAssets {
  if (cached) return cached;
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const cmaps: Record<string, string> = {};
  for (const name of readdirSync(join(root, "cmaps")).filter((n) => CMAP.test(n)).sort()) cmaps[name] = readFileSync(join(root, "cmaps", name)).toString("base64");
  cached = {
    lib: readFileSync(join(root, "legacy/build/pdf.min.mjs"), "utf8"),
    worker: readFileSync(join(root, "legacy/build/pdf.worker.min.mjs"), "utf8"),
    cmaps,
    version,
  };
  return cached;
}
