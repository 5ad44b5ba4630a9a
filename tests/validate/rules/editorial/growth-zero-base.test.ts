/** growth-zero-base: no growth rate against a zero prior year (or a unit founded this year). */
import rule from "../../../../src/validate/rules/editorial/growth-zero-base.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const opCosts = (s: string, profile = "") =>
  `某某县财政局2024年度部门决算\n\n第一部分 部门概况\n一、机构设置\n${profile || "本单位内设股室5个。"}\n第二部分 部门决算情况说明\n十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n${s}\n`;

textRuleTester(rule, {
  valid: [
    { name: "Shanghai 2024 机关运行经费 (corpus): 184.65, +2.55, 1.40%", text: opCosts("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。") },
    { name: "0 against 0 stated as 0% (Xinjiang 因公出国)", text: report("九、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款“三公”经费支出26.66万元，比上年减少6.27万元，下降19.03%。其中：因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元，增长0.00%。") },
    { name: "down 100% to 0 has a base (Xinjiang 其他统战事务支出)", text: opCosts("机关运行经费支出0.00万元，比上年减少0.77万元，下降100.00%。") },
    { name: "a working group set up this year is not the unit being founded", text: opCosts("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。", "2024年成立预算绩效工作专班。") },
  ],
  invalid: [
    {
      name: "增加 the whole amount, 增长100%: last year was 0 → error",
      text: opCosts("机关运行经费支出184.65万元，比2023年度增加184.65万元，增长100.00%。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "zeroBase", actual: "100.00%", message: "机关运行经费：本年 184.65 万元、增加 184.65 万元，上年数为 0，增长率无定义，却报告了 100.00%" }],
    },
    {
      name: "增加0.30万元，增长100%: the issue's example",
      text: opCosts("机关运行经费支出0.30万元，比上年增加0.30万元，增长100%。"),
      findings: [{ outcome: "fail", severity: "error", messageId: "zeroBase", actual: "100%" }],
    },
    {
      name: "a unit founded this year states 增长100.00% → warning",
      text: opCosts("机关运行经费支出184.65万元，比上年增长100.00%。", "本单位于2024年3月新成立，内设股室5个。"),
      findings: [{ outcome: "fail", severity: "warning", messageId: "founded", actual: "100.00%" }],
    },
  ],
});
