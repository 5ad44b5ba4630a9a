import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import {
  buildCodeMap, canonicalName, classificationEntry, codeDomainOf, compareNames, economicName, functionalName, isKnownCode, knownNames, listYear,
  resolveClassCode, resolveEconomicCode, resolveFunctionalCode, standardName,
} from "../../../src/extract/classification.js";
import { CLASSIFICATION_DATA, SOURCES } from "../../../src/extract/data/classification-data.js";

describe("classification table", () => {
  it("resolves a 类/款/项 path to its code", () => {
    expect(resolveFunctionalCode(["一般公共服务支出", "财政事务", "行政运行"], 2024)).toBe("2010601");
    expect(resolveFunctionalCode(["一般公共服务支出（类）", "财政事务（款）", "行政运行（项）"])).toBe("2010601");
    expect(resolveFunctionalCode(["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"])).toBe("2080505");
    expect(resolveFunctionalCode(["住房保障支出"])).toBe("221");
  });
  it("older names (aliases) resolve; year outside the data uses the nearest version", () => {
    expect(resolveClassCode("医疗卫生与计划生育支出", 2017)).toBe("210");
    expect(resolveFunctionalCode(["社会保障和就业支出", "行政事业单位离退休"], 2025)).toBe("20805");
  });
  it("never guesses: unknown or ambiguous names give no code", () => {
    expect(resolveFunctionalCode(["一般公共服务支出", "财政事务", "不存在的项"])).toBeUndefined();
    expect(resolveFunctionalCode(["行政运行"])).toBeUndefined();
    expect(resolveFunctionalCode(["不存在的类"])).toBeUndefined();
  });
  it("functional and economic domains are separate", () => {
    expect(resolveFunctionalCode(["工资福利支出"])).toBeUndefined();
    expect(resolveEconomicCode("工资福利支出")).toBe("301");
    expect(resolveEconomicCode("办公费", "302")).toBe("30201");
    expect(codeDomainOf("30201")).toBe("economic");
    expect(codeDomainOf("2010601")).toBe("functional");
    expect(functionalName("2010601")).toBe("行政运行");
    expect(economicName("30217")).toBe("公务接待费");
    expect(functionalName("30217")).toBeUndefined();
  });
  it("the report's own tables feed a local names ↔ codes map", () => {
    const local = buildCodeMap([{ codeDomain: "functional", rows: [{ code: "213", name: "农林水支出" }, { code: "21301", name: "农业农村" }, { code: "2130101", name: "行政运行" }] }]);
    expect(resolveFunctionalCode(["农林水支出", "农业农村", "行政运行"], 2024, local)).toBe("2130101");
    expect(functionalName("21301", 2024, local)).toBe("农业农村");
  });
});

