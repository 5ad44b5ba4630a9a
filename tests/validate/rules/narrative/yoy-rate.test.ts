/**
 * yoy-rate: rate = change ÷ (current − change) × 100, signed (减少/下降 → negative).
 * Changji 2024 §一: −250.35/(2789.38 + 250.35) = −250.35/3039.73 = −8.2359 → −8.24.
 * Changji §四/§五: −209.95/2639.05 = −7.9555 → −7.96. 三公: −6.27/32.93 = −19.0404 → −19.04, stated −19.03: the interval
 * [−19.0614, −19.0194] reaches −19.03 → rounding. 出国 0.00/0.00/0.00: previous year 0 → not_applicable.
 * Shanghai 2024: −56.95/3052.34 = −1.8658 → −1.87; −63.14/3003.19 = −2.1024 → −2.10; 2.55/182.10 = 1.4003 → 1.40.
 */
import rule from "../../../../src/validate/rules/narrative/yoy-rate.js";
import { ruleTester, type FactSpec } from "../../rule-tester.js";

const CJ_ITEMS: [string, string, string, string, string][] = [
  // code, name, amount, change, rate (all recomputed by hand: each rounds to the stated rate)
  ["2010601", "行政运行", "795.80", "-30.37", "-3.68"], ["2010602", "一般行政管理事务", "657.77", "41.29", "6.70"],
  ["2010607", "信息化建设", "184.77", "-285.59", "-60.72"], ["2010650", "事业运行", "333.36", "31.80", "10.55"],
  ["2010699", "其他财政事务支出", "6.35", "5.25", "477.27"], ["2013499", "其他统战事务支出", "0.00", "-0.77", "-100.00"],
  ["2080501", "行政单位离退休", "36.63", "13.76", "60.17"], ["2080505", "机关事业单位基本养老保险缴费支出", "126.57", "4.38", "3.58"],
  ["2080506", "机关事业单位职业年金缴费支出", "112.72", "21.79", "23.96"], ["2101101", "行政单位医疗", "43.60", "0.45", "1.04"],
  ["2101102", "事业单位医疗", "22.89", "1.94", "9.26"], ["2101103", "公务员医疗补助", "4.13", "0.18", "4.56"],
  ["2101199", "其他行政事业单位医疗支出", "0.51", "0.05", "10.87"], ["2210201", "住房公积金", "103.58", "3.79", "3.80"],
  ["2299999", "其他支出", "0.42", "-17.89", "-97.71"],
];
const item = ([code, name, a, c, r]: [string, string, string, string, string]): FactSpec[] => [
  ["gpb.item.amount", a, undefined, { code, name }], ["gpb.item.yoy.change", c, undefined, { code, name }], ["gpb.item.yoy.rate", r, undefined, { code, name }],
];
const overview = (rate = "-8.24", change = "-250.35"): FactSpec[] => [["overview.income.grand_total", "2789.38"], ["overview.yoy.change", change], ["overview.yoy.rate", rate]];

