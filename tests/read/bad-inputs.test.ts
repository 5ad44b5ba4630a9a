import { describe, expect, it } from "vitest";
import { ReadError, type ReadErrorCode } from "../../src/read/errors.js";
import { readDocument } from "../../src/read/index.js";
import { sample } from "./helpers.js";

/** Fixtures from scripts/make-bad.mjs. */
async function failure(file: string): Promise<ReadError> {
  const err = await readDocument({ path: sample(`bad/${file}`) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ReadError)) throw new Error(`${file}: expected a ReadError, got ${String(err)}`);
  return err;
}

describe("hostile inputs reject with a ReadError of the right code", () => {
  it.each<[string, ReadErrorCode]>([
    ["empty.txt", "empty"],
    ["binary.txt", "corrupt"], // random bytes with NULs: binary, refused before decoding
    ["nul.txt", "corrupt"], // decodes, but looks binary
    ["latin1.txt", "bad-encoding"],
    ["corrupt.docx", "corrupt"],
    ["not-word.docx", "corrupt"],
    ["bomb.docx", "too-large"],
  ])("%s → %s", async (file, code) => {
    const err = await failure(file);
    expect(err.code).toBe(code);
    expect(err.message).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("messages say what is wrong", async () => {
    expect((await failure("not-word.docx")).message).toBe("zip without word/document.xml: not a Word document");
    expect((await failure("corrupt.docx")).message).toMatch(/^word\/document\.xml 已损坏，无法读取（无法解压：.*）：损坏处之前没有完整的段落或表格$/);
    expect((await failure("bomb.docx")).message).toMatch(/zip bomb/);
  });

  it("the zip bomb (320 MiB inflated) is refused quickly without inflating it", async () => {
    const rss = process.memoryUsage().rss;
    const t0 = performance.now();
    await failure("bomb.docx");
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it("fake.pdf (a %PDF header and garbage) → corrupt", async (ctx) => {
    const err = await readDocument({ path: sample("bad/fake.pdf") }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // The PDF reader is built separately; until it exists this case cannot be checked here.
    if (err instanceof Error && !(err instanceof ReadError) && /not implemented/.test(err.message)) ctx.skip();
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe("corrupt");
  });

  it("not-a-report.txt still reads (deciding that it is not a report is segmentation's job)", async () => {
    const r = await readDocument({ path: sample("bad/not-a-report.txt") });
    expect(r.doc.blocks).toHaveLength(1);
    expect(r.doc.blocks[0]).toMatchObject({ type: "paragraph" });
  });

  it("a missing file and a directory are io errors", async () => {
    await expect(readDocument({ path: sample("bad/no-such-file.docx") })).rejects.toMatchObject({ code: "io" });
    await expect(readDocument({ path: sample("bad") })).rejects.toMatchObject({ code: "io" });
  });
});
