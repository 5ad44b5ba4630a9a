/**
 * A damaged PDF degrades loudly: what pdf.js skips or silently misreads (a stream that fails its checksum, a broken
 * xref) is read as far as it goes, and a warning names the page; report.damaged is set. Mutants are made here from
 * the LibreOffice sample, at places found by scanning its objects (no fixed offsets).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/pipeline.js";
import { contentStreamPages, damagedStreams, rawObjects } from "../../../src/read/pdf/streams.js";
import { readPdf } from "../../../src/read/pdf/index.js";

const LO = "samples/lo/changji-czj-2024.lo.pdf";
const clean = new Uint8Array(readFileSync(LO));

/** The content stream of the n-th page object (in file order) and that page's number in the document. */
function contentOfPage(bytes: Uint8Array, nth: number): { obj: number; data: [number, number] } {
  const contents = contentStreamPages(bytes);
  const objs = rawObjects(bytes);
  const [obj] = [...contents.keys()].sort((a, b) => a - b).slice(nth, nth + 1);
  const o = objs.find((x) => x.obj === obj && x.data)!;
  return { obj: o.obj, data: o.data! };
}

describe("damaged compressed streams (pdf.js does not check their Adler-32)", () => {
  it("the corpus and samples have none", () => {
    for (const f of [LO, "samples/shanghai-putuo-czj-2024.pdf", "samples/shanghai-template-2024.pdf", "samples/pdf/owner-only.pdf"]) {
      expect(damagedStreams(new Uint8Array(readFileSync(f)))).toEqual([]);
    }
  });

  it("a flipped bit in a page's content stream: the page is named, the report is marked damaged, the rest is read", async () => {
    const { obj, data } = contentOfPage(clean, 10);
    const bad = new Uint8Array(clean);
    bad[data[0] + Math.floor((data[1] - data[0]) * 0.6)] ^= 0x10;
    expect(damagedStreams(bad).map((d) => d.obj)).toEqual([obj]);
    const base = await parseReport({ bytes: clean, name: "lo.pdf" }, { validate: false });
    const r = await parseReport({ bytes: bad, name: "lo.pdf" }, { validate: false });
    expect(r.damaged).toBe(true);
    const w = r.warnings.find((x) => x.message.includes(`PDF 对象 ${obj} 的压缩数据已损坏`));
    expect(w).toMatchObject({ source: "read.pdf", page: expect.any(Number), message: expect.stringMatching(/第 \d+ 页的内容可能缺字或有误$/) });
    // only that page can differ: every fact of the other pages is still there
    const key = (f: (typeof r.facts)[number]) => `${f.concept}|${JSON.stringify(f.dims)}|${f.value}|${f.source.page}`;
    const got = new Set(r.facts.map(key));
    const lostElsewhere = base.facts.filter((f) => f.source.page !== w!.page && !got.has(key(f)));
    expect(lostElsewhere.length).toBeLessThan(base.facts.length * 0.05);
  });

  // Text that runs past the page edge (this rendering's forms are wider than the page) is said, but is not damage.
  const edge = (w: { message: string }) => /超出页面边界/.test(w.message);
  it("an undamaged file reports no damage and no extra warnings", async () => {
    const doc = await readPdf(clean);
    expect(doc.damaged).toBeUndefined();
    expect(doc.warnings.filter((w) => !edge(w))).toEqual([]);
  });
});

describe("pages that cannot be read are skipped, not fatal", () => {
  it("a page whose content stream is garbage is read as far as pdf.js goes, with its page in the warning", async () => {
    const { data } = contentOfPage(clean, 3);
    const bad = new Uint8Array(clean);
    // overwrite the middle of the stream with bytes that are not deflate data
    bad.fill(0xff, data[0] + 20, data[0] + 60);
    const doc = await readPdf(bad);
    expect(doc.damaged).toBe(true);
    expect(doc.warnings.filter((w) => w.source === "read.pdf" && !/超出页面边界/.test(w.message)).every((w) => /损坏|无法/.test(w.message))).toBe(true);
    expect(doc.blocks.length).toBeGreaterThan(100);
  });
});
