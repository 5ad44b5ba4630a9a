import { describe, expect, it } from "vitest";
import crossIncome from "../../../../src/validate/rules/tables/cross-income.js";
import crossExpenditure from "../../../../src/validate/rules/tables/cross-expenditure.js";
import crossOther from "../../../../src/validate/rules/tables/cross-other.js";
import narrative from "../../../../src/validate/rules/tables/narrative-table.js";
import { errors, fact, infos, passes, run, table } from "./helpers.js";

const T1 = (cls208 = "326.71") =>
  table("T1", ["决算数"], [
    { name: "一般公共预算财政拨款收入", side: "income", v: ["2,940.05"] },
    { name: "政府性基金预算财政拨款收入", side: "income", v: [""] },
    { name: "国有资本经营预算财政拨款收入", side: "income", v: [""] },
    { name: "其他收入", side: "income", v: ["6.20"] },
    { name: "本年收入合计", side: "income", v: ["2,946.25"] },
    { name: "年初结转和结余", side: "income", v: ["49.14"] },
    { code: "201", name: "一般公共服务支出", side: "expenditure", role: "detail", v: ["2,613.34"] },
    { code: "208", name: "社会保障和就业支出", side: "expenditure", role: "detail", v: [cls208] },
    { name: "本年支出合计", side: "expenditure", v: ["2,940.05"] },
    { name: "年末结转和结余", side: "expenditure", v: ["55.34"] },
  ]);
const T2 = (fa = "2,940.05") =>
  table("T2", ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], [
    { name: "合计", v: ["2,946.25", fa, "", "", "", "", "6.20"] },
  ]);
const T3 = () =>
  table("T3", ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], [
    { name: "合计", v: ["2,940.05", "2,336.91", "603.14", "", "", ""] },
    { code: "201", name: "一般公共服务支出", v: ["2,613.33", "2,010.19", "603.14", "", "", ""] },
    { code: "208", name: "社会保障和就业支出", v: ["326.72", "326.72", "", "", "", ""] },
  ]);

describe("table-cross-income", () => {
  it("valid: T1 ↔ T2 (X1, X2)", () => {
    const fs = run(crossIncome, [T1(), T2()]);
    expect(errors(fs)).toEqual([]);
    expect(passes(fs).length).toBeGreaterThanOrEqual(3);
  });
  it("invalid: T2 财政拨款收入 2940.15 ≠ T1 一+二+三", () => {
    expect(errors(run(crossIncome, [T1(), T2("2,940.15")]))).toHaveLength(1);
  });
});

describe("table-cross-expenditure", () => {
  it("X3 with CZJ24's 326.71 vs 326.72: a rounding difference (info)", () => {
    const fs = run(crossExpenditure, [T1(), T3()]);
    expect(errors(fs)).toEqual([]);
    expect(infos(fs).map((f) => f.message).join()).toContain("326.72");
  });
  it("X3 invalid: 326.81 vs 326.72", () => {
    expect(errors(run(crossExpenditure, [T1("326.81"), T3()]))).toHaveLength(1);
  });
  it("a non-zero T1 类 the coded table does not list is an error", () => {
    const t3 = T3();
    t3.rows = t3.rows.filter((r) => r.code !== "208");
    expect(errors(run(crossExpenditure, [T1(), t3])).length).toBeGreaterThan(0);
  });
  it("X7: T5 基本支出 = T6 人员 + 公用", () => {
    const t5 = table("T5", ["合计", "基本支出", "项目支出"], [{ name: "合计", v: ["2,940.05", "2,336.91", "603.14"] }]);
    const t6 = (p: string) => table("T6", ["决算数"], [
      { name: "人员经费合计", role: "total", v: [p] },
      { name: "公用经费合计", role: "total", v: ["184.65"] },
    ]);
    expect(errors(run(crossExpenditure, [t5, t6("2,152.26")]))).toEqual([]);
    expect(errors(run(crossExpenditure, [t5, t6("2,152.36")]))).toHaveLength(1);
  });
  it("X6: T4 政府性基金 column non-zero but T8 empty → error", () => {
    const t4 = table("T4", ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"], [
      { name: "本年支出合计", side: "expenditure", v: ["10.00", "5.00", "5.00", ""] },
    ]);
    const t8 = table("T8", ["本年支出合计"], [{ name: "合计", v: [""] }], { empty: true });
    expect(errors(run(crossExpenditure, [t4, t8]))).toHaveLength(1);
  });
});

describe("table-cross-other", () => {
  it("X9: T6 30217 公务接待费 0.50 > T7 接待决算 0.30 → error", () => {
    const t6 = table("T6", ["决算数"], [{ code: "30217", name: "公务接待费", v: ["0.50"] }]);
    const cols = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"].flatMap((c) => [`${c}/预算数`, `${c}/决算数`]);
    const t7 = (v: string) => table("T7", cols, [{ name: "三公", v: ["", v, "", "", "", "", "", "", "", "", "", v] }]);
    expect(errors(run(crossOther, [t6, t7("0.30")]))).toHaveLength(1);
    expect(errors(run(crossOther, [t6, t7("0.80")]))).toEqual([]);
  });
});

