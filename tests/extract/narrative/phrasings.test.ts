/**
 * Narrative phrasings met in real reports beyond the corpus: a 项 printed with a non-standard name (支出 added or
 * dropped, quotes), a year-on-year rate printed without "%", the counts of the 三公 section (vehicles bought and held,
 * groups abroad, receptions and of them foreign ones).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseReport } from "../../../src/pipeline.js";
import { findBareRates, findMentions } from "../../../src/extract/narrative/mentions.js";
import { resolveFunctionalCode } from "../../../src/extract/classification.js";
import type { Fact } from "../../../src/model/fact.js";

async function facts(body: string): Promise<Fact[]> {
  const text = `某某市某某局2024年度部门决算\n第三部分 某某市某某局2024年度部门决算情况说明\n${body.trim()}\n`;
  const r = await parseReport({ bytes: new TextEncoder().encode(text), name: "x.txt" }, { requireReport: false, validate: false });
  return r.facts.filter((f) => !f.concept.startsWith("report."));
}
const brief = (f: Fact) => `${f.concept}${f.dims.scope ? `(${f.dims.scope})` : ""}${f.dims.code ? `[${f.dims.code}]` : ""}=${f.value}${f.unit}`;

describe("项 names as reports vary them resolve to the standard code", () => {
  it.each([
    [["一般公共服务支出", "财政事务", "财政监察支出"], "2010606"],
    [["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费"], "2080505"],
    [["卫生健康支出", "行政事业单位医疗", "公务员医疗补助支出"], "2101103"],
    [["一般公共服务支出", "财政事务", "行政运行"], "2010601"],
  ])("%j → %s", (path, code) => expect(resolveFunctionalCode(path, 2024)).toBe(code));

  it("a name that is another 科目's, or no 科目's, stays without a code", () => {
    expect(resolveFunctionalCode(["一般公共服务支出", "财政事务", "财政监督检查"], 2024)).toBeUndefined();
    expect(resolveFunctionalCode(["卫生健康支出", "行政事业单位医疗", "医疗"], 2024)).toBeUndefined();
  });

  it("in an item paragraph, with quotes around the names", async () => {
    const fs = await facts(`八、一般公共预算财政拨款支出决算具体情况
1.“一般公共服务支出”（类）“财政事务”（款）“财政监察支出”（项）。年初预算为10.00万元，支出决算为12.00万元。
2.卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助支出（项）。年初预算为5.00万元，支出决算为5.10万元。`);
    const items = fs.filter((f) => f.concept === "gpb.item.amount");
    expect(items.map(brief)).toEqual(["gpb.item.amount[2010606]=12.00万元", "gpb.item.amount[2101103]=5.10万元"]);
    expect(items[0]!.dims.name).toBe("一般公共服务支出/财政事务/财政监察支出");
  });
});

describe("a rate printed without %", () => {
  it("is read after 增长/下降 in a sentence that states an amount, with a doubt", async () => {
    const fs = await facts(`七、财政拨款“三公”经费支出决算情况说明
2024年度“三公”经费支出决算为15.00万元，比上年减少1.00万元，下降6.5。主要原因是厉行节约。`);
    const rate = fs.find((f) => f.concept === "sangong.yoy.rate");
    expect(rate).toMatchObject({ value: "-6.5", unit: "%", evidence: "statement" });
    expect(rate!.doubt).toMatch(/未印“%”/);
  });

  it("is not read where the number is a count, an amount or followed by a unit", () => {
    const t1 = "共有车辆3辆，增长2。";
    expect(findBareRates(t1, findMentions(t1))).toEqual([]);
    const t2 = "比上年增加1.00万元，增长6.5个百分点。";
    expect(findBareRates(t2, findMentions(t2))).toEqual([]);
    const t3 = "比上年增加1.00万元，增长6.5%。";
    expect(findBareRates(t3, findMentions(t3))).toEqual([]);
  });

  it("property: a rate printed with % is never also read bare; without it, read once with the same value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("增长", "下降", "降低", "上升"), (a, b, verb) => {
        const v = `${a}.${String(b).padStart(2, "0")}`;
        const withPct = `比上年增加1.00万元，${verb}${v}%。`;
        expect(findBareRates(withPct, findMentions(withPct))).toEqual([]);
        const bare = `比上年增加1.00万元，${verb}${v}。`;
        const got = findBareRates(bare, findMentions(bare));
        expect(got.map((m) => [m.value, m.unit, bare.slice(m.start, m.end)])).toEqual([[v, "%", v]]);
      }),
    );
  });
});

describe("三公 counts", () => {
  it("vehicles bought and held, groups abroad, receptions and foreign receptions", async () => {
    const fs = await facts(`七、财政拨款“三公”经费支出决算情况说明
2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算为0万元，全年安排因公出国（境）团组0个，累计0人次。公务用车购置及运行费支出决算为12.34万元，其中：公务用车购置费0万元，全年车辆购置数0辆；公务用车运行费12.34万元，截至2024年12月31日，公务用车保有量为5辆。公务接待费支出决算为1.23万元，全年国内公务接待20批次，共计200人次（其中外事接待2批次，15人次）。`);
    expect(fs.map(brief)).toEqual(
      expect.arrayContaining([
        "sangong.abroad.groups=0个",
        "sangong.abroad.persons=0人次",
        "sangong.vehicle.purchased=0辆",
        "sangong.vehicle.fleet=5辆",
        "sangong.reception.batches=20批次",
        "sangong.reception.persons=200人次",
        "sangong.reception.batches(foreign)=2批次",
        "sangong.reception.persons(foreign)=15人次",
      ]),
    );
  });
});
