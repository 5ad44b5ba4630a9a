/** Broken and protected PDFs (scripts/make-bad-pdfs.sh). */
import { describe, expect, it } from "vitest";
import { ReadError } from "../../../src/read/errors.js";
import { readDocument } from "../../../src/read/index.js";
import { readPdf } from "../../../src/read/pdf/index.js";
import { bytesOf, root } from "./helpers.js";

async function codeOf(rel: string): Promise<string> {
  try {
    await readPdf(bytesOf(rel));
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as ReadError).code;
  }
}

describe("PDF input problems", () => {
  it("a user password → encrypted", async () => {
    expect(await codeOf("samples/pdf/encrypted-user.pdf")).toBe("encrypted");
  }, 30_000);

  it("an owner password only → read like any other", async () => {
    const doc = await readPdf(bytesOf("samples/pdf/owner-only.pdf"));
    expect(doc.blocks.some((b) => b.type === "table")).toBe(true);
    expect(doc.pages).toBe(5);
  }, 30_000);

  it("truncated and garbage files → corrupt", async () => {
    expect(await codeOf("samples/pdf/truncated.pdf")).toBe("corrupt");
    expect(await codeOf("samples/pdf/garbage.pdf")).toBe("corrupt");
  }, 30_000);

  it("image only → no-text-layer with the OCR message", async () => {
    await expect(readPdf(bytesOf("samples/pdf/image-only.pdf"))).rejects.toThrow(
      "no text layer: scanned PDFs need OCR, which juesuan does not do",
    );
    expect(await codeOf("samples/pdf/image-only.pdf")).toBe("no-text-layer");
  }, 30_000);

  it("goes through the reader dispatch by magic bytes", async () => {
    const { doc, source } = await readDocument({ path: root + "samples/pdf/synthetic.pdf" });
    expect(source.format).toBe("pdf");
    expect(source.pages).toBe(5);
    expect(doc.format).toBe("pdf");
  }, 30_000);

  it("does not print pdfjs warnings", async () => {
    const logs: unknown[] = [];
    const orig = { log: console.log, warn: console.warn, info: console.info };
    console.log = console.warn = console.info = (...a: unknown[]) => void logs.push(a);
    try {
      await readPdf(bytesOf("samples/pdf/truncated.pdf")).catch(() => undefined);
      await readPdf(bytesOf("samples/pdf/synthetic.pdf"));
    } finally {
      Object.assign(console, orig);
    }
    expect(logs).toEqual([]);
  }, 30_000);
});