describe("table-narrative", () => {
  const T5 = table("T5", ["合计", "基本支出", "项目支出"], [
    { code: "201", name: "一般公共服务支出", v: ["2,106.66", "1,503.52", "603.14"] },
    { code: "2010601", name: "行政运行", v: ["1,511.89", "1,503.52", "8.37"] },
    { name: "合计", v: ["2,940.05", "2,336.91", "603.14"] },
  ]);
  it("valid: narrative amounts equal the table's", () => {
    const fs = run(narrative, [T5, T2()], [
      fact("gpb.expenditure", "2940.05"),
      fact("gpb.class.amount", "2106.66", { code: "201", name: "一般公共服务支出" }),
      fact("gpb.item.amount", "1511.89", { code: "2010601", name: "一般公共服务支出（类）财政事务（款）行政运行（项）" }),
      fact("income.fiscal_appropriation", "2940.05"),
      fact("income.fiscal_appropriation.share", "99.79", {}, "%"),
    ]);
    expect(errors(fs)).toEqual([]);
    expect(passes(fs).length).toBeGreaterThanOrEqual(6);
  });
  it("invalid (CZJ24 P3): 一般公共服务支出 占 71.73% vs 2106.66 / 2940.05 = 71.65%", () => {
    const fs = run(narrative, [T5], [fact("gpb.class.share", "71.73", { code: "201", name: "一般公共服务支出" }, "%")]);
    expect(errors(fs)).toHaveLength(1);
    expect(errors(fs)[0].expected).toBe("71.65");
  });
  it("invalid (CZJ24 P1): 财政拨款收入支出总计 0.3 vs T4 2961.68", () => {
    const t4 = table("T4", ["决算数"], [{ name: "总计", side: "income", v: ["2,961.68"] }]);
    const fs = run(narrative, [t4], [fact("fiscal.income.grand_total", "0.3")]);
    expect(errors(fs)).toHaveLength(1);
  });
  it("item matched by name when the narrative gives no code; wrong amount → error", () => {
    const fs = run(narrative, [T5], [fact("gpb.item.amount", "1511.99", { name: "一般公共服务支出（类）财政事务（款）行政运行（项）" })]);
    expect(errors(fs)).toHaveLength(1);
  });
  it("item code the table does not list → error", () => {
    const fs = run(narrative, [T5], [fact("gpb.item.amount", "5.00", { code: "2010699", name: "其他财政事务支出" })]);
    expect(errors(fs)).toHaveLength(1);
  });
  it("narrative names another 科目 than the table row → warning", () => {
    const fs = run(narrative, [T5], [fact("gpb.item.amount", "1511.89", { code: "2010601", name: "一般公共服务支出（类）财政事务（款）信息化建设（项）" })]);
    expect(fs.filter((f) => f.messageId === "nameMismatch")).toHaveLength(1);
  });
  it("机关运行经费 ≠ 公用经费合计 is a warning, not an error", () => {
    const t6 = table("T6", ["决算数"], [{ name: "公用经费合计", role: "total", v: ["184.65"] }]);
    const fs = run(narrative, [t6], [fact("operating_costs.total", "190.00")]);
    expect(errors(fs)).toEqual([]);
    expect(fs.filter((f) => f.severity === "warning")).toHaveLength(1);
  });
});

describe("units and variants", () => {
  it("a table in 元 compares with a narrative in 万元 (|10000·v − t| ≤ 50 元)", () => {
    const t5 = table("T5", ["合计", "基本支出", "项目支出"], [{ name: "合计", v: ["29,400,500.00", "23,369,100.00", "6,031,400.00"] }], { unit: "元" });
    expect(errors(run(narrative, [t5], [fact("gpb.expenditure", "2940.05")]))).toEqual([]);
    expect(errors(run(narrative, [t5], [fact("gpb.expenditure", "2940.06")]))).toHaveLength(1);
  });
  it("a narrative figure whose table is unreadable → insufficient_data, never zero", () => {
    const t3 = table("T3", ["本年支出合计"], []);
    const fs = run(narrative, [t3], [fact("gpb.expenditure", "2940.05")]);
    expect(fs.map((f) => f.outcome)).toEqual(["insufficient_data"]);
  });
  it("X10: T1 年初结转和结余 below T4 年初财政拨款结转和结余 → error", () => {
    const t1 = table("T1", ["决算数"], [{ name: "年初结转和结余", side: "income", v: ["20.00"] }]);
    const t4 = table("T4", ["决算数"], [{ name: "年初财政拨款结转和结余", side: "income", v: ["21.63"] }]);
    expect(errors(run(crossOther, [t1, t4]))).toHaveLength(1);
  });
});
