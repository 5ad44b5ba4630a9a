/** direction-words: 增减 words against the numbers of their sentence, and direction words run together. */
import rule from "../../../../src/validate/rules/editorial/direction-words.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const sangong = (s: string) => report(`九、财政拨款“三公”经费支出决算情况说明\n${s}`);
/** The Xinjiang 2024 三公 paragraph (corpus), for edits. */
const CJ = "2024年度财政拨款“三公”经费支出26.66万元，比上年减少6.27万元，下降19.03%，主要原因是：严格落实中央八项规定精神，厉行节约，减少公务用车运行维护费。其中：因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元，增长0.00%，主要原因是：2023年与2024年均未安排因公出国（境）费支出。公务用车购置及运行维护费支出25.66万元，占96.25%，比上年减少6.33万元，下降19.79%，主要原因是：严格落实中央八项规定精神，厉行节约，减少公务用车运行维护费。";

textRuleTester(rule, {
  valid: [
    { name: "Xinjiang 2024 三公 (corpus)", text: sangong(CJ) },
    { name: "Hunan: “0万元，与上年持平” (no change stated)", text: sangong("（一）因公出国（境）费0万元，与上年持平。") },
    { name: "增加0.00万元 with 持平: no change", text: sangong("因公出国（境）费支出0.00万元，比上年增加0.00万元，与上年持平。") },
    { name: "parts changing, the whole flat (different subjects)", text: sangong("人员经费增加10.00万元，项目经费减少10.00万元，总体持平。") },
    { name: "基本持平 with a small change is loose wording, not judged", text: sangong("公务接待费支出1.01万元，比上年增加0.06万元，与上年基本持平。") },
    { name: "由A增加到B with B > A", text: sangong("公务接待费由0.95万元增加到1.01万元。") },
    { name: "上年/本年 with the right word", text: report("十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n上年机关运行经费145.31万元，本年151.04万元，增加5.73万元。") },
    { name: "上年 and 本年 amounts of different things (结转 vs 收入) are not compared", text: report("一、收入支出决算总体情况说明\n上年结转和结余50.00万元，本年收入30.00万元，增加了项目储备。") },
    { name: "核减 followed by 增加 is two words, not a garble", text: sangong("经审核核减增加的预算0.50万元。") },
    { name: "template alternatives are template-residue's business", text: sangong("比上年减少（增加）6.27万元。") },
  ],
  invalid: [
    {
      name: "减增加: a direction word half edited → warning",
      text: sangong(CJ.replace("比上年减少6.27万元", "比上年减增加6.27万元")),
      findings: [{ outcome: "fail", severity: "warning", messageId: "garbled" }],
    },
    {
      name: "减少6.33万元…与上年持平: the numbers say it changed → error",
      text: sangong(CJ.replace("比上年减少6.33万元，下降19.79%", "比上年减少6.33万元，与上年持平")),
      findings: [{ outcome: "fail", severity: "error", messageId: "flatWithChange" }],
    },
    {
      name: "减少为0.00万元…与上年持平: one of the two words is wrong → warning",
      text: sangong("因公出国（境）费支出减少为0.00万元，与上年持平。"),
      findings: [{ outcome: "fail", severity: "warning", messageId: "flatWithChange", message: "“…出国（境）费支出减少为0.00万元，与上年持平。”（第5行）：同一句既称“减少为0.00万元”又称“持平”" }],
    },
    {
      name: "由716.48万元增加到657.77万元 → error",
      text: report("五、一般公共预算财政拨款支出决算情况说明\n一般行政管理事务(项):支出决算数由716.48万元增加到657.77万元。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "fromTo" }],
    },
    {
      name: "上年120.00万元、本年100.00万元，却称增加 → error",
      text: report("十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n上年机关运行经费120.00万元，本年100.00万元，增加20.00万元。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "priorCurrent" }],
    },
  ],
});
