/**
 * Parity: the corpus text report rendered to PDF by LibreOffice (samples/lo/changji-czj-2024.lo.pdf) reads to the
 * same narrative and the same table numbers as the .txt. This PDF has what LibreOffice output has: runs split
 * mid-word, autospacing, hanging-indent lists, form tables whose rows break across pages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Doc, TableBlock } from "../../../src/model/document.js";
import { readDocument } from "../../../src/read/index.js";
import { root } from "./helpers.js";

let txt: Doc;
let pdf: Doc;
beforeAll(async () => {
  txt = (await readDocument({ path: root + "samples/changji-czj-2024.txt" })).doc;
  pdf = (await readDocument({ path: root + "samples/lo/changji-czj-2024.lo.pdf" })).doc;
}, 60_000);

const norm = (s: string) => s.replace(/\s+/g, "");
const prose = (d: Doc) => d.blocks.filter((b) => b.type !== "table").map((b) => norm((b as { text: string }).text)).filter((t) => t !== "");
const tablesOf = (d: Doc) => d.blocks.filter((b): b is TableBlock => b.type === "table");

describe("changji .txt vs its LibreOffice PDF", () => {
  it("every narrative paragraph of the text report is a paragraph of the PDF, in the same order", () => {
    const p = prose(pdf);
    let at = -1;
    for (const t of prose(txt)) {
      const i = p.indexOf(t, at + 1);
      expect(i, t.slice(0, 40)).toBeGreaterThan(at);
      at = i;
    }
  });

  it("same tables, and every number of each table in the PDF table", () => {
    const a = tablesOf(txt);
    const b = tablesOf(pdf);
    expect(b).toHaveLength(a.length);
    a.forEach((t, i) => {
      const nums = (tt: TableBlock) => tt.rows.flat().filter((c) => !c.spanOf && c.state === "number").map((c) => norm(c.text));
      expect(nums(b[i]!).sort()).toEqual(nums(t).sort());
    });
  });

  it("puts a row broken by a page break back together", () => {
    const t = tablesOf(pdf)[0]!;
    expect(t.rows.some((r) => r.some((c) => c.text === "组织国家统一会计资格考试次数"))).toBe(true);
  });
});
