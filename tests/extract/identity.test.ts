/** Report identity (unit name, fiscal year, kind) from report openings in every regional style and format. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readDocument } from "../../src/read/index.js";
import { segment } from "../../src/segment/index.js";
import { reportIdentity, isReportTitle, type Identity } from "../../src/extract/identity/index.js";
import { toSimplified } from "../../src/extract/identity/traditional.js";
import { isUnitName } from "../../src/extract/identity/unit-name.js";
import type { Doc } from "../../src/model/document.js";
import { OPENINGS, type Opening } from "./identity-openings.js";

async function identify(text: string, name: string): Promise<{ id: Identity; doc: Doc }> {
  const { doc } = await readDocument({ bytes: Buffer.from(text), name });
  return { id: reportIdentity(doc, segment(doc)), doc };
}
const got = (id: Identity) => ({ unit: id.unitName ?? null, year: id.fiscalYear ?? null, kind: id.kind ?? null });
const want = (o: Opening) => ({ unit: o.unit, year: o.year, kind: o.kind });

/** The characters a fact's source points at, read back from the document. */
function pointedAt(doc: Doc, s: { block: number; start: number; end: number; cell?: [number, number] }): string {
  const b = doc.blocks[s.block];
  const text = b.type === "table" ? b.rows[s.cell![0]][s.cell![1]].text : b.text;
  return text.slice(s.start, s.end);
}

describe("identity of report openings (table)", () => {
  it.each(OPENINGS.map((o) => [o.style, o] as const))("%s", async (_style, o) => {
    const { id, doc } = await identify(o.text, o.html ? "page.html" : "opening.txt");
    expect(got(id)).toEqual(want(o));
    for (const f of id.facts) {
      // The source points at the exact characters as printed (traditional ones kept, spacing kept).
      expect(pointedAt(doc, f.source)).toBe(f.source.text);
      if (f.concept === "report.unit_name") expect(toSimplified(f.source.text).replace(/[\s\u3000]+/g, "")).toBe(f.value);
      if (f.concept === "report.kind") expect(toSimplified(f.source.text).replace(/[\s\u3000]+/g, "")).toBe(f.value);
      if (f.concept === "report.fiscal_year") expect(f.source.text.replace(/\s+/g, "")).toMatch(/^(\d{4}|[２０-９]{4}|二[〇零○]..)$/);
    }
  });

  it("≥ 90% of openings right, and never a wrong unit name where the opening names none", async () => {
    let right = 0;
    const wrongUnits: string[] = [];
    for (const o of OPENINGS) {
      const { id } = await identify(o.text, o.html ? "page.html" : "opening.txt");
      if (JSON.stringify(got(id)) === JSON.stringify(want(o))) right++;
      if (id.unitName && id.unitName !== o.unit) wrongUnits.push(`${o.style}: ${id.unitName}`);
    }
    expect(OPENINGS.length).toBeGreaterThanOrEqual(60);
    expect(right / OPENINGS.length).toBeGreaterThanOrEqual(0.9);
    expect(wrongUnits).toEqual([]);
  });

  it("traditional characters: matched simplified, the source keeps the original text", async () => {
    const { id } = await identify("廣州市天河區教育局2023年度部門決算\n第一部分 部門概況", "t.txt");
    const unit = id.facts.find((f) => f.concept === "report.unit_name")!;
    expect(unit.value).toBe("广州市天河区教育局");
    expect(unit.source.text).toBe("廣州市天河區教育局");
    expect(id.facts.find((f) => f.concept === "report.kind")!.source.text).toBe("部門決算");
  });

  it("a publication date is never the fiscal year; a Chinese-numeral year is read", async () => {
    const { id } = await identify("二〇二四年八月\n大理白族自治州林业和草原局\n二〇二三年度部门决算\n二〇二四年九月", "c.txt");
    expect(got(id)).toEqual({ unit: "大理白族自治州林业和草原局", year: 2023, kind: "部门决算" });
    expect(id.facts.find((f) => f.concept === "report.fiscal_year")!.source.text).toBe("二〇二三");
  });
});

describe("identity is the same in every format", () => {
  const CASES: [string, { unit: string | null; year: number | null; kind: string | null }][] = [
    ["traditional-cover", { unit: "财政部", year: 2023, kind: "部门决算" }],
    ["web-title", { unit: "武汉市江岸区城市管理执法局", year: 2023, kind: "部门决算" }],
    ["split-cover", { unit: "西安市雁塔区退役军人事务局", year: 2023, kind: "单位决算" }],
  ];
  it.each(CASES.flatMap(([base, w]) => ["html", "txt", "docx", "pdf"].map((ext) => [`${base}.${ext}`, w] as const)))("%s", async (file, w) => {
    const { doc } = await readDocument({ path: `samples/identity/${file}` });
    const id = reportIdentity(doc, segment(doc));
    expect(got(id)).toEqual(w);
    for (const f of id.facts) expect(pointedAt(doc, f.source)).toBe(f.source.text);
  });
});

