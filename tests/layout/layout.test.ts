import { describe, expect, it } from "vitest";
import { fingerprintReport } from "../../src/layout/fingerprint.js";
import { compareFingerprints } from "../../src/layout/compare.js";
import { matchFamily, loadFamilies, defaultFamiliesDir, type LayoutFamily } from "../../src/layout/family.js";
import { mergeFingerprints } from "../../src/layout/merge.js";
import { normaliseTitle } from "../../src/layout/normalise.js";
import { describeDeviation } from "../../src/layout/render.js";
import { clone, makeReport, sec, shanghaiLike, table } from "../output/make-report.js";

const family = (id: string, r = shanghaiLike()): LayoutFamily => ({ id, name: id, fingerprint: fingerprintReport(r) });
const explanation = (r: ReturnType<typeof shanghaiLike>) => r.outline.find((s) => s.kind === "explanation-part")!;

describe("normaliseTitle", () => {
  it("ignores numbering style, quotes and brackets", () => {
    expect(normaliseTitle("一、财政拨款“三公”经费支出决算情况说明")).toBe(normaliseTitle("1.财政拨款\"三公\"经费支出决算情况说明"));
    expect(normaliseTitle("（一）机关运行经费支出情况")).toBe(normaliseTitle("(1) 机关运行经费支出情况"));
    expect(normaliseTitle("第三部分 情况说明")).toBe("情况说明");
  });
  it("drops the unit name, the year and template placeholders", () => {
    expect(normaliseTitle("第二部分 上海市普陀区财政局2024年度部门决算表", { unitName: "上海市普陀区财政局" })).toBe("部门决算表");
    expect(normaliseTitle("第二部分 XX局2024年度部门决算表")).toBe("部门决算表");
    expect(normaliseTitle("第一部分 XX局概况")).toBe(normaliseTitle("第一部分 上海市普陀区财政局概况", { unitName: "上海市普陀区财政局" }));
  });
});

