/** Input problems that stop a file from being read: a clear message, exit code 2, never a stack trace. */
export type ReadErrorCode =
  | "unsupported-format"
  | "empty"
  | "too-large"
  | "corrupt"
  | "encrypted"
  | "no-text-layer"
  | "not-a-report"
  | "bad-encoding"
  | "timeout"
  | "io";

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}

/** Default caps. A final account is a few MB at most; these leave ample room and stop hostile inputs. */
export const LIMITS = {
  /** Largest input file read at all. */
  maxFileBytes: 200 * 1024 * 1024,
  /** Total bytes a .docx may inflate to (zip-bomb guard). */
  maxInflatedBytes: 256 * 1024 * 1024,
  /**
   * Largest XML part of a .docx that is converted (word/document.xml …). mammoth's DOM takes about 65 bytes of heap
   * per byte of XML: 24 MB (a Word file of a few thousand pages) needs about 1.6 GB, within the default heap budget.
   */
  maxXmlPartBytes: 24 * 1024 * 1024,
  /** Largest plain text / HTML after decoding, in characters. */
  maxTextChars: 50 * 1024 * 1024,
  /** Most PDF pages read. */
  maxPdfPages: 2000,
};
