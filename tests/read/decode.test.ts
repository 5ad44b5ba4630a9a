import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/read/decode.js";
import { readDocument } from "../../src/read/index.js";
import { sample } from "./helpers.js";

describe("text encodings (samples/variants, made by scripts/make-variants.sh)", () => {
  const reference = readDocument({ path: sample("changji-czj-2024.txt") });

  it.each([
    ["changji-czj-2024.gb18030.txt", "gb18030"],
    ["changji-czj-2024.crlf.txt", "utf-8"],
    ["changji-czj-2024.bom.txt", "utf-8"],
  ])("%s decodes (%s) to the same blocks as the UTF-8 file", async (file, encoding) => {
    const ref = await reference;
    const got = await readDocument({ path: sample(`variants/${file}`) });
    expect(got.source.encoding).toBe(encoding);
    expect(got.doc.blocks).toEqual(ref.doc.blocks);
    expect(got.doc.blocks.length).toBeGreaterThan(100);
  });

  it("the GB18030 file really is not UTF-8 (so the fallback path is exercised)", () => {
    const bytes = new Uint8Array(readFileSync(sample("variants/changji-czj-2024.gb18030.txt")));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes).text).toBe(readFileSync(sample("changji-czj-2024.txt"), "utf8"));
  });
});
