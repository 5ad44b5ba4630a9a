/** Rules that check words against numbers: budget-direction, yoy-direction-reason, basic-items-t6. */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../../../src/model/fact.js";
import type { Records } from "../../../../src/model/records.js";
import type { TypedTable } from "../../../../src/model/table.js";
import { FactIndex, runRule } from "../../../../src/validate/rule.js";
import budgetDirection from "../../../../src/validate/rules/narrative/budget-direction.js";
import yoyDirectionReason from "../../../../src/validate/rules/narrative/yoy-direction-reason.js";
import basicItemsT6 from "../../../../src/validate/rules/narrative/basic-items-t6.js";

const records = (r: Partial<Records>): Records => ({ yoy: [], budgets: [], items: [], forms: [], lists: [], ...r });
const fact = (concept: string, value: string, block = 0): Fact => ({ concept, value, unit: "万元", dims: {}, source: { block, start: 0, end: value.length, text: value }, evidence: "statement" });
const run = (rule: Parameters<typeof runRule>[0], r: Partial<Records>, facts: Fact[] = [], tables: TypedTable[] = []) =>
  runRule(rule, { facts: new FactIndex(facts), tables, records: records(r) }).map((f) => `${f.outcome}:${f.messageId}`);

describe("budget-direction", () => {
  const rec = (final: string, budget: string, direction: "greater" | "less" | "equal" | "about_equal") =>
    ({ budgets: [{ subject: "gpb.item:x", budget, final, direction, directionText: "决算数…预算数", block: 0 }] });
  it("passes when the words match the sign (Shanghai: 1511.89 < 1560.05, 小于)", () => {
    expect(run(budgetDirection, rec("1511.89", "1560.05", "less"), [fact("gpb.item.amount", "1511.89")])).toEqual(["pass:ok"]);
    expect(run(budgetDirection, rec("10.00", "10.00", "about_equal"))).toEqual(["pass:ok"]);
  });
  it("fails when 大于 is said of a smaller final, or 持平 of a real difference", () => {
    expect(run(budgetDirection, rec("1511.89", "1560.05", "greater"))).toEqual(["fail:mismatch"]);
    expect(run(budgetDirection, rec("135.25", "135.90", "equal"))).toEqual(["fail:mismatch"]);
  });
  it("基本持平 tolerates < 5% of the budget, not more", () => {
    expect(run(budgetDirection, rec("449.52", "450.52", "about_equal"))).toEqual(["pass:ok"]);
    expect(run(budgetDirection, rec("400.00", "450.52", "about_equal"))).toEqual(["fail:mismatch"]);
  });
  it("a difference inside the rounding envelope with 大于/小于 is a warning-level hint, not an error", () => {
    const f = runRule(budgetDirection, { facts: new FactIndex([]), tables: [], records: records(rec("10.00", "10.00", "less")) });
    expect(f.map((x) => [x.outcome, x.severity])).toEqual([["pass", "warning"]]);
  });
  it("without a budget amount, the completion rate's side of 100% decides (Sichuan: 完成预算95.63%, 小于)", () => {
    const r = (completionRate: string, direction: "greater" | "less" | "equal") => ({ budgets: [{ subject: "gpb.item:x", final: "105.60", completionRate, direction, directionText: "决算数…预算数", block: 0 }] });
    expect(run(budgetDirection, r("95.63", "less"))).toEqual(["pass:rateOk"]);
    expect(run(budgetDirection, r("100.00", "equal"))).toEqual(["pass:rateOk"]);
    expect(run(budgetDirection, r("124.27", "less"))).toEqual(["fail:rateMismatch"]);
    expect(run(budgetDirection, r("95.63", "equal"))).toEqual(["fail:rateMismatch"]);
    expect(run(budgetDirection, { budgets: [{ subject: "gpb.item:x", final: "1.00", varianceRate: "-4.37", direction: "greater", directionText: "决算数大于预算数", block: 0 }] })).toEqual(["fail:rateMismatch"]);
  });
  it("says nothing without direction words or numbers", () => {
    expect(run(budgetDirection, { budgets: [{ subject: "gpb", budget: "1.00", final: "2.00", block: 0 }] })).toEqual([]);
  });
});

describe("yoy-direction-reason", () => {
  const yoy = (direction: "increase" | "decrease" | "flat", reason: string) => ({ yoy: [{ subject: "fiscal.total", direction, amount: "0", reason, block: 0 }] });
  it("Shanghai P2: 持平 with a reason that only says 减少 → warning", () => {
    const f = runRule(yoyDirectionReason, { facts: new FactIndex([]), tables: [], records: records(yoy("flat", "项目支出中合同支付进度条款等原因减少支付")) });
    expect(f.map((x) => [x.outcome, x.severity, x.messageId])).toEqual([["fail", "warning", "contradiction"]]);
  });
  it("agreeing words pass; reasons naming both directions or none are not judged", () => {
    expect(run(yoyDirectionReason, yoy("decrease", "本年减少网络安全防御平台等项目"))).toEqual(["pass:ok"]);
    expect(run(yoyDirectionReason, yoy("increase", "本年在职人员工资调增，相应支出增加"))).toEqual(["pass:ok"]);
    expect(run(yoyDirectionReason, yoy("flat", "人员经费增加，项目经费减少，总体持平"))).toEqual(["pass:ok"]);
    expect(run(yoyDirectionReason, yoy("increase", "严格落实中央八项规定精神"))).toEqual([]);
  });
});

describe("basic-items-t6", () => {
  const cell = (value: string, state: "number" | "blank" = "number") => ({ value, state, text: state === "blank" ? "" : value, cell: [0, 0] as [number, number] });
  const t6: TypedTable = {
    id: "T6", title: "一般公共预算财政拨款基本支出决算表", unit: "万元", block: 5, empty: false, columns: ["决算数"], codeDomain: "economic",
    rows: [
      { code: "30302", name: "退休费", role: "detail", values: { 决算数: cell("69.10") } },
      { code: "30309", name: "奖励金", role: "detail", values: { 决算数: cell("0.31") } },
      { code: "30310", name: "个人农业生产补贴", role: "detail", values: { 决算数: cell("0", "blank") } },
      { code: "30201", name: "办公费", role: "detail", values: { 决算数: cell("21.21") } },
    ],
  };
  const list = (subject: "basic.personnel" | "basic.public", names: string[]) => ({ lists: [{ subject, names, block: 1, start: 0, end: 10, text: names.join("、") }] });
  it("Shanghai P6: a listed 科目 that T6 leaves blank, and a T6 科目 with money left out", () => {
    expect(run(basicItemsT6, list("basic.personnel", ["退休费", "个人农业生产补贴"]), [], [t6]).sort()).toEqual(["fail:listedZero", "fail:unlisted"]);
  });
  it("a list that matches T6 passes; the other group's rows are not compared", () => {
    expect(run(basicItemsT6, list("basic.personnel", ["退休费", "奖励金"]), [], [t6])).toEqual(["pass:ok"]);
    expect(run(basicItemsT6, list("basic.public", ["办公费", "印刷费"]), [], [t6])).toEqual(["pass:ok"]);
  });
  it("without T6 it says it cannot check", () => {
    expect(run(basicItemsT6, list("basic.public", ["办公费", "印刷费"]))).toEqual(["insufficient_data:missing"]);
  });
});
