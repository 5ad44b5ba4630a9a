import { describe, expect, it } from "vitest";
import { buildCodeMap, codeDomainOf, economicName, functionalName, resolveClassCode, resolveEconomicCode, resolveFunctionalCode } from "../../../src/extract/classification.js";

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
