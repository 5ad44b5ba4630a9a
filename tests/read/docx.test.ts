import { readFileSync } from "node:fs";
import { deflateRawSync, crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/model/document.js";
import { attachLabels } from "../../src/read/docx-labels.js";
import { numberedParagraphs } from "../../src/read/docx-numbering.js";
import { readDocx } from "../../src/read/docx.js";
import { ReadError } from "../../src/read/errors.js";
import { formatNumber } from "../../src/read/numbering-format.js";
import { inspectZip } from "../../src/read/zip-guard.js";
import { labelled, ownerCellMismatches, sample, tables, txtBody, txtTables } from "./helpers.js";
import { makeZip, readZip, type ZipEntryInput } from "../helpers/zip.js";

const bytes = (p: string) => new Uint8Array(readFileSync(sample(p)));
const converted = new Map<string, ReturnType<typeof readDocx>>();
/** mammoth takes about a second per sample: convert each file once. */
const docOf = (p: string) => {
  if (!converted.has(p)) converted.set(p, readDocx(bytes(p)));
  return converted.get(p)!;
};

describe.each([
  ["docx package", "changji-czj-2024.docx"],
  ["LibreOffice", "lo/changji-czj-2024.lo.docx"],
])("docx sample made with %s", (_maker, file) => {
  it("reads the same tables as the txt reader (count, shape and owner-cell texts)", async () => {
    const doc = await docOf(file);
    expect(doc.format).toBe("docx");
    const txt = txtTables();
    const got = tables(doc.blocks);
    expect(got).toHaveLength(txt.length);
    got.forEach((t, i) => {
      const body = txtBody(txt[i]);
      expect(t.rows).toHaveLength(body.length);
      expect(t.rows[0]).toHaveLength(body[0].length);
      expect(ownerCellMismatches(t.rows, body)).toEqual([]);
    });
    const first = got[0];
    expect(first.caption).toEqual(["单位整体支出绩效自评表", "（2024年度）"]);
    expect(first.rows[1][0]).toMatchObject({ text: "部门资金（万元）", rowSpan: 5 });
    expect(first.rows[3][0]).toMatchObject({ text: "部门资金（万元）", spanOf: [1, 0] });
    expect(first.rows[0][7]).toMatchObject({ text: "昌吉回族自治州财政局", spanOf: [0, 1] });
  });

  it("labels the 13 items of the first numbered list 1.–13. (text without the number)", async () => {
    const doc = await docOf(file);
    const items = labelled(doc.blocks).filter((l) => /^\d+\.$/.test(l.label));
    expect(items.slice(0, 13).map((l) => l.label)).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 1}.`));
    expect(items[0].text.startsWith("根据自治州")).toBe(true);
  });
});

describe("auto-numbering recovery (docx package sample: numbers exist only in numbering.xml)", () => {
  it("recovers 一、/（一）/1. labels on headings and paragraphs, restarting per part and per section", async () => {
    const doc = await docOf("changji-czj-2024.docx");
    expect(doc.warnings.filter((w) => w.source === "docx-numbering")).toEqual([]);
    const heading = (text: string) => doc.blocks.find((b): b is Extract<Block, { type: "heading" }> => b.type === "heading" && b.text === text);
    expect(heading("主要职能")).toMatchObject({ level: 2, label: "一、" });
    expect(heading("机构设置及人员情况")?.label).toBe("二、");
    expect(heading("收入支出决算总体情况说明")?.label).toBe("一、"); // restarts in the next part
    expect(heading("一般公共预算财政拨款支出决算总体情况")).toMatchObject({ level: 3, label: "（一）" });
    expect(heading("其他重要事项的情况说明")?.label).toBe("十、");
    expect(heading("预算绩效的情况说明")?.label).toBe("十一、");
    expect(heading("机关运行经费及公用经费支出情况")?.label).toBe("（一）"); // level 1 restarts under 十、
    // "一、…：…" definitions in the glossary part: short ones are headings, long ones numbered body paragraphs.
    const def = doc.blocks.find((b) => b.type !== "table" && b.text.startsWith("财政拨款收入：指同级财政"));
    expect(def && def.type !== "table" ? def.label : undefined).toBe("一、");
    const long = doc.blocks.find((b) => b.type === "paragraph" && b.text.startsWith("年初结转和结余："));
    expect(long && long.type === "paragraph" ? long.label : undefined).toBe("七、");
    // The second "N." list restarts at 1.
    const struct = doc.blocks.find((b) => b.type === "paragraph" && b.text.startsWith("一般公共服务支出(类)1,978.05"));
    expect(struct && struct.type === "paragraph" ? struct.label : undefined).toBe("1.");
    // No label text leaked into the block text.
    expect(labelled(doc.blocks).every((l) => !/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/.test(l.text))).toBe(true);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const para = (text: string, numId?: string, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ""}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("numbering.xml → labels", () => {
  const numbering = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum>
    <w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2", 1, '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
    <w:abstractNum w:abstractNumId="2">${lvl(0, "bullet", "●")}</w:abstractNum>
    <w:abstractNum w:abstractNumId="3">${lvl(0, "decimalEnclosedCircle", "%1")}</w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
  </w:numbering>`;
  const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Sec"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="SecChild"><w:basedOn w:val="Sec"/></w:style></w:styles>`;

  it("counts levels with restarts, shared abstract counters, overrides, styles, bullets and tables", () => {
    const doc = `<w:document ${W}><w:body>
      ${para("a", "1")}${para("a1", "1", 1)}${para("a1x", "1", 2)}${para("a2", "1", 1)}${para("plain")}
      ${para("b", "1")}${para("b1", "1", 1)}
      ${para("c", "5")}
      ${para("by style", undefined, 0, "Sec")}${para("by base style", undefined, 0, "SecChild")}
      ${para("x", "2")}${para("x1", "2", 1)}${para("y", "2")}${para("y1", "2", 1)}
      ${para("override", "3")}${para("dot", "4")}${para("circled", "6")}
      <w:tbl><w:tr><w:tc>${para("in table", "6")}</w:tc></w:tr></w:tbl>
      ${para("off", "0")}
    </w:body></w:document>`;
    const got = numberedParagraphs(doc, numbering, styles).map((p) => `${p.label}${p.text}${p.nested ? "*" : ""}`);
    expect(got).toEqual([
      "一、a", "（一）a1", "1.a1x", "（二）a2",
      "二、b", "（一）b1",
      "三、c", // numId 5 shares abstract 0's counters with numId 1
      "四、by style", "五、by base style",
      "1.x", "1.1x1", "2.y", "2.2y1", // lvlRestart 0: level 1 never restarts
      "5.override", "①circled", "②in table*",
    ]);
  });

  it("formats Chinese and other counters", () => {
    expect([1, 10, 11, 20, 21, 99].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "九十九"]);
    expect([100, 105, 110, 1001].map((n) => formatNumber(n, "chineseCountingThousand"))).toEqual(["一百", "一百零五", "一百一十", "一千零一"]);
    expect(formatNumber(3, "ideographTraditional")).toBe("丙");
    expect(formatNumber(4, "decimalEnclosedCircle")).toBe("④");
    expect(formatNumber(14, "upperRoman")).toBe("XIV");
    expect(formatNumber(28, "lowerLetter")).toBe("bb");
    expect(formatNumber(12, "chineseLegalSimplified")).toBe("壹拾贰");
  });

  it("keeps the list-position label and warns when a numbered paragraph cannot be matched", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "甲 项", label: "1.", loc: {} },
      { type: "paragraph", text: "乙项", label: "2.", loc: {} },
    ];
    const warnings = attachLabels(blocks, [
      { text: "甲项", label: "一、", nested: false },
      { text: "丙项", label: "二、", nested: false },
    ]);
    expect(blocks.map((b) => (b.type === "table" ? "" : b.label))).toEqual(["一、", "2."]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", source: "docx-numbering" });
  });
});

