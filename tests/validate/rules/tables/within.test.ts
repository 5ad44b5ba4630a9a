import { describe, expect, it } from "vitest";
import rowSum from "../../../../src/validate/rules/tables/row-sum.js";
import hierarchy from "../../../../src/validate/rules/tables/hierarchy.js";
import twoSided from "../../../../src/validate/rules/tables/two-sided.js";
import basicEconomic from "../../../../src/validate/rules/tables/basic-economic.js";
import sangong from "../../../../src/validate/rules/tables/sangong.js";
import { errors, infos, passes, run, table } from "./helpers.js";

const T5 = (over: Record<string, string[]> = {}) =>
  table("T5", ["合计", "基本支出", "项目支出"], [
    { code: "201", name: "一般公共服务支出", v: over["201"] ?? ["110.00", "100.00", "10.00"] },
    { code: "20106", name: "财政事务", v: over["20106"] ?? ["110.00", "100.00", "10.00"] },
    { code: "2010601", name: "行政运行", v: over["2010601"] ?? ["100.00", "100.00", ""] },
    { code: "2010602", name: "一般行政管理事务", v: over["2010602"] ?? ["10.00", "", "10.00"] },
    { code: "221", name: "住房保障支出", v: over["221"] ?? ["5.00", "5.00", ""] },
    { name: "合计", v: over["合计"] ?? ["115.00", "105.00", "10.00"] },
  ]);

describe("table-row-sum", () => {
  it("valid: 合计 = 基本 + 项目 in every row (blank = 0)", () => {
    const fs = run(rowSum, [T5()]);
    expect(errors(fs)).toEqual([]);
    expect(passes(fs).length).toBe(6);
  });
  it("invalid: 行政运行 合计 100.10 ≠ 100.00 + 0", () => {
    const fs = run(rowSum, [T5({ "2010601": ["100.10", "100.00", ""] })]);
    expect(errors(fs)).toHaveLength(1);
    expect(errors(fs)[0].expected).toBe("100.00");
    expect(errors(fs)[0].actual).toBe("100.10");
  });
  it("rounding: 1.01 + 2.01 printed as 3.01 is info, not error", () => {
    const fs = run(rowSum, [table("T5", ["合计", "基本支出", "项目支出"], [{ code: "201", name: "x", v: ["3.01", "1.01", "2.01"] }])]);
    expect(errors(fs)).toEqual([]);
    expect(infos(fs)).toHaveLength(1);
  });
  it("text cell → insufficient_data, never zero", () => {
    const fs = run(rowSum, [table("T5", ["合计", "基本支出", "项目支出"], [{ code: "201", name: "x", v: ["3.00", "—", "2.00"] }])]);
    expect(fs.map((f) => f.outcome)).toEqual(["insufficient_data"]);
  });
  it("T2: 本年收入合计 = Σ 6 sources", () => {
    const cols = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
    expect(errors(run(rowSum, [table("T2", cols, [{ name: "合计", v: ["16.20", "10.00", "", "", "", "", "6.20"] }])]))).toEqual([]);
    expect(errors(run(rowSum, [table("T2", cols, [{ name: "合计", v: ["16.30", "10.00", "", "", "", "", "6.20"] }])]))).toHaveLength(1);
  });
  it("T8: 年末 = 年初 + 本年收入 − 本年支出", () => {
    const cols = ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"];
    expect(errors(run(rowSum, [table("T8", cols, [{ name: "合计", v: ["1.00", "10.00", "8.00", "", "8.00", "3.00"] }])]))).toEqual([]);
    expect(errors(run(rowSum, [table("T8", cols, [{ name: "合计", v: ["1.00", "10.00", "8.00", "", "8.00", "2.00"] }])]))).toHaveLength(1);
  });
});

describe("table-hierarchy", () => {
  it("valid: 合计 = Σ类, 类 = Σ款, 款 = Σ项 per column", () => {
    const fs = run(hierarchy, [T5()]);
    expect(errors(fs)).toEqual([]);
    // 3 columns × (201=Σ款, 20106=Σ项, 合计=Σ类)
    expect(passes(fs)).toHaveLength(9);
  });
  it("invalid: a 项 nudged breaks its 款", () => {
    const fs = run(hierarchy, [T5({ "2010602": ["10.10", "", "10.10"] })]);
    expect(errors(fs).map((f) => f.message).join()).toContain("20106");
  });
  it("missing 合计 row → insufficient_data", () => {
    const t = T5();
    t.rows = t.rows.filter((r) => r.name !== "合计");
    expect(run(hierarchy, [t]).filter((f) => f.outcome === "insufficient_data")).toHaveLength(3);
  });
  it("T6: economic 类 = Σ 款", () => {
    const t6 = table("T6", ["决算数"], [
      { code: "301", name: "工资福利支出", v: ["30.00"] },
      { code: "30101", name: "基本工资", v: ["10.00"] },
      { code: "30102", name: "津贴补贴", v: ["20.10"] },
    ]);
    expect(errors(run(hierarchy, [t6]))).toHaveLength(1);
  });
});