ruleTester(rule, {
  valid: [
    { name: "Changji 2024 §一 (a decrease)", facts: overview() },
    { name: "Changji 2024 all 15 item rates", facts: CJ_ITEMS.flatMap(item) },
    {
      name: "Changji §四 and §五 (−7.96), 机关运行经费 (+3.94 = 5.73/145.31)",
      facts: [
        ["fiscal.income.grand_total", "2429.10"], ["fiscal.yoy.change", "-209.95"], ["fiscal.yoy.rate", "-7.96"],
        ["gpb.expenditure", "2429.10"], ["gpb.yoy.change", "-209.95"], ["gpb.yoy.rate", "-7.96"],
        ["operating_costs.total", "151.04"], ["operating_costs.yoy.change", "5.73"], ["operating_costs.yoy.rate", "3.94"],
      ],
    },
    {
      name: "Shanghai 2024 §一, §五, 机关运行经费",
      facts: [
        ["overview.income.grand_total", "2995.39"], ["overview.yoy.change", "-56.95"], ["overview.yoy.rate", "-1.87"],
        ["gpb.expenditure", "2940.05"], ["gpb.yoy.change", "-63.14"], ["gpb.yoy.rate", "-2.10"],
        ["operating_costs.total", "184.65"], ["operating_costs.yoy.change", "2.55"], ["operating_costs.yoy.rate", "1.40"],
      ],
    },
    {
      name: "Changji 三公 items: 公车 −6.33/31.99 = −19.79; 接待 0.06/0.95 = 6.32",
      facts: [
        ["sangong.vehicle", "25.66"], ["sangong.vehicle.yoy.change", "-6.33"], ["sangong.vehicle.yoy.rate", "-19.79"],
        ["sangong.reception", "1.01"], ["sangong.reception.yoy.change", "0.06"], ["sangong.reception.yoy.rate", "6.32"],
      ],
    },
  ],
  invalid: [
    {
      name: "Changji §一 passes exactly",
      facts: overview(),
      findings: [{ outcome: "pass", messageId: "ok", expected: "-8.24", actual: "-8.24", unit: "%", facts: ["overview.yoy.rate", "overview.yoy.change", "overview.income.grand_total"] }],
    },
    {
      name: "rate off by 0.10 (−8.34 vs −8.24)",
      facts: overview("-8.34"),
      findings: [
        {
          outcome: "fail", severity: "error", messageId: "mismatch", expected: "-8.24", actual: "-8.34",
          message: "收入支出总计比上年增减率：报告为 -8.34，按 -250.35 ÷ (2789.38 − (-250.35)) × 100 计算应为 -8.24，相差 0.10，超出取整容差 ±0.005",
        },
      ],
    },
    {
      name: "direction lost: 下降 8.24% recorded as +8.24 while the change is −250.35",
      facts: overview("8.24"),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-8.24", actual: "8.24" }],
    },
    {
      // +250.35/(2789.38 − 250.35) = 250.35/2539.03 = 9.8600 → 9.86: a rate computed with the wrong sign of the change.
      name: "change sign wrong (+250.35 with −8.24): recomputes to 9.86",
      facts: overview("-8.24", "250.35"),
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "9.86", actual: "-8.24" }],
    },
    {
      name: "Changji 三公 −19.03 vs −6.27/32.93 = −19.04: rounding",
      facts: [["sangong.total", "26.66"], ["sangong.yoy.change", "-6.27"], ["sangong.yoy.rate", "-19.03"]],
      findings: [{ outcome: "pass", severity: "info", messageId: "rounding", expected: "-19.04", actual: "-19.03" }],
    },
    {
      name: "zero base: 因公出国（境）费 0.00, 比上年增加 0.00, 增长 0.00% (previous year 0) → not_applicable",
      facts: [["sangong.abroad", "0.00"], ["sangong.abroad.yoy.change", "0.00"], ["sangong.abroad.yoy.rate", "0.00"]],
      findings: [{ outcome: "not_applicable", messageId: "zeroBase", message: "因公出国（境）费比上年增减率：基数为 0，比率无定义" }],
    },
    {
      name: "zero base: a new item 10.00, 增加 10.00, 增长 100.00% → not_applicable",
      facts: [["gpb.item.amount", "10.00", undefined, { code: "2010602" }], ["gpb.item.yoy.change", "10.00", undefined, { code: "2010602" }], ["gpb.item.yoy.rate", "100.00", undefined, { code: "2010602" }]],
      findings: [{ outcome: "not_applicable", messageId: "zeroBase" }],
    },
    {
      name: "item 行政运行 rate −3.78 (off by 0.10) vs −30.37/826.17 = −3.68; other items unaffected",
      facts: [...CJ_ITEMS.slice(0, 1).flatMap(([code, name, a, c]) => [["gpb.item.amount", a, undefined, { code, name }], ["gpb.item.yoy.change", c, undefined, { code, name }], ["gpb.item.yoy.rate", "-3.78", undefined, { code, name }]] as FactSpec[]), ...CJ_ITEMS.slice(1).flatMap(item)],
      findings: [{ outcome: "fail", severity: "error", messageId: "mismatch", expected: "-3.68", actual: "-3.78", facts: ["gpb.item.yoy.rate{code=2010601;name=行政运行}", "gpb.item.yoy.change{code=2010601;name=行政运行}", "gpb.item.amount{code=2010601;name=行政运行}"] }],
    },
    {
      name: "to zero: 其他统战事务支出 0.00, 减少 0.77, 下降 100.00% passes",
      facts: item(CJ_ITEMS[5]),
      findings: [{ outcome: "pass", messageId: "ok", expected: "-100.00", actual: "-100.00" }],
    },
    {
      name: "missing inputs: a rate without its change; a rate without the current amount",
      facts: [["overview.income.grand_total", "2789.38"], ["overview.yoy.rate", "-8.24"], ["operating_costs.yoy.change", "5.73"], ["operating_costs.yoy.rate", "3.94"]],
      findings: [
        { outcome: "insufficient_data", messageId: "missing", message: "收入支出总计比上年增减率：缺少 增减额，无法核对" },
        { outcome: "insufficient_data", messageId: "missing", message: "机关运行经费比上年增减率：缺少 本年数，无法核对" },
      ],
    },
  ],
});