describe("zip guard", () => {
  it("reports mammoth's messages as warnings", async () => {
    const doc = await docOf("lo/changji-czj-2024.lo.docx");
    expect(doc.warnings.some((w) => w.source === "mammoth" && /Unrecognised paragraph style/.test(w.message))).toBe(true);
  });

  it("rejects a document that inflates past the limit", async () => {
    await expect(inspectZip(bytes("changji-czj-2024.docx"), { maxInflatedBytes: 10_000 })).rejects.toMatchObject({ code: "too-large" });
    const zip = await inspectZip(bytes("changji-czj-2024.docx"), { keep: (n) => n === "word/document.xml" });
    expect(zip.names.has("word/numbering.xml")).toBe(true);
    expect(zip.files.get("word/document.xml")?.toString("utf8")).toContain("<w:body>");
  });

  it("rejects an entry that inflates to more than its declared size", async () => {
    const data = Buffer.alloc(1 << 20, 0x20);
    const raw = deflateRawSync(data);
    const name = Buffer.from("word/document.xml");
    const head = (sig: number, len: number) => {
      const b = Buffer.alloc(len);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const lh = head(0x04034b50, 30);
    lh.writeUInt16LE(20, 4), lh.writeUInt16LE(8, 8), lh.writeUInt32LE(crc32(data), 14);
    lh.writeUInt32LE(raw.length, 18), lh.writeUInt32LE(100, 22), lh.writeUInt16LE(name.length, 26); // declares 100 bytes
    const ch = head(0x02014b50, 46);
    ch.writeUInt16LE(20, 4), ch.writeUInt16LE(20, 6), ch.writeUInt16LE(8, 10), ch.writeUInt32LE(crc32(data), 16);
    ch.writeUInt32LE(raw.length, 20), ch.writeUInt32LE(100, 24), ch.writeUInt16LE(name.length, 28);
    const cd = Buffer.concat([ch, name]);
    const end = head(0x06054b50, 22);
    end.writeUInt16LE(1, 8), end.writeUInt16LE(1, 10), end.writeUInt32LE(cd.length, 12), end.writeUInt32LE(30 + name.length + raw.length, 16);
    const zip = new Uint8Array(Buffer.concat([lh, name, raw, cd, end]));
    const err = await readDocx(zip).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(["corrupt", "too-large"]).toContain((err as ReadError).code);
  });
});

describe("damaged .docx parts", () => {
  const lo = () => readZip(bytes("lo/changji-czj-2024.lo.docx"));
  const repack = async (change: (e: { name: string; data: Uint8Array }) => ZipEntryInput | undefined) =>
    makeZip((await lo()).map((e) => change(e) ?? e).concat(extra.splice(0)));
  const extra: ZipEntryInput[] = [];

  it("a truncated word/document.xml: its sound beginning is read, fast, with a warning and the damaged flag (mammoth's XML library took 48 s on it)", async () => {
    const zip = await repack((e) => (e.name === "word/document.xml" ? { ...e, data: e.data.subarray(0, Math.floor(e.data.length * 0.87)) } : undefined));
    const t0 = performance.now();
    const doc = await readDocx(zip);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(doc.damaged).toBe(true);
    expect(doc.warnings[0]!.message).toMatch(/^word\/document\.xml 已损坏（不是格式正确的 XML：\d+:\d+: unclosed tag: .*）：只读出了损坏处之前的内容（约前 \d+%）/);
    // every table before the cut is read whole; the one cut in half is dropped (its sums would look wrong)
    const full = tables((await docOf("lo/changji-czj-2024.lo.docx")).blocks);
    const got = tables(doc.blocks);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(full.length);
    got.forEach((t, i) => expect(t.rows).toEqual(full[i]!.rows));
  });
  it("damage before the first whole paragraph leaves nothing sound: fails as not well-formed", async () => {
    const zip = await repack((e) => (e.name === "word/document.xml" ? { ...e, data: e.data.subarray(0, 600) } : undefined));
    await expect(readDocx(zip)).rejects.toMatchObject({ code: "corrupt", message: expect.stringMatching(/^word\/document\.xml 不是格式正确的 XML：\d+:\d+: .*：文件已损坏或被截断$/) });
  });
  it("a part whose content does not match its CRC-32 is read, with a warning and the damaged flag", async () => {
    const zip = await repack((e) => (e.name === "word/document.xml" ? { ...e, crc: 0x1234 } : undefined));
    const doc = await readDocx(zip);
    expect(doc.damaged).toBe(true);
    expect(doc.warnings[0]).toMatchObject({ source: "read.docx", message: expect.stringContaining("word/document.xml 的内容与其 CRC-32 校验值不符") });
    expect(tables(doc.blocks).length).toBe(tables((await docOf("lo/changji-czj-2024.lo.docx")).blocks).length);
  });
  it("an image that cannot be inflated is skipped with a warning; the text is read", async () => {
    extra.push({ name: "word/media/image1.png", data: new Uint8Array(100), raw: new Uint8Array([0xff, 0xff, 0xff, 0xff]) });
    const doc = await readDocx(await repack(() => undefined));
    expect(doc.damaged).toBe(true);
    expect(doc.warnings[0]!.message).toMatch(/^word\/media\/image1\.png 无法读取/);
    expect(tables(doc.blocks).length).toBeGreaterThan(5);
  });
  it("a truncated .docx (no central directory): the entries are found by their local headers, the sound part is read", async () => {
    const whole = bytes("changji-czj-2024.docx");
    const doc = await readDocx(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(doc.damaged).toBe(true);
    expect(doc.warnings.map((w) => w.message).join("\n")).toMatch(/中央目录损坏或缺失/);
    expect(doc.blocks.length).toBeGreaterThan(20);
  });
  it("a byte deleted inside the zip shifts every offset of its directory: still read, damaged", async () => {
    const whole = bytes("lo/changji-czj-2024.lo.docx");
    const at = 1000;
    const doc = await readDocx(new Uint8Array([...whole.subarray(0, at), ...whole.subarray(at + 1)]));
    expect(doc.damaged).toBe(true);
  });
  it("an XML part declared larger than the limit is refused before it is inflated", async () => {
    const zip = await repack((e) => (e.name === "word/document.xml" ? { ...e, data: new Uint8Array(40 * 1024 * 1024).fill(0x20) } : undefined));
    const t0 = performance.now();
    await expect(readDocx(zip)).rejects.toMatchObject({ code: "too-large", message: expect.stringMatching(/^word\/document\.xml 解压后 40 MB，超过 24 MB 上限/) });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
