/** Text dumps of PDFs (pdftotext plain / -layout, pdfplumber): pages, running heads, paragraphs, tables. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Block, TableBlock } from "../../src/model/document.js";
import { readTextString } from "../../src/read/text.js";
import { looksLikeDump, readDumpString } from "../../src/read/text-dump/index.js";
import { UNKNOWN } from "../../src/read/text-dump/rows-table.js";
import { parseReport } from "../../src/index.js";
import { compareTables } from "../helpers/compare-tables.js";
import { evalFacts } from "../helpers/eval.js";

const tables = (bs: Block[]) => bs.filter((b): b is TableBlock => b.type === "table");
const texts = (bs: Block[]) => bs.filter((b) => b.type !== "table").map((b) => (b as { text: string }).text);
const cells = (t: TableBlock) => t.rows.map((r) => r.map((c) => (c.spanOf ? "^" : c.text)));

// a page body is about 37 ideographs wide; the item paragraph breaks where the PDF broke it
const ITEM = [
  "（三）一般公共预算财政拨款支出决算具体情况",
  "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休",
  "（项），主要用于离退休人员的离退休费。年初预算为 51.50 万元，",
  "支出决算为 51.98 万元，完成年初预算的 100.93%，决算数大于预算数的主要原因是",
  "人员增加。",
  "2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为",
  "30.00 万元，支出决算为 30.00 万元。",
];

describe("paragraphs", () => {
  it("rejoins a wrapped item paragraph (its subject and its amounts in one block)", () => {
    const d = readDumpString(ITEM.join("\n") + "\n\f" + ITEM.join("\n") + "\n");
    const t = texts(d.blocks);
    expect(t).toContain(
      "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项），主要用于离退休人员的离退休费。年初预算为 51.50 万元，支出决算为 51.98 万元，完成年初预算的 100.93%，决算数大于预算数的主要原因是人员增加。",
    );
    expect(t.filter((x) => x.startsWith("2.卫生健康支出"))[0]).toBe("2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为30.00 万元，支出决算为 30.00 万元。");
    expect(d.blocks.find((b) => b.type === "heading")?.text).toBe("（三）一般公共预算财政拨款支出决算具体情况");
  });

  it("keeps provenance: first line and page, the lines as printed in `original`, offsets into the joined text", () => {
    const d = readDumpString(ITEM.join("\n") + "\n\f" + ITEM.join("\n") + "\n");
    const items = d.blocks.filter((b) => b.type === "paragraph" && b.text.startsWith("1.社会保障"));
    expect(items.map((b) => b.loc)).toEqual([{ line: 2, page: 1 }, { line: 9, page: 2 }]);
    const b = items[0] as { text: string; original?: string };
    expect(b.original!.split("\n")).toEqual(ITEM.slice(1, 5));
    // the joined text is the lines concatenated: an offset maps back to line j = the joins before it
    expect(b.original!.replace(/\n/g, "")).toBe(b.text);
    const at = b.text.indexOf("51.98");
    expect(b.original!.slice(0, at + b.original!.slice(0, at).split("\n").length - 1).split("\n").length - 1).toBe(2);
  });

  it("drops page numbers and running heads, and joins a sentence across the page break", () => {
    const body = (n: number, first: string, last: string) =>
      ["某某局2024年度部门决算", first, ...Array.from({ length: 3 }, () => "本单位认真贯彻落实各项决策部署，严格执行预算，按照规定使用各项资金。"), last, `- ${n} -`].join("\n");
    const text = [
      body(1, "一、收入支出决算总体情况说明", "2024年度收入总计2,789.38万元，其中：本年收入合计2,472.32万元，年初结转"),
      body(2, "和结余317.06万元。", "本单位没有其他需要说明的事项，特此说明情况如上。"),
      body(3, "二、收入决算情况说明", "本年收入合计2,472.32万元。"),
    ].join("\n\f");
    const d = readDumpString(text);
    const t = texts(d.blocks);
    expect(t.some((x) => /某某局2024年度部门决算|^- \d -$/.test(x))).toBe(false);
    // full lines run on (a plain dump keeps no indent to tell a new paragraph by): the sentence is whole
    expect(t.some((x) => x.includes("2024年度收入总计2,789.38万元，其中：本年收入合计2,472.32万元，年初结转和结余317.06万元。"))).toBe(true);
    expect(d.blocks.find((b) => b.type !== "table" && b.text.startsWith("二、收入"))?.loc.page).toBe(3);
    expect(d.pages).toBe(3);
  });

  it("puts back a line pdftotext -layout printed one line early", () => {
    const text = [
      "  二、部门决算单位构成",
      "",
      "级决算、下属行政事业单位决算。纳入上海市普陀区财政局 2024 年度部门决算编制范",
      "  从预算单位构成看，上海市普陀区财政局部门决算包括：上海市普陀区财政局本",
      "",
      "围的单位包括：本级和所属的两个单位，其预算不单列而并入本级编制并报送。",
      "  三、收入决算情况说明",
      "  本年收入合计2,946.25万元，其中：财政拨款收入2,940.05万元，占99.79%；其",
      "他收入6.2万元，占0.21%。本年收入较上年有所减少，主要是人员变化所致。",
    ].join("\n");
    const t = texts(readDumpString(text + "\n\f" + text).blocks);
    expect(t).toContain("从预算单位构成看，上海市普陀区财政局部门决算包括：上海市普陀区财政局本级决算、下属行政事业单位决算。纳入上海市普陀区财政局 2024 年度部门决算编制范围的单位包括：本级和所属的两个单位，其预算不单列而并入本级编制并报送。");
  });
});

describe("tables", () => {
  it("reads a -layout table: columns at character positions, blank cells blank, a line printed off its columns aligned", () => {
    const text = [
      "                  一般公共预算财政拨款支出决算表",
      "                                                           单位：万元",
      "       科目编码             科目名称         合计        基本支出 项目支出",
      "201               一般公共服务支出           2,106.66   1,503.52    603.14",
      "201     06   02   一般行政管理事务              10.00                10.00",
      "208               社会保障和就业支出            326.72     326.72",
      "208     05   01   行政单位离退休               84.65      84.65",
      "210     11   01   行政单位医疗     60.99     60.99",
      "                   合计                2,940.05   2,336.91    603.14",
    ].join("\n");
    const [t] = tables(readDumpString(text + "\n\f" + text).blocks);
    expect(t!.caption).toEqual(["一般公共预算财政拨款支出决算表", "单位：万元"]);
    const rows = cells(t!).map((r) => r.filter((c) => c !== ""));
    expect(rows[1]).toEqual(["201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14"]);
    const g = cells(t!);
    const at = (r: number, text: string) => g[r]!.indexOf(text);
    // 一般行政管理事务 has no 基本支出: its 10.00 values are in the 合计 and 项目支出 columns
    expect([at(2, "10.00"), g[2]!.lastIndexOf("10.00")]).toEqual([at(1, "2,106.66"), at(1, "603.14")]);
    // pdftotext printed the 行政单位医疗 line a few characters off: still 合计 and 基本支出
    expect([at(5, "60.99"), g[5]!.lastIndexOf("60.99")]).toEqual([at(1, "2,106.66"), at(1, "1,503.52")]);
  });

  it("lays a row printed over several lines together: label head above the code line, tail below, numbers above", () => {
    const text = [
      "                             表 3：支出决算表",
      "  科目编码     科目名称       本年支出合计      基本支出      项目支出",
      "",
      "            行政事业单位养老支",
      "20805                     13,465.06       13,465.06",
      "            出",
      "",
      "                                              828.72",
      "2060201      机构运行           828.72",
      "2060204      实验室及相关设施     350.00                         350.00",
    ].join("\n");
    const [t] = tables(readDumpString(text + "\n\f").blocks);
    const rows = cells(t!).map((r) => r.filter((c) => c !== ""));
    expect(rows).toContainEqual(["20805", "行政事业单位养老支出", "13,465.06", "13,465.06"]);
    expect(rows).toContainEqual(["2060201", "机构运行", "828.72", "828.72"]);
    expect(rows).toContainEqual(["2060204", "实验室及相关设施", "350.00", "350.00"]);
  });

  it("reads a pdfplumber-style table: full rows placed, a row with fewer numbers than columns left unknown, with a warning", () => {
    const text = [
      "一般公共预算财政拨款支出决算表",
      "单位：万元",
      "项目 合计 基本支出 项目支出",
      "201 一般公共服务支出 2,106.66 1,503.52 603.14",
      "201 06 01 行政运行 1,511.89 1,503.52 8.37",
      "201 06 02 一般行政管理事务 10.00 10.00",
      "208 社会保障和就业支出 326.72 326.72 0.00",
      "合计 2,940.05 2,336.91 603.14",
    ].join("\n");
    const d = readTextString(text);
    const [t] = tables(d.blocks);
    const g = cells(t!);
    expect(g[0]).toEqual(["", "", "", "项目", "合计", "基本支出", "项目支出"]);
    expect(g[2]).toEqual(["201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"]);
    expect(g[3]).toEqual(["201", "06", "02", "一般行政管理事务", UNKNOWN, UNKNOWN, UNKNOWN]);
    expect(g[5]!.slice(3)).toEqual(["合计", "2,940.05", "2,336.91", "603.14"]);
    expect(d.warnings.map((w) => w.message).join()).toMatch(/第 6 行.*未知/);
  });

  it("reads a two-sided pdfplumber table: a label on its own goes to the side whose enumeration it continues", () => {
    const text = [
      "收入支出决算总表",
      "单位：万元",
      "收入 支出",
      "项目 决算数 项目 决算数",
      "一、财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66",
      "二、上级补助收入 二、外交支出",
      "三、国防支出",
      "本年收入合计 2,940.05 本年支出合计 2,940.05",
    ].join("\n");
    const [t] = tables(readDumpString(text).blocks);
    expect(cells(t!)).toEqual([
      ["项目", "决算数", "项目", "决算数"],
      ["一、财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"],
      ["二、上级补助收入", "", "二、外交支出", ""],
      ["", "", "三、国防支出", ""],
      ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"],
    ]);
  });

  it("keeps a plain pdftotext table (one cell per line, order unknown) as text, with a warning", () => {
    const text = ["收入决算表", "单位：万元", "项目", "科目名称", "201", "208", "一般公共服务支出", "社会保障和就业支出", "2,112.86", "326.72", "2,106.66", "326.72"].join("\n");
    const d = readDumpString(text + "\n\f");
    expect(tables(d.blocks)).toEqual([]);
    expect(texts(d.blocks)).toContain("2,112.86");
    expect(d.warnings.map((w) => w.message).join()).toMatch(/每格一行/);
  });
});

describe("detection", () => {
  it("leaves one-paragraph-per-line texts (and their tab-cell tables) to the line reader", () => {
    for (const f of ["changji-czj-2024.txt", "variants/changji-czj-2024.crlf.txt", "variants/regional/sichuan-penan-nyj-2023.txt", "variants/regional/central-danjiangkou-scjgj-2023.txt"]) {
      expect(looksLikeDump(readFileSync(`samples/${f}`, "utf8")), f).toBe(false);
    }
  });
  it("takes hard-wrapped text without form feeds for a dump", () => {
    expect(looksLikeDump(ITEM.join("\n"))).toBe(true);
  });
});

describe("real dumps of samples/shanghai-putuo-czj-2024.pdf (samples/dumps, made by scripts/make-dumps.sh)", () => {
  const TRUTH = "samples/truth/shanghai-putuo-czj-2024.tsv";
  it("-layout: the same typed tables as the PDF, every truth fact, no error the PDF does not have", async () => {
    const pdf = await parseReport("samples/shanghai-putuo-czj-2024.pdf");
    const r = await parseReport("samples/dumps/shanghai-putuo-czj-2024.layout.txt");
    const d = compareTables(pdf.tables, r.tables);
    expect(d.missing).toEqual([]);
    expect(d.cells).toEqual([]);
    expect(d.compared).toBeGreaterThan(500);
    expect(evalFacts(TRUTH, r.facts, "all").last).toMatch(/found=225 truth=225 wrong=0/);
    const errs = (x: typeof r) => new Set(x.findings.filter((f) => f.severity === "error").map((f) => f.message));
    expect([...errs(r)].filter((e) => !errs(pdf).has(e))).toEqual([]);
  }, 60_000);
  it.each(["pdftotext", "plumber"])("%s: every narrative truth fact; each fact's source text at its offsets in its block", async (kind) => {
    const r = await parseReport(`samples/dumps/shanghai-putuo-czj-2024.${kind}.txt`);
    expect(evalFacts(TRUTH, r.facts).last).toMatch(/found=95 truth=95 wrong=0/);
    const doc = readTextString(readFileSync(`samples/dumps/shanghai-putuo-czj-2024.${kind}.txt`, "utf8"));
    for (const f of r.facts) {
      if (f.source.end <= f.source.start) continue;
      const b = doc.blocks[f.source.block]!;
      const t = f.source.cell && b.type === "table" ? b.rows[f.source.cell[0]]![f.source.cell[1]]!.text : (b as { text: string }).text;
      expect(t.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
  }, 60_000);
});
