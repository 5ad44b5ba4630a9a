/** .pdf → Doc (pdfjs-dist). Stub: implemented by the PDF work. */
import type { Doc } from "../../model/document.js";
export async function readPdf(bytes: Uint8Array): Promise<Doc> {
  void bytes;
  throw new Error("readPdf: not implemented yet");
}