describe("the year's standard list (data/*.csv, SOURCES.md)", () => {
  it("the generated data is current (node scripts/gen-classification.mjs)", () => {
    expect(() => execFileSync(process.execPath, ["scripts/gen-classification.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });
  it("every name has known sources; a name no source prints is never confirmed; K1 alone is unsourced", () => {
    for (const e of CLASSIFICATION_DATA) {
      expect(e.names.length).toBeGreaterThan(0);
      for (const n of e.names) {
        expect(n.sources.length).toBeGreaterThan(0);
        for (const s of n.sources) expect(SOURCES[s], `${e.code} ${n.name}: ${s}`).toBeDefined();
        const evidence = n.sources.filter((s) => !["unsourced", "report-narrative", "unreliable-dictionary"].includes(SOURCES[s].kind));
        if (evidence.length === 0) expect(n.status, `${e.code} ${n.name}`).toBe("unsourced");
        else expect(n.status).not.toBe("unsourced");
      }
    }
  });
  it("a code's name for the year, with its sources and status", () => {
    const s = standardName("functional", "20805", 2024)!;
    expect(s.names.map((n) => n.name)).toEqual(["行政事业单位养老支出"]);
    expect(s).toMatchObject({ status: "confirmed", exact: true, conflict: false });
    expect(s.names[0].sources).toEqual(expect.arrayContaining(["S2", "S3", "S8"]));
    // the S4 table's 行政事业单位离退休 is a variant: it resolves, it is not the standard
    expect(knownNames("functional", "20805")).toContainEqual({ name: "行政事业单位离退休", variant: true });
    expect(standardName("economic", "30212", 2024)!.names[0].name).toBe("因公出国（境）费用");
  });
  it("a year without evidence for the code falls back to the nearest year, flagged", () => {
    const s = standardName("economic", "30212", 2023)!;
    expect(s).toMatchObject({ exact: false, nearestYear: 2024, distance: 1 });
    expect(standardName("economic", "30212", 2025)).toMatchObject({ exact: true });
    expect(listYear("functional", 2024)).toMatchObject({ year: 2024, exact: true });
    expect(listYear("functional", 2030)).toMatchObject({ year: 2026, exact: false });
    expect(listYear("economic", 2023)).toMatchObject({ year: 2024, exact: false });
  });
  it("sources that disagree are a conflict; general knowledge only is unsourced", () => {
    expect(standardName("functional", "2111101", 2025)).toMatchObject({ conflict: true });
    expect(standardName("functional", "202", 2024)).toMatchObject({ status: "unsourced" });
    expect(standardName("functional", "2999999", 2024)).toBeUndefined();
    expect(isKnownCode("economic", "399")).toBe(true);
  });
  it("economic entries keep their 人员经费/公用经费 group and 三公 link", () => {
    expect(classificationEntry("economic", "30217")).toMatchObject({ group: "public", sangong: "公务接待费", verified: true });
    expect(classificationEntry("economic", "30302")).toMatchObject({ group: "personnel" });
    expect(classificationEntry("economic", "31011")?.name).toBe("地上附着物和青苗补偿");
  });
});

describe("compareNames: printed variations are not differences; a different 项 is", () => {
  const cases: [printed: string, standard: string, code: string, agreement: string][] = [
    ["行政运行", "行政运行", "2010601", "same"],
    ["行 政 运 行", "行政运行", "2010601", "same"],
    ["因公出国(境)费用", "因公出国（境）费用", "30212", "same"],
    ["因公出国〔境〕费用", "因公出国（境）费用", "30212", "same"],
    ["一般公共服务支出（类）", "一般公共服务支出", "201", "same"],
    ["1.一般公共服务支出", "一般公共服务支出", "201", "same"],
    ["其中：住房公积金", "住房公积金", "2210201", "same"],
    ["公务用⻋运行维护费", "公务用车运行维护费", "30231", "same"],
    ["部⻔预算", "部门预算", "30299", "same"],
    ["ＡＢ行政运行", "AB行政运行", "2010601", "same"],
    ["社会保障和就业", "社会保障和就业支出", "208", "equivalent"],
    ["因公出国（境）费", "因公出国（境）费用", "30212", "equivalent"],
    ["维修费", "维修（护）费", "30213", "equivalent"],
    ["对个人和家庭补助", "对个人和家庭的补助", "303", "equivalent"],
    ["其他支出", "其他行政事业单位养老支出", "2080599", "abbreviated"],
    ["机关事业单位基本养老保险", "机关事业单位基本养老保险缴费支出", "2080505", "abbreviated"],
    ["行政运行（本级）", "行政运行", "2010601", "equivalent"],
    ["行政运行（含机关服务）", "行政运行", "2010601", "abbreviated"],
    ["养老保险缴费支出", "机关事业单位基本养老保险缴费支出", "2080505", "abbreviated"],
    ["行政运行795.80", "行政运行", "2010601", "same"],
    ["行政运行*", "行政运行", "2010601", "same"],
    ["对企业补助", "对企业补助（基本建设）", "311", "different"],
    ["事业单位离退休", "行政单位离退休", "2080501", "different"],
    ["一般行政管理事务", "行政运行", "2010601", "different"],
    ["资本性支出", "资本性支出（基本建设）", "309", "different"],
    ["医疗卫生与计划生育支出", "卫生健康支出", "210", "different"],
    ["行政单位医疗", "事业单位医疗", "2101102", "different"],
    ["差旋费", "差旅费", "30211", "different"],
    ["其他支出", "住房公积金", "2210201", "different"],
    ["行政", "行政运行", "2010601", "different"],
  ];
  it.each(cases)("“%s” vs “%s” (%s) → %s", (printed, standard, code, agreement) => {
    expect(compareNames(printed, standard, code)).toBe(agreement);
  });
  it("canonicalName folds widths, radicals, brackets, numbering and markers", () => {
    expect(canonicalName("（一）２．行政运行（项）：")).toBe("行政运行");
    expect(canonicalName("“住房公积金”")).toBe("住房公积金");
  });
});