describe("layout comparison", () => {
  const fam = family("shanghai-2024");

  it("an untouched report of the family has no deviations", () => {
    const m = matchFamily(fingerprintReport(shanghaiLike()), [fam]);
    expect(m.family).toBe("shanghai-2024");
    expect(m.score).toBe(1);
    expect(m.deviations).toEqual([]);
  });

  it("another unit with arabic numbering still matches without deviations", () => {
    const m = matchFamily(fingerprintReport(shanghaiLike("上海市普陀区生态环境局", "arabic")), [fam]);
    expect(m.family).toBe("shanghai-2024");
    expect(m.deviations).toEqual([]);
  });

  it("detects a renamed section", () => {
    const r = clone(shanghaiLike());
    explanation(r).children[1].title = "二、收入决算情况分析";
    const { deviations } = compareFingerprints(fam.fingerprint, fingerprintReport(r));
    expect(deviations).toEqual([
      expect.objectContaining({ kind: "renamed-section", expected: "二、收入决算情况说明", found: "二、收入决算情况分析" }),
    ]);
    expect(deviations[0].what).toContain("情况说明");
    expect(describeDeviation(deviations[0])).toContain("章节改名");
  });

  it("detects a dropped table", () => {
    const r = clone(shanghaiLike());
    r.tables = r.tables.filter((t) => t.id !== "T5");
    const { deviations } = compareFingerprints(fam.fingerprint, fingerprintReport(r));
    expect(deviations).toEqual([{ kind: "missing-table", what: "T5 一般公共预算财政拨款支出决算表", expected: "一般公共预算财政拨款支出决算表" }]);
  });

  it("detects two reordered sections and names the one that moved", () => {
    const r = clone(shanghaiLike());
    const kids = explanation(r).children;
    [kids[1], kids[2]] = [kids[2], kids[1]]; // 收入 ⇄ 支出
    const { deviations } = compareFingerprints(fam.fingerprint, fingerprintReport(r));
    expect(deviations).toHaveLength(1);
    expect(deviations[0].kind).toBe("reordered-section");
    expect(deviations[0].what).toMatch(/收入决算情况说明|支出决算情况说明/);
    expect(describeDeviation(deviations[0])).toContain("章节顺序变化");
  });

  it("detects a changed column header, naming the table and the column", () => {
    const r = clone(shanghaiLike());
    r.tables[1].columns = ["项目", "合计", "基本支出", "项目经费"];
    const { deviations } = compareFingerprints(fam.fingerprint, fingerprintReport(r));
    expect(deviations).toEqual([{ kind: "changed-header", what: "T3 支出决算表", expected: "第 4 列「项目支出」", found: "第 4 列「项目经费」" }]);
  });

  it("detects a dropped and an added column", () => {
    const r = clone(shanghaiLike());
    r.tables[1].columns = ["项目", "基本支出", "项目支出", "经营支出"];
    const kinds = compareFingerprints(fam.fingerprint, fingerprintReport(r)).deviations.map((d) => [d.kind, d.expected, d.found]);
    expect(kinds).toEqual([
      ["changed-header", "第 2 列「合计」", undefined],
      ["changed-header", undefined, "第 4 列「经营支出」"],
    ]);
  });

  it("detects a different unit", () => {
    const r = clone(shanghaiLike());
    r.tables[0].unit = "元";
    expect(compareFingerprints(fam.fingerprint, fingerprintReport(r)).deviations).toEqual([
      { kind: "different-unit", what: "T1 收入支出决算总表", expected: "万元", found: "元" },
    ]);
  });

  it("detects missing, extra and moved sections, and missing forms", () => {
    const r = clone(shanghaiLike());
    const ex = explanation(r);
    const sangong = ex.children.splice(4, 1)[0]; // 三公 leaves 情况说明 …
    r.outline.find((s) => s.kind === "profile-part")!.children.push(sangong); // … and lands under 概况
    ex.children.splice(0, 1); // 总体情况 removed
    ex.children.push(sec("performance", "七、预算绩效管理情况说明"));
    r.records.forms = r.records.forms.filter((f) => f.kind !== "project");
    const d = compareFingerprints(fam.fingerprint, fingerprintReport(r)).deviations;
    expect(d.map((x) => x.kind)).toEqual(["missing-section", "extra-section", "moved-section", "missing-form"]);
    expect(d[0].expected).toBe("一、收入支出决算总体情况说明");
    expect(d[1].found).toBe("七、预算绩效管理情况说明");
    expect(d[2].what).toContain("三公");
  });

  it("picks the closest family, and says when a report fits none", () => {
    const xj = makeReport({
      unitName: "昌吉回族自治州财政局",
      outline: [
        sec("profile-part", "第一部分 单位概况", [sec("functions", "一、主要职能"), sec("organisation", "二、机构设置及人员情况")]),
        sec("explanation-part", "第二部分 部门决算情况说明", [sec("overview", "一、收入支出决算总体情况说明")]),
        sec("glossary-part", "第三部分 专业名词解释"),
        sec("tables-part", "第四部分 部门决算报表（见附表）"),
      ],
    });
    const families = [fam, family("xinjiang-2024", xj)];
    expect(matchFamily(fingerprintReport(clone(xj)), families).family).toBe("xinjiang-2024");
    expect(matchFamily(fingerprintReport(shanghaiLike()), families).family).toBe("shanghai-2024");
    const other = makeReport({ outline: [sec("unknown", "某某通知"), sec("unknown", "附件")] });
    const m = matchFamily(fingerprintReport(other), families);
    expect(m.family).toBeUndefined();
    expect(m.score).toBeLessThan(0.7);
  });

  it("a family merged from two reports makes sections only one has optional", () => {
    const a = shanghaiLike();
    const b = clone(a);
    explanation(b).children.push(sec("performance", "七、预算绩效管理情况说明"));
    b.tables.push(table("T9", "财政拨款“三公”经费支出决算表", ["项目", "决算数"]));
    const merged = mergeFingerprints([fingerprintReport(a), fingerprintReport(b)]);
    const exp = merged.sections.find((s) => s.kind === "explanation-part")!;
    expect(exp.children.at(-1)).toMatchObject({ kind: "performance", optional: true });
    expect(compareFingerprints(merged, fingerprintReport(a)).deviations).toEqual([]);
    expect(compareFingerprints(merged, fingerprintReport(b)).deviations).toEqual([]);
  });

  it("the registry files in schemas/layouts parse", () => {
    for (const f of loadFamilies(defaultFamiliesDir())) {
      expect(f.id).toMatch(/^[a-z0-9-]+$/);
      expect(Array.isArray(f.fingerprint.sections)).toBe(true);
    }
  });
});