const T1 = (grand = "2,995.39") =>
  table("T1", ["决算数"], [
    { name: "一般公共预算财政拨款收入", side: "income", v: ["2,940.05"] },
    { name: "其他收入", side: "income", v: ["6.20"] },
    { name: "本年收入合计", side: "income", v: ["2,946.25"] },
    { name: "使用非财政拨款结余", side: "income", v: [""] },
    { name: "年初结转和结余", side: "income", v: ["49.14"] },
    { name: "总计", side: "income", v: [grand] },
    { code: "201", name: "一般公共服务支出", side: "expenditure", role: "detail", v: ["2,940.05"] },
    { name: "本年支出合计", side: "expenditure", v: ["2,940.05"] },
    { name: "结余分配", side: "expenditure", v: [""] },
    { name: "年末结转和结余", side: "expenditure", v: ["55.34"] },
    { name: "总计", side: "expenditure", v: ["2,995.39"] },
  ]);

describe("table-two-sided", () => {
  it("valid T1 (CZJ24 figures): 2946.25 + 0 + 49.14 = 2940.05 + 0 + 55.34 = 2995.39", () => {
    const fs = run(twoSided, [T1()]);
    expect(errors(fs)).toEqual([]);
    expect(passes(fs)).toHaveLength(5);
  });
  it("invalid: 收入总计 2995.49", () => {
    const fs = run(twoSided, [T1("2,995.49")]);
    expect(errors(fs)).toHaveLength(2); // 收入总计 composition and 收入总计 = 支出总计
  });
  it("T4 per fund: 年末 = 年初 + 本年收入 − 本年支出", () => {
    const cols = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
    const mk = (end: string) => {
      const t = table("T4", cols, [
        { name: "一般公共预算财政拨款", side: "income", v: ["100.00"] },
        { name: "本年收入合计", side: "income", v: ["100.00"] },
        { name: "年初财政拨款结转和结余", side: "income", v: ["5.00"] },
        { name: "年初财政拨款结转和结余/一般公共预算财政拨款", side: "income", v: ["5.00"] },
        { name: "总计", side: "income", v: ["105.00"] },
        { code: "201", name: "一般公共服务支出", side: "expenditure", role: "detail", v: ["98.00", "98.00", "", ""] },
        { name: "本年支出合计", side: "expenditure", v: ["98.00", "98.00", "", ""] },
        { name: "年末财政拨款结转和结余", side: "expenditure", v: [end, end, "", ""] },
        { name: "总计", side: "expenditure", v: ["105.00", "105.00", "", ""] },
      ]);
      for (const r of t.rows.filter((x) => x.side === "income")) r.values = { 决算数: { ...Object.values(r.values)[0] } };
      return t;
    };
    expect(errors(run(twoSided, [mk("7.00")]))).toEqual([]);
    expect(errors(run(twoSided, [mk("7.10")])).length).toBeGreaterThan(0);
  });
});

describe("table-basic-economic", () => {
  const t6 = (p: string) =>
    table("T6", ["决算数"], [
      { code: "301", name: "工资福利支出", side: "left", v: ["2,082.85"] },
      { code: "303", name: "对个人和家庭的补助", side: "left", v: ["69.41"] },
      { code: "302", name: "商品和服务支出", side: "right", v: ["171.07"] },
      { code: "310", name: "资本性支出", side: "right", v: ["13.58"] },
      { name: "人员经费合计", side: "left", role: "total", v: [p] },
      { name: "公用经费合计", side: "right", role: "total", v: ["184.65"] },
    ]);
  it("valid (CZJ24): 2082.85 + 69.41 = 2152.26; 171.07 + 13.58 = 184.65", () => {
    expect(passes(run(basicEconomic, [t6("2,152.26")]))).toHaveLength(2);
  });
  it("invalid: 人员经费合计 2152.36", () => {
    expect(errors(run(basicEconomic, [t6("2,152.36")]))).toHaveLength(1);
  });
});

describe("table-sangong", () => {
  const cols = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"].flatMap((c) => [`${c}/预算数`, `${c}/决算数`]);
  it("valid (STJ25): 21.00 = 0 + 20.50 + 0.50", () => {
    const t = table("T7", cols, [{ name: "三公", v: ["21.00", "20.00", "", "", "20.50", "19.50", "", "", "20.50", "19.50", "0.50", "0.50"] }]);
    expect(errors(run(sangong, [t]))).toEqual([]);
  });
  it("invalid: 公车小计 ≠ 购置 + 运行", () => {
    const t = table("T7", cols, [{ name: "三公", v: ["21.00", "20.00", "", "", "20.50", "19.50", "", "", "20.40", "19.50", "0.50", "0.50"] }]);
    expect(errors(run(sangong, [t]))).toHaveLength(1);
  });
});

describe("variants", () => {
  it("“三公”经费及会议费、培训费: 合计 including 会议费 and 培训费 is accepted", () => {
    const items = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费"];
    const cols = items.flatMap((c) => [`${c}/预算数`, `${c}/决算数`]);
    const t = table("T7", cols, [{ name: "三公", v: ["6.00", "6.00", "", "", "2.00", "2.00", "", "", "2.00", "2.00", "1.00", "1.00", "1.00", "1.00", "2.00", "2.00"] }]);
    expect(errors(run(sangong, [t]))).toEqual([]);
  });
  it("generic tables: hierarchy failures are warnings", () => {
    const t = table("generic", ["合计"], [{ code: "201", name: "一般公共服务支出", v: ["10.00"] }, { code: "20106", name: "财政事务", v: ["9.00"] }]);
    const fs = run(hierarchy, [t]);
    expect(errors(fs)).toEqual([]);
    expect(fs.filter((f) => f.severity === "warning")).toHaveLength(1);
  });
});
