/**
 * gpb-items (§五(三)): per 类, Σ 项 = 类; without 类, Σ 项 = 总额; Σ 项 增减额 = 总增减额; Σ 项 年初预算 = 年初预算.
 * Changji 2024 (15 items): 201: 795.80 + 657.77 + 184.77 + 333.36 + 6.35 + 0.00 = 1978.05; 208: 36.63 + 126.57 + 112.72 =
 * 275.92; 210: 43.60 + 22.89 + 4.13 + 0.51 = 71.13 vs 71.12 (rounding, envelope 5·0.005 = 0.025); 221: 103.58; 229: 0.42.
 * Σ changes = −209.94 vs −209.95 (rounding, 16·0.005 = 0.08).
 * Shanghai 2024 (11 items): Σ 年初预算 = 2993.93 vs 2993.92 (rounding, 12·0.005 = 0.06); Σ 决算 = 2940.06 vs 2940.05.
 */
import rule from "../../../../src/validate/rules/narrative/gpb-items.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const CJ_ITEMS: [string, string, string, string][] = [
  // code, name, amount, yoy change
  ["2010601", "行政运行", "795.80", "-30.37"], ["2010602", "一般行政管理事务", "657.77", "41.29"],
  ["2010607", "信息化建设", "184.77", "-285.59"], ["2010650", "事业运行", "333.36", "31.80"],
  ["2010699", "其他财政事务支出", "6.35", "5.25"], ["2013499", "其他统战事务支出", "0.00", "-0.77"],
  ["2080501", "行政单位离退休", "36.63", "13.76"], ["2080505", "机关事业单位基本养老保险缴费支出", "126.57", "4.38"],
  ["2080506", "机关事业单位职业年金缴费支出", "112.72", "21.79"], ["2101101", "行政单位医疗", "43.60", "0.45"],
  ["2101102", "事业单位医疗", "22.89", "1.94"], ["2101103", "公务员医疗补助", "4.13", "0.18"],
  ["2101199", "其他行政事业单位医疗支出", "0.51", "0.05"], ["2210201", "住房公积金", "103.58", "3.79"],
  ["2299999", "其他支出", "0.42", "-17.89"],
];
const CJ_CLASSES: [string, string, string][] = [
  ["201", "一般公共服务支出", "1978.05"], ["208", "社会保障和就业支出", "275.92"], ["210", "卫生健康支出", "71.12"],
  ["221", "住房保障支出", "103.58"], ["229", "其他支出", "0.42"],
];
const changji = (o: { classes?: Record<string, string>; totalChange?: string; withChanges?: boolean } = {}): FactSpec[] => [
  ...CJ_CLASSES.map(([code, name, a]): FactSpec => ["gpb.class.amount", o.classes?.[code] ?? a, undefined, { code, name }]),
  ...CJ_ITEMS.map(([code, name, a]): FactSpec => ["gpb.item.amount", a, undefined, { code, name }]),
  ...(o.withChanges === false ? [] : CJ_ITEMS.map(([code, name, , c]): FactSpec => ["gpb.item.yoy.change", c, undefined, { code, name }])),
  ["gpb.yoy.change", o.totalChange ?? "-209.95"],
];

const SH_ITEMS: [string, string, string][] = [
  // code, amount, 年初预算
  ["2010601", "1511.89", "1560.05"], ["2010602", "10.00", "10.00"], ["2010607", "135.25", "135.90"], ["2010608", "449.52", "450.52"],
  ["2080501", "84.65", "85.55"], ["2080505", "160.75", "161.62"], ["2080506", "80.38", "80.81"], ["2080599", "0.94", "0.94"],
  ["2101101", "60.99", "62.29"], ["2210201", "187.19", "187.75"], ["2210203", "258.50", "258.50"],
];
const shanghai = (budget = "2993.92"): FactSpec[] => [
  ["gpb.expenditure", "2940.05"],
  ["gpb.budget.initial", budget],
  ...SH_ITEMS.flatMap(([code, a, b]): FactSpec[] => [["gpb.item.amount", a, undefined, { code }], ["gpb.item.budget.initial", b, undefined, { code }]]),
];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 classes, items and changes", facts: changji() },
    { name: "Shanghai 2024 items against the total and the 年初预算 (rounding only)", facts: shanghai() },
    {
      name: "fewer item changes than items: Σ changes not checked",
      facts: [["gpb.item.amount", "795.80", undefined, { code: "2010601" }], ["gpb.item.amount", "657.77", undefined, { code: "2010602" }], ["gpb.item.yoy.change", "-30.37", undefined, { code: "2010601" }], ["gpb.yoy.change", "999.99"]],
    },
    { name: "items with neither classes nor a total: nothing to check (no missing-input path)", facts: [["gpb.item.amount", "795.80", undefined, { code: "2010601" }]] },
  ],
  invalid: [
    {
      name: "Changji 卫生健康支出 71.12 vs 43.60 + 22.89 + 4.13 + 0.51 = 71.13: rounding",
      facts: changji(),
      findings: [
        {
          outcome: "pass", severity: "info", messageId: "rounding", expected: "71.13", actual: "71.12", tolerance: "0.025",
          message: "卫生健康支出（类）= 其下各项之和：71.12 与计算值 71.13 相差 0.01，在取整容差 ±0.025 内，可能为取整误差",
        },
        { outcome: "pass", messageId: "ok", expected: "1978.05", actual: "1978.05", tolerance: "0.035" },
        { outcome: "pass", messageId: "ok", expected: "275.92", actual: "275.92" },
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "-209.94", actual: "-209.95", tolerance: "0.08" },
      ],
    },
    {
      name: "社会保障和就业支出 stated 276.02 vs Σ项 275.92 (+0.10)",
      facts: changji({ classes: { "208": "276.02" } }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "275.92", actual: "276.02", tolerance: "0.02" }],
    },
    {
      name: "总增减额 −209.84 vs Σ项增减 −209.94 (off by 0.10)",
      facts: changji({ totalChange: "-209.84" }),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-209.94", actual: "-209.84", tolerance: "0.08" }],
    },
    {
      name: "Shanghai: Σ 年初预算 2993.93 vs 2993.92 and Σ 决算 2940.06 vs 2940.05 are rounding",
      facts: shanghai(),
      findings: [
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "2993.93", actual: "2993.92", tolerance: "0.06" },
        { outcome: "pass", severity: "info", messageId: "rounding", expected: "2940.06", actual: "2940.05", tolerance: "0.06" },
      ],
    },
    {
      name: "Shanghai: 年初预算 stated 2994.03 (Σ 2993.93 + 0.10)",
      facts: shanghai("2994.03"),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "2993.93", actual: "2994.03", tolerance: "0.06" }],
    },
    {
      name: "classes and items matched by printed name path (no codes): 71.12 vs 71.13 rounding",
      facts: [
        ["gpb.class.amount", "71.12", undefined, { name: "卫生健康支出" }],
        ["gpb.item.amount", "43.60", undefined, { name: "卫生健康支出/行政事业单位医疗/行政单位医疗" }],
        ["gpb.item.amount", "22.89", undefined, { name: "卫生健康支出/行政事业单位医疗/事业单位医疗" }],
        ["gpb.item.amount", "4.13", undefined, { name: "卫生健康支出/行政事业单位医疗/公务员医疗补助" }],
        ["gpb.item.amount", "0.51", undefined, { name: "卫生健康支出/行政事业单位医疗/其他行政事业单位医疗支出" }],
      ],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "71.13", actual: "71.12" }],
    },
  ],
});