describe("titles for segmentation", () => {
  it.each([
    ["上海市普陀区财政局2024年度部门决算", true],
    ["關於深圳市福田區衛生健康局2023年度部門決算的公開說明", true],
    ["2023年度部门决算", true],
    ["第二部分 XX局2024年度部门决算表", false],
    ["现将本部门2023年度部门决算公开如下：", false],
    ["一、收入支出决算总体情况说明", false],
  ])("%s → %s", (text, title) => expect(isReportTitle(text)).toBe(title));
});

describe("unit names", () => {
  it.each([
    ["上海市普陀区财政局", true],
    ["国家林业和草原局", true],
    ["株洲市财政局（本级）", true],
    ["第二部分", false],
    ["本部门", false],
    ["宁乡市", false],
    ["上海市XX局", false],
    ["首页政务公开", false],
    ["现将本部门", false],
  ])("%s → %s", (name, ok) => expect(isUnitName(name)).toBe(ok));
});

// ---- properties: any well-formed name in any title style is found; page furniture alone never yields a name
const REGIONS = ["", "上海市普陀区", "北京市", "昌吉回族自治州", "蓬安县", "湖北省", "广西壮族自治区", "成都市武侯区"];
const CORES = ["财政", "教育", "人力资源和社会保障", "住房和城乡建设", "自然资源", "卫生健康", "市场监督管理", "文化和旅游", "发展和改革"];
const SUFFIXES = ["局", "委员会", "厅", "中心", "办公室"];
const YEARS_CN: Record<number, string> = { 2019: "二〇一九", 2020: "二〇二〇", 2021: "二〇二一", 2022: "二〇二二", 2023: "二〇二三", 2024: "二〇二四" };
const STYLES: ((u: string, y: string, k: string) => string)[] = [
  (u, y, k) => `${u}${y}年度${k}`,
  (u, y, k) => `${u}\n${y}年度${k}\n目录`,
  (u, y, k) => `${y}年度${u}${k}公开`,
  (u, y, k) => `关于${u}${y}年度${k}的公开说明`,
  (u, y, k) => `首页 > 政务公开 > 财政资金\n标题：${u}${y}年度${k}公开\n发布时间：2024-09-01`,
  (u, y, k) => `2、${u}${y}年度${k}`,
  (u, y, k) => `${u}\n${y}年度\n${k}\n2025年8月`,
];

describe("properties", () => {
  it("a unit name in any title style, with digit or Chinese-numeral years, is found exactly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REGIONS), fc.constantFrom(...CORES), fc.constantFrom(...SUFFIXES),
        fc.integer({ min: 2019, max: 2024 }), fc.boolean(), fc.constantFrom("部门决算", "单位决算"), fc.nat(STYLES.length - 1),
        async (region, core, suffix, year, cn, kind, style) => {
          const unit = region + core + suffix;
          const { id } = await identify(STYLES[style](unit, cn ? YEARS_CN[year] : String(year), kind) + "\n第一部分 部门概况", "p.txt");
          expect(got(id)).toEqual({ unit, year, kind });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("menus, breadcrumbs, dates and sentences without a title never give a unit name", async () => {
    const FURNITURE = ["网站首页", "政务公开", "当前位置：首页 > 信息公开 > 财政预决算", "发布时间：2024-09-01 来源：区财政局", "字号：大 中 小", "2024年8月",
      "第一部分 部门概况", "第二部分", "目录", "根据预算法，现将本部门2023年度决算公开如下。", "附件：", "上海市普陀区", "部门决算", "财政预决算", "本单位2023年度收入总计100.00万元"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FURNITURE), { minLength: 1, maxLength: 12 }), async (ls) => {
        const { id } = await identify(ls.join("\n"), "f.txt");
        expect(id.unitName).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe("traditional-character detection", () => {
  it("every hint character is traditional-only (simplified text never loads the dictionary)", async () => {
    const src = (await import("node:fs")).readFileSync("src/extract/identity/traditional.ts", "utf8");
    const hint = /const HINT = \/\[([^\]]+)\]\//.exec(src)![1];
    expect([...hint].filter((ch) => toSimplified(ch) === ch)).toEqual([]);
  });
  it("conversion keeps length and positions", () => {
    const t = "關於深圳市福田區衛生健康局2023年度部門決算的公開說明";
    expect(toSimplified(t)).toHaveLength(t.length);
    expect(toSimplified(t)).toBe("关于深圳市福田区卫生健康局2023年度部门决算的公开说明");
  });
});
