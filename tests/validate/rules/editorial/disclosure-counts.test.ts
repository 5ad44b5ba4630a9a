/** disclosure-counts: 公务接待 批次/人次 (外宾 of them), 出国 团组/人次, 公务用车 购置数/保有量, 会议/培训 counts. */
import rule from "../../../../src/validate/rules/editorial/disclosure-counts.js";
import { report, textRuleTester } from "./text-rule-tester.js";

const sg = (s: string) => report(`九、财政拨款“三公”经费支出决算情况说明\n${s}`);
/** Xinjiang 2024 三公 具体情况 (corpus). */
const CJ = [
  "因公出国（境）费支出0.00万元，开支内容包括本单位无因公出国（境）费。单位全年安排的因公出国（境）团组0个，因公出国（境）0人次。",
  "公务用车购置及运行维护费25.66万元，其中：公务用车购置费0.00万元，公务用车运行维护费25.66万元。公务用车运行维护费开支内容包括公务用车燃料费、维修费、停车费过路费、保险费等。公务用车购置数0辆，公务用车保有量8辆。国有资产占用情况中固定资产车辆5辆，与公务用车保有量差异原因是：借用其他单位车辆，车辆费用由本单位支付。",
  "公务接待费1.01万元，开支内容包括接待上级领导检查、调研及缴请专家开展预算绩效培训餐费。单位全年安排的国内公务接待10批次，188人次。",
].join("\n");

textRuleTester(rule, {
  valid: [
    { name: "Xinjiang 2024 (corpus): 接待 10批次 188人次, 保有量 8辆", text: sg(CJ) },
    { name: "Shanghai 2024: 无“三公”经费支出 → not applicable", text: sg("上海市普陀区财政局2024年度无“三公”经费财政拨款支出。") },
    { name: "Sichuan 2023: 外事接待 0万元 needs no count", text: sg("3.公务接待费3.40万元。其中：国内公务接待支出3.40万元。国内公务接待32批次，286人次。外事接待支出0万元。") },
    { name: "Sichuan 2023 (corpus): 会议费 with 3次 and 320人次", text: report("十、其他重要事项的情况说明\n（三）会议费、培训费支出情况说明\n会议费：2023年度会议费支出2.35万元，主要用于召开全县农业农村工作会议、春耕生产现场会等，共召开会议3次，参会人员320人次。") },
    { name: "Hunan 2023 (corpus): 会议费 with 人数280人", text: report("十一、一般性支出情况说明\n2023年度本部门开支会议费3.20万元，用于召开全县自然资源工作会议，人数280人，内容为部署年度重点工作；开支培训费5.60万元，用于开展业务培训，人数420人，内容为业务技能提升。") },
    {
      name: "counts given as columns of the 三公 table",
      text: sg("公务接待费1.01万元，开支内容包括接待上级领导检查。\n\n\n\t财政拨款“三公”经费支出决算表\n\n\t公务接待费（万元）\n\t国内公务接待批次\n\t国内公务接待人次\n\n\t1.01\n\t10\n\t188\n"),
    },
    { name: "会议费 named in a list of 科目 is not a disclosure", text: report("六、一般公共预算财政拨款基本支出决算情况说明\n公用经费133.29万元，主要包括：办公费、会议费、培训费、公务接待费。") },
  ],
  invalid: [
    {
      name: "公务接待费 1.01万元 without 批次 and 人次",
      text: sg(CJ.replace("单位全年安排的国内公务接待10批次，188人次。", "")),
      findings: [{ outcome: "fail", severity: "warning", messageId: "missingCount", message: "公务接待费 1.01万元（第7行），但未披露接待批次、接待人次" }],
    },
    { name: "人次 left out", text: sg(CJ.replace("10批次，188人次", "10批次")), findings: [{ outcome: "fail", messageId: "missingCount", message: "公务接待费 1.01万元（第7行），但未披露接待人次" }] },
    { name: "保有量 left out (固定资产车辆 is not the fleet)", text: sg(CJ.replace("公务用车购置数0辆，公务用车保有量8辆。", "")), findings: [{ outcome: "fail", messageId: "missingCount", message: "公务用车运行维护费 25.66万元（第6行），但未披露公务用车保有量" }] },
    {
      name: "外事接待 with money but no 批次/人次",
      text: sg("公务接待费3.55万元。国内公务接待支出2.75万元，国内公务接待45批次，410人次。外事接待支出0.80万元。"),
      findings: [{ outcome: "fail", messageId: "missingCount", message: "外宾接待 0.80万元（第5行），但未披露外宾接待批次、外宾接待人次" }],
    },
    {
      name: "会议费 without a count of meetings or people",
      text: report("十、其他重要事项的情况说明\n（三）会议费、培训费支出情况说明\n会议费：2023年度会议费支出2.35万元，主要用于召开全县农业农村工作会议、春耕生产现场会等。"),
      findings: [{ outcome: "fail", messageId: "missingCount" }],
    },
  ],
});
