/**
 * Deliberately damaged extractions (issue: findings a reviewer can trust): what a reader gets wrong must give
 * warnings, never errors. Each case damages the document a reader produced — a table appended to another, a
 * 其中 row read as an addend, columns shifted by one, a subject lost by a line break — and the evidence policy
 * (flood guard, severity from evidence, the component guard) alone must keep errors away.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { analyseDoc } from "../../src/pipeline.js";
import type { Doc, TableBlock } from "../../src/model/document.js";
import type { SourceInfo } from "../../src/model/report.js";

interface Read {
  doc: Doc;
  source: SourceInfo;
}
const read: Record<string, Read> = {};
beforeAll(async () => {
  for (const f of ["samples/chongqing-swu-2023.pdf", "samples/shanghai-putuo-czj-2024.pdf", "samples/changji-czj-2024.txt"]) read[f] = await readDocument({ path: f });
}, 120_000);

const clone = (r: Read): Doc => structuredClone(r.doc);
const errors = (doc: Doc, r: Read) =>
  analyseDoc(doc, r.source).findings.filter((f) => f.outcome === "fail" && f.severity === "error").map((f) => `${f.ruleId}|${f.actual}|${f.expected}`).sort();
const warnings = (doc: Doc, r: Read) => analyseDoc(doc, r.source).findings.filter((f) => f.outcome === "fail" && f.severity === "warning");

/** The first table block titled by `re`, in its caption or in one of the three paragraphs above it. */
function tableTitled(doc: Doc, re: RegExp): number {
  const i = doc.blocks.findIndex((b, k) => b.type === "table" && (b.caption.some((c) => re.test(c)) || doc.blocks.slice(Math.max(0, k - 3), k).some((p) => p.type !== "table" && re.test(p.text))));
  expect(i, String(re)).toBeGreaterThanOrEqual(0);
  return i;
}

/** Shift every number of a table's data rows one column to the right. */
function shiftNumbers(t: TableBlock): void {
  for (const row of t.rows) {
    const idx = row.map((c, i) => (c.state === "number" ? i : -1)).filter((i) => i >= 0);
    if (idx.length < 2) continue;
    const texts = idx.map((i) => row[i].text);
    idx.forEach((i, k) => {
      const to = i + 1 < row.length ? i + 1 : i;
      if (k === 0) row[i] = { ...row[i], text: "", state: "blank" };
      row[to] = { ...row[to], text: texts[k], state: "number" };
    });
  }
}

describe("the university report, structure fixes undone by damaging the reader's output", () => {
  const U = "samples/chongqing-swu-2023.pdf";
  it("clean: 0 errors", () => {
    expect(errors(clone(read[U]), read[U])).toEqual([]);
  });
  it("表4 appended to 表3 (its title lost): 0 errors, a warning that the table looks misread", () => {
    const doc = clone(read[U]);
    (doc.blocks[tableTitled(doc, /表4/)] as TableBlock).caption = [];
    expect(errors(doc, read[U])).toEqual([]);
    expect(warnings(doc, read[U]).some((f) => f.ruleId === "parse-doubt")).toBe(true);
  });
  it("其中 rows read as addends of the totals: 0 errors, a warning naming the rows counted twice", () => {
    const doc = clone(read[U]);
    const t1 = doc.blocks[tableTitled(doc, /表1/)] as TableBlock;
    let n = 0;
    for (const row of t1.rows) for (const c of row) if (/^其中[：:]/.test(c.text)) c.text = c.text.replace(/^其中[：:]/, `${["七", "八"][n++]}、`);
    expect(n).toBe(2);
    expect(errors(doc, read[U])).toEqual([]);
    expect(warnings(doc, read[U]).map((f) => f.doubt ?? "").join()).toMatch(/其中/);
  });
  it("the 事业收入 column read from its 其中 sub-column (a flat header): 0 errors", () => {
    const doc = clone(read[U]);
    const t2 = doc.blocks[tableTitled(doc, /表2/)] as TableBlock;
    for (const row of t2.rows.slice(2)) [row[5], row[6]] = [row[6], row[5]];
    expect(errors(doc, read[U])).toEqual([]);
  });
  it("all of it at once: 0 errors", () => {
    const doc = clone(read[U]);
    (doc.blocks[tableTitled(doc, /表4/)] as TableBlock).caption = [];
    const t2 = doc.blocks[tableTitled(doc, /表2/)] as TableBlock;
    for (const row of t2.rows.slice(2)) [row[5], row[6]] = [row[6], row[5]];
    const t1 = doc.blocks[tableTitled(doc, /表1/)] as TableBlock;
    for (const row of t1.rows) for (const c of row) c.text = c.text.replace(/^其中[：:]/, "九、");
    expect(errors(doc, read[U])).toEqual([]);
  });
});

describe("the Shanghai report: damage gives no error its clean reading does not give", () => {
  const S = "samples/shanghai-putuo-czj-2024.pdf";
  let clean: string[];
  beforeAll(() => {
    clean = errors(clone(read[S]), read[S]);
  });
  it("columns shifted by one in 一般公共预算财政拨款支出决算表", () => {
    const doc = clone(read[S]);
    shiftNumbers(doc.blocks[tableTitled(doc, /一般公共预算财政拨款支出决算表/)] as TableBlock);
    const e = errors(doc, read[S]);
    expect(e.filter((x) => !clean.includes(x))).toEqual([]);
    expect(warnings(doc, read[S]).length).toBeGreaterThan(0);
  });
});

describe("the Xinjiang text: a subject lost by a line break", () => {
  const X = "samples/changji-czj-2024.txt";
  it("item paragraphs cut after their first clause: their numbers lose the item, and raise no error", () => {
    const doc = clone(read[X]);
    const blocks = doc.blocks.flatMap((b) => {
      if (b.type !== "paragraph" || !/^\d+\..*\(项\)/.test(b.text)) return [b];
      const cut = b.text.indexOf("，比上年");
      if (cut < 0) return [b];
      return [{ ...b, text: b.text.slice(0, cut + 1) }, { ...b, text: b.text.slice(cut + 1) }];
    });
    expect(blocks.length).toBeGreaterThan(doc.blocks.length + 5);
    doc.blocks = blocks;
    expect(errors(doc, read[X])).toEqual([]);
  });
});
