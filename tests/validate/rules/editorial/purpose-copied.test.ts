/** purpose-copied: an item's "主要用于…" copied from the item above. */
import rule from "../../../../src/validate/rules/editorial/purpose-copied.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const items = (...lines: string[]) => report(`五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n${lines.join("\n")}`);
/** Shanghai 2024 §五(三) items 5–8 (corpus): 5 and 8 share a purpose, not adjacent. */
const SH = [
  "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。",
  "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为161.62万元，支出决算为160.75万元。",
  "7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。主要用于：在职人员的职业年金缴费支出。年初预算为80.81万元，支出决算为80.38万元。",
  "8、社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。主要用于：退休人员经费支出。年初预算为0.94万元，支出决算为0.94万元。",
];

textRuleTester(rule, {
  valid: [
    { name: "Shanghai 2024 (corpus): the same purpose two items apart", text: items(...SH) },
    { name: "items without 主要用于 (Xinjiang layout)", text: items("1.一般公共服务支出(类)财政事务(款)行政运行(项):支出决算数为795.80万元。", "2.一般公共服务支出(类)财政事务(款)一般行政管理事务(项):支出决算数为657.77万元。") },
  ],
  invalid: [
    {
      name: "item 7 copies item 6's purpose",
      text: items(...SH.slice(0, 2), SH[2].replace("在职人员的职业年金缴费支出", "在职人员的基本养老保险支出"), SH[3]),
      findings: [{ outcome: "fail", severity: "warning", messageId: "copied", message: "“机关事业单位职业年金缴费支出”（第8行）的用途说明与上一项“机关事业单位基本养老保险缴费支出”（第7行）完全相同，均为“主要用于：在职人员的基本养老保险支出”" }],
    },
    {
      name: "Hunan 2023: every item the same purpose → one finding for the run",
      text: items(
        "（1）社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出124.28万元，主要用于本部门在职人员相关支出及自然资源管理工作。",
        "（2）社会保障和就业（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）支出62.14万元，主要用于本部门在职人员相关支出及自然资源管理工作。",
        "（3）卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）支出62.18万元，主要用于本部门在职人员相关支出及自然资源管理工作。",
      ),
      findings: [{ outcome: "fail", messageId: "copied" }],
    },
  ],
});
