/** .docx → Doc (mammoth → HTML → the HTML reader). Stub: implemented by the readers work. */
import type { Doc } from "../model/document.js";
export async function readDocx(bytes: Uint8Array): Promise<Doc> {
  void bytes;
  throw new Error("readDocx: not implemented yet");
}
