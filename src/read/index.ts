/** Format detection and dispatch: bytes (or a path) → Doc + source info. */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Doc, Format } from "../model/document.js";
import type { SourceInfo } from "../model/report.js";
import { bytesLookBinary, damageMessage, decodeText } from "./decode.js";
import { LIMITS, ReadError } from "./errors.js";
import { readTextString } from "./text.js";

export { ReadError, LIMITS } from "./errors.js";

export interface ReadInput {
  /** A path to read, or bytes already in memory. */
  path?: string;
  bytes?: Uint8Array;
  /** Force a format instead of detecting it from magic bytes and extension. */
  format?: Format;
  /** Display name for messages. */
  name?: string;
  /**
   * Progress: each PDF page as it starts (page 0: opening), then `read` once the document is read. A watchdog
   * (src/isolate) uses it to stop a page that blocks the thread.
   */
  onProgress?: (p: ReadProgress) => void;
}

export type ReadProgress = { stage: "page"; page: number; pages: number } | { stage: "read" };

export interface ReadResult {
  doc: Doc;
  source: SourceInfo;
}

/** Detect the format from magic bytes first (a renamed file still reads), then from the extension. */
export function detectFormat(bytes: Uint8Array, name = ""): Format {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    const ext = extname(name).toLowerCase();
    if (ext && ext !== ".docx" && ext !== ".docm" && ext !== ".zip") {
      throw new ReadError("unsupported-format", `${ext} is a zip container juesuan does not read (supported: .docx, .doc, .pdf, .html, .txt)`);
    }
    return "docx";
  }
  if (head.startsWith("\xd0\xcf\x11\xe0")) {
    const ext = extname(name).toLowerCase();
    if (ext === ".doc" || ext === ".dot" || ((ext === "" || ext === ".txt") && Buffer.from(bytes.subarray(0, 65536)).includes(Buffer.from("WordDocument", "utf16le")))) return "doc";
    throw new ReadError("unsupported-format", "this is a legacy binary Office file (.xls/.ppt); save it as .xlsx first");
  }
  const ext = extname(name).toLowerCase();
  if (ext === ".pdf") return "pdf";
  if (ext === ".docx") return "docx";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".txt" || ext === ".text" || ext === "") {
    const sniff = Buffer.from(bytes.subarray(0, 512)).toString("latin1").toLowerCase();
    return /<(!doctype html|html|body|table|p)[\s>]/.test(sniff) ? "html" : "txt";
  }
  throw new ReadError("unsupported-format", `unsupported file type ${ext} (supported: .docx, .doc, .pdf, .html, .txt)`);
}

/** An HTML document that opens <html> but does not close it (HTML allows that, but a saved page closes it). */
function looksCutShort(html: string): boolean {
  return /<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(html.slice(-4096));
}

export async function readDocument(input: ReadInput): Promise<ReadResult> {
  let bytes = input.bytes;
  const name = input.name ?? input.path ?? "";
  if (!bytes) {
    if (!input.path) throw new ReadError("io", "nothing to read: give a path or bytes");
    let st;
    try {
      st = await stat(input.path);
    } catch (e) {
      throw new ReadError("io", `cannot read ${input.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (st.isDirectory()) throw new ReadError("io", `${input.path} is a directory, not a report file`);
    if (st.size > LIMITS.maxFileBytes) {
      throw new ReadError("too-large", `file is ${st.size} bytes, over the ${LIMITS.maxFileBytes}-byte limit`);
    }
    bytes = new Uint8Array(await readFile(input.path));
  }
  if (bytes.length === 0) throw new ReadError("empty", "the file is empty");
  if (bytes.length > LIMITS.maxFileBytes) throw new ReadError("too-large", `input is over the ${LIMITS.maxFileBytes}-byte limit`);
  const format = input.format ?? detectFormat(bytes, name);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let doc: Doc;
  let encoding: string | undefined;
  switch (format) {
    case "txt":
    case "html": {
      const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
      if (!utf16 && bytesLookBinary(bytes)) throw new ReadError("corrupt", "文件看起来是二进制数据，不是文本或 HTML");
      const d = decodeText(bytes);
      encoding = d.encoding;
      if (d.text.length > LIMITS.maxTextChars) throw new ReadError("too-large", `text is over ${LIMITS.maxTextChars} characters`);
      doc = format === "txt" ? readTextString(d.text) : (await import("./html.js")).readHtmlString(d.text);
      if (format === "html" && looksCutShort(d.text)) {
        doc.warnings.unshift({ severity: "warning", source: "read.html", message: "HTML 文件以 <html> 开始却没有 </html> 结尾：文件可能被截断，结尾的内容可能缺失" });
      }
      if (d.damage) {
        doc.damaged = true;
        doc.warnings.unshift({ severity: "warning", source: `read.${format}`, message: damageMessage(d.damage, d.encoding) });
      }
      break;
    }
    case "docx":
      doc = await (await import("./docx.js")).readDocx(bytes);
      break;
    case "pdf":
      doc = await (await import("./pdf/index.js")).readPdf(bytes, input.onProgress ? { onPage: (page, pages) => input.onProgress!({ stage: "page", page, pages }) } : {});
      break;
    case "doc":
      doc = await (await import("./doc.js")).readDoc(bytes);
      break;
  }
  if (!doc.blocks.some((b) => (b.type === "table" ? b.rows.length > 0 : b.text.trim() !== ""))) {
    throw new ReadError("empty", "the document has no text");
  }
  input.onProgress?.({ stage: "read" });
  return {
    doc,
    source: {
      ...(input.path ? { file: input.path } : input.name ? { file: input.name } : {}),
      format,
      sha256,
      bytes: bytes.length,
      ...(doc.pages ? { pages: doc.pages } : {}),
      ...(encoding ? { encoding } : {}),
    },
  };
}
