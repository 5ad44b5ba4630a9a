import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
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

describe("damaged text: a few bad bytes are replaced and reported, not fatal", () => {
  const utf8 = new Uint8Array(readFileSync(sample("changji-czj-2024.txt")));
  const gb = new Uint8Array(readFileSync(sample("variants/changji-czj-2024.gb18030.txt")));
  const reference = readFileSync(sample("changji-czj-2024.txt"), "utf8");
  /** Byte edits at seeded positions: delete, flip a bit, or write a NUL / 0xFF. */
  const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom("delete", "flip", "nul", "ff"), fc.nat(7)), { minLength: 1, maxLength: 6 });
  function apply(bytes: Uint8Array, list: [number, string, number][]): Uint8Array {
    let b = Array.from(bytes);
    for (const [at, kind, bit] of list) {
      const i = at % b.length;
      if (kind === "delete") b.splice(i, 1);
      else if (kind === "flip") b[i] ^= 1 << bit;
      else b[i] = kind === "nul" ? 0 : 0xff;
    }
    return new Uint8Array(b);
  }

  it("a UTF-8 report with one bad byte: decoded as UTF-8, the byte replaced, its line named", async () => {
    const bad = new Uint8Array(utf8);
    const at = utf8.indexOf(0xe5, 5000);
    bad[at] = 0xff;
    const line = new TextDecoder().decode(utf8.subarray(0, at)).split("\n").length;
    const d = decodeText(bad);
    expect(d.encoding).toBe("utf-8");
    expect(d.damage).toEqual({ count: expect.any(Number), lines: [line] });
    const r = await readDocument({ bytes: bad, name: "x.txt" });
    expect(r.doc.damaged).toBe(true);
    expect(r.doc.warnings[0]!.message).toMatch(new RegExp(`^第 ${line} 行有 \\d+ 处字节无法按 UTF-8 解码`));
  });
  it("a few edits of a UTF-8 report never make it GB18030 (property)", () => {
    fc.assert(
      fc.property(edits, (list) => {
        const d = decodeText(apply(utf8, list));
        expect(d.encoding).toBe("utf-8");
        if (d.damage) expect(d.damage.count).toBeLessThan(30);
      }),
      { numRuns: 60 },
    );
  });
  it("a few edits of a GB18030 report keep it GB18030, with the damage reported (property)", () => {
    fc.assert(
      fc.property(edits, (list) => {
        const d = decodeText(apply(gb, list));
        expect(d.encoding).toBe("gb18030");
        // still the report's text: a few characters changed, not mojibake
        expect(Math.abs(d.text.length - reference.length)).toBeLessThan(30);
        expect(d.text.split("部门决算").length).toBeGreaterThan(reference.split("部门决算").length - 7);
      }),
      { numRuns: 60 },
    );
  });
  it("a stray NUL is damage, not a binary file; text that is mostly undecodable is still refused", async () => {
    const nul = new Uint8Array(utf8);
    nul[3000] = 0;
    const r = await readDocument({ bytes: nul, name: "x.txt" });
    expect(r.doc.damaged).toBe(true);
    const mostly = apply(utf8, Array.from({ length: 4000 }, (_, i) => [i * 11 + 7, "ff", 0] as [number, string, number]));
    await expect(readDocument({ bytes: mostly, name: "x.txt" })).rejects.toMatchObject({ code: "bad-encoding" });
  });
  it("undamaged files report no damage (the corpus in every encoding)", async () => {
    for (const f of ["changji-czj-2024.txt", "changji-czj-2024.html", "variants/changji-czj-2024.gb18030.txt", "variants/changji-czj-2024.bom.txt"]) {
      const r = await readDocument({ path: sample(f) });
      expect(r.doc.damaged).toBeUndefined();
    }
  });
});
