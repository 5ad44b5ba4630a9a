/**
 * Defect variants of the corpus reports (issue 10): one defect per copy, every category of the editorial and
 * completeness rules, written to samples/variants/defects/ with the findings each copy must produce
 * (expected.tsv). The unedited copies (*.base.txt) must produce no finding at all (tests check both).
 *
 * Bases: the Xinjiang seed text, the four regional texts, and the Shanghai 2024 PDF rendered as text by our own
 * PDF reader (tables as tab lines, the seed's format) with its known defects corrected (P1–P4, P6, P7 of its
 * truth file), so that it is consistent; the Hunan text with its copied item purposes made distinct, and once more
 * under a unit name with 和 (for the 和/与 defect).
 *
 *   npx tsx scripts/make-defect-variants.ts        (deterministic; commit the output)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../src/read/index.js";
import type { Doc } from "../src/model/document.js";

const OUT = "samples/variants/defects";

/** A Doc as seed-format text: paragraphs one per line; a table as one tab-indented cell per line, a blank line
 * between rows, its caption lines first; spanned header cells repeat their owner's text. */
function renderText(doc: Doc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== "table") {
      out.push(b.text.trim());
      continue;
    }
    out.push("", "");
    for (const c of b.caption) out.push("\t" + c.trim(), "");
    const firstData = b.rows.findIndex((r) => r.some((c) => c.state === "number"));
    b.rows.forEach((row, r) => {
      for (const c of row) out.push("\t" + (c.spanOf ? (r < firstData ? b.rows[c.spanOf[0]][c.spanOf[1]].text : "") : c.text).replace(/\s*\n\s*/g, ""));
      out.push("");
    });
    out.push("", "");
  }
  return out.join("\n") + "\n";
}

/** Replace the nth occurrence (1-based) of `find`; a missing anchor is a bug in this script. */
function edit(text: string, find: string, replace: string, nth = 1): string {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) throw new Error(`anchor not found (occurrence ${k + 1}): ${find}`);
  }
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

type Edit = [find: string, replace: string, nth?: number];

interface Variant {
  id: string;
  base: string;
  category: string;
  edits: Edit[];
  /** The finding the copy must produce: rule, and optionally messageId and severity. */
  rule: string;
  messageId?: string;
  severity?: "error" | "warning";
  note: string;
}

async function bases(): Promise<Record<string, string>> {
  const changji = readFileSync("samples/changji-czj-2024.txt", "utf8");
  const regional = (n: string) => readFileSync(`samples/variants/regional/${n}.txt`, "utf8");
  // Shanghai: our reading of the PDF, with the report's known defects corrected.
  const { doc } = await readDocument({ path: "samples/shanghai-putuo-czj-2024.pdf" });
  let sh = renderText(doc);
  for (const [f, r, n] of [
    ["财政拨款收入支出总计0.3万元", "财政拨款收入支出总计2961.68万元"], // P1
    ["基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。\n五、", "财政拨款收支规模与上年相当。\n五、"], // P2
    ["一般公共服务支出（类）2106.66万元，占71.73%", "一般公共服务支出（类）2106.66万元，占71.65%"], // P3
    ["因公出国（境）费决算为0.00万元，完成预算的0%；", "因公出国（境）费决算为0.00万元；"], // P4
    ["公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%；", "公务用车购置及运行维护费支出决算为0.00万元；"], // P4
    ["退休费、个人农业生产补贴", "退休费、奖励金"], // P6
    ["十一、其他重要事项说明", "十一、其他重要事项的情况说明"], // P7
  ] as Edit[]) sh = edit(sh, f, r, n);
  // Hunan: every item states the same purpose; give each its own (the copy is a defect of its own).
  let hunan = regional("hunan-rucheng-zrzyj-2023");
  hunan = hunan.replace(/（款）([^（\n]+)（项）(.*?)主要用于本部门在职人员相关支出及自然资源管理工作/g, (_m, item: string, mid: string) => `（款）${item}（项）${mid}主要用于${item}方面的支出`);
  return {
    changji,
    shanghai: sh,
    central: regional("central-danjiangkou-scjgj-2023"),
    hunan,
    "hunan-he": hunan.replaceAll("汝城县自然资源局", "汝城县自然资源和规划局"),
    sichuan: regional("sichuan-penan-nyj-2023"),
    linxiang: regional("unit-linxiang-rmtzx-2023"),
  };
}

const V: Variant[] = [
  // — 目录 vs 正文, years —
  { id: "toc-wording", base: "shanghai", category: "toc", edits: [["四、财政拨款收入支出决算总体情况说明", "四、财政拨款收支决算总体情况说明", 1]], rule: "toc-heading", messageId: "mismatch", note: "目录四 与正文措辞不同" },
  { id: "toc-wording-2", base: "shanghai", category: "toc", edits: [["十、预算绩效管理情况", "十、预算绩效管理工作情况", 1]], rule: "toc-heading", messageId: "mismatch", note: "目录十 与正文措辞不同" },
  { id: "toc-wording-3", base: "hunan", category: "toc", edits: [["第四部分 名词解释", "第四部分 专业名词解释", 1]], rule: "toc-heading", messageId: "mismatch", note: "目录 第四部分 与正文不同" },
  { id: "toc-year-truncated", base: "shanghai", category: "toc", edits: [["第三部分上海市普陀区财政局2024年度部门决算情况说明", "第三部分上海市普陀区财政局202年度部门决算情况说明", 1]], rule: "report-year", messageId: "truncated", severity: "error", note: "目录年份 202 年度" },
  { id: "toc-year-truncated-2", base: "hunan", category: "toc", edits: [["第二部分 2023年度部门决算表", "第二部分 202年度部门决算表", 1]], rule: "report-year", messageId: "truncated", severity: "error", note: "目录年份 202 年度" },
  { id: "title-year", base: "shanghai", category: "year", edits: [["第二部分上海市普陀区财政局2024年度部门决算表", "第二部分上海市普陀区财政局2023年度部门决算表", 2]], rule: "report-year", messageId: "otherYear", severity: "error", note: "正文第二部分标题年度 2023" },
  { id: "title-year-2", base: "central", category: "year", edits: [["第二部分 2023年度部门决算表", "第二部分 2022年度部门决算表"]], rule: "report-year", messageId: "otherYear", severity: "error", note: "第二部分标题年度 2022" },
  { id: "table-title-year", base: "changji", category: "year", edits: [["\t（2024年度）", "\t（2023年度）"]], rule: "report-year", messageId: "otherYear", severity: "error", note: "绩效自评表表头年度 2023" },
  { id: "text-year-truncated", base: "changji", category: "year", edits: [["2024年度一般公共预算财政拨款基本支出1,580.21万元", "202年度一般公共预算财政拨款基本支出1,580.21万元"]], rule: "report-year", messageId: "truncated", severity: "warning", note: "正文年份 202 年度" },
  // — direction words —
  { id: "direction-garbled", base: "changji", category: "direction", edits: [["比上年减少6.27万元，下降19.03%", "比上年减增加6.27万元，下降19.03%"]], rule: "direction-words", messageId: "garbled", note: "减增加" },
  { id: "direction-garbled-2", base: "shanghai", category: "direction", edits: [["比2023年度增加2.55万元", "比2023年度减增加2.55万元"]], rule: "direction-words", messageId: "garbled", note: "减增加" },
  { id: "direction-flat-change", base: "changji", category: "direction", edits: [["比上年减少6.33万元，下降19.79%", "比上年减少6.33万元，与上年持平"]], rule: "direction-words", messageId: "flatWithChange", severity: "error", note: "减少6.33万元…与上年持平" },
  { id: "direction-flat-to-zero", base: "changji", category: "direction", edits: [["因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元，增长0.00%", "因公出国（境）费支出0.00万元，占0.00%，比上年减少为0.00万元，与上年持平"]], rule: "direction-words", messageId: "flatWithChange", note: "减少为0.00万元…与上年持平" },
  { id: "direction-from-to", base: "changji", category: "direction", edits: [["支出决算数为657.77万元，比上年决算增加41.29万元", "支出决算数由716.48万元增加到657.77万元"]], rule: "direction-words", messageId: "fromTo", severity: "error", note: "由716.48增加到657.77" },
  { id: "direction-reason", base: "shanghai", category: "direction", edits: [["财政拨款收支规模与上年相当。", "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。"]], rule: "yoy-direction-reason", messageId: "contradiction", note: "持平 而原因为减少（上海 P2）" },
  { id: "direction-reason-2", base: "changji", category: "direction", edits: [["收入支出总体与上年相比，减少250.35万元，下降8.24%，主要原因是：本年减少", "收入支出总体与上年相比持平，主要原因是：本年减少"]], rule: "yoy-direction-reason", messageId: "contradiction", note: "持平 而原因为减少" },
  { id: "direction-budget", base: "shanghai", category: "direction", edits: [["决算数小于预算数的主要原因：因产业政策扶持资金管理系统项目进度", "决算数大于预算数的主要原因：因产业政策扶持资金管理系统项目进度"]], rule: "budget-direction", messageId: "mismatch", severity: "error", note: "135.25 < 135.90 却称大于" },
  { id: "direction-budget-2", base: "central", category: "direction", edits: [["决算数小于年初预算数的主要原因是：部分抽检项目", "决算数大于年初预算数的主要原因是：部分抽检项目"]], rule: "budget-direction", messageId: "mismatch", severity: "error", note: "391.28 < 420.00 却称大于" },
  { id: "direction-budget-rate", base: "sichuan", category: "direction", edits: [["完成预算95.63%。决算数小于预算数", "完成预算95.63%。决算数大于预算数"]], rule: "budget-direction", messageId: "rateMismatch", severity: "error", note: "完成预算95.63% 却称大于" },
  // — counts a section must disclose —
  { id: "disclosure-reception", base: "changji", category: "disclosure", edits: [["单位全年安排的国内公务接待10批次，188人次。", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去公务接待批次、人次" },
  { id: "disclosure-reception-persons", base: "changji", category: "disclosure", edits: [["国内公务接待10批次，188人次", "国内公务接待10批次"]], rule: "disclosure-counts", messageId: "missingCount", note: "删去公务接待人次" },
  { id: "disclosure-reception-2", base: "central", category: "disclosure", edits: [["国内公务接待45批次，410人次。", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去公务接待批次、人次" },
  { id: "disclosure-reception-3", base: "linxiang", category: "disclosure", edits: [["；全年国内公务接待36批次，298人次", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去公务接待批次、人次" },
  { id: "disclosure-foreign", base: "central", category: "disclosure", edits: [["国内公务接待支出3.55万元", "国内公务接待支出2.75万元"], ["外事接待支出0万元。", "外事接待支出0.80万元。"]], rule: "disclosure-counts", messageId: "missingCount", note: "外事接待0.80万元未说明批次、人次" },
  { id: "disclosure-fleet", base: "changji", category: "disclosure", edits: [["公务用车购置数0辆，公务用车保有量8辆。", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去公务用车购置数、保有量" },
  { id: "disclosure-fleet-2", base: "hunan", category: "disclosure", edits: [["2023年末公务用车保有量5辆。", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去保有量" },
  { id: "disclosure-meeting", base: "sichuan", category: "disclosure", edits: [["，共召开会议3次，参会人员320人次", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去会议次数、人次" },
  { id: "disclosure-training", base: "sichuan", category: "disclosure", edits: [["，共组织培训12次，培训人员1,050人次", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去培训次数、人次" },
  { id: "disclosure-meeting-2", base: "hunan", category: "disclosure", edits: [["，人数280人", ""]], rule: "disclosure-counts", messageId: "missingCount", note: "删去会议人数" },
  // — growth against a zero base —
  { id: "zero-growth", base: "changji", category: "zero-growth", edits: [["支出决算数为6.35万元，比上年决算增加5.25万元，增长477.27%", "支出决算数为6.35万元，比上年决算增加6.35万元，增长100.00%"]], rule: "growth-zero-base", messageId: "zeroBase", note: "上年为0 却称增长100%" },
  { id: "zero-growth-2", base: "shanghai", category: "zero-growth", edits: [["比2023年度增加2.55万元，增长1.40%", "比2023年度增加184.65万元，增长100.00%"]], rule: "growth-zero-base", messageId: "zeroBase", note: "机关运行经费 上年为0 却称增长100%" },
  { id: "zero-growth-3", base: "central", category: "zero-growth", edits: [["比2022年度增加12.40万元，增长5.21%", "比2022年度增加250.58万元，增长100.00%"]], rule: "growth-zero-base", messageId: "zeroBase", note: "机关运行经费 上年为0" },
  { id: "zero-growth-4", base: "linxiang", category: "zero-growth", edits: [["比上年减少12,340.00元，下降12.48%", "比上年增加86,520.00元，增长100.00%"]], rule: "growth-zero-base", messageId: "zeroBase", note: "三公（元）上年为0" },
  { id: "zero-growth-founded", base: "changji", category: "zero-growth", edits: [["昌吉回族自治州财政局无下属预算单位", "本单位于2024年3月新成立。昌吉回族自治州财政局无下属预算单位"], ["收入支出总体与上年相比，减少250.35万元，下降8.24%，", "收入支出总体与上年相比，增长100.00%，"]], rule: "growth-zero-base", messageId: "founded", note: "本年新成立却称增长100%" },
  // — completion rates against a zero budget or the other budget —
  { id: "completion-zero-budget", base: "changji", category: "completion", edits: [["公务用车购置费全年预算数0.00万元，决算数0.00万元，预决算差异率0.00%", "公务用车购置费全年预算数0.00万元，决算数0.00万元，完成预算的0.00%"]], rule: "sangong", messageId: "zeroBaseStated", severity: "error", note: "预算为0 却称完成预算的0.00%" },
  { id: "completion-blank-budget", base: "shanghai", category: "completion", edits: [["因公出国（境）费决算为0.00万元；", "因公出国（境）费决算为0.00万元，完成预算的0%；"]], rule: "sangong", messageId: "zeroBaseStated", severity: "error", note: "预算空白 却称完成预算的0%（上海 P4）" },
  { id: "completion-basis", base: "changji", category: "completion", edits: [["与年初预算相比，年初预算数2,285.54万元，决算数2,429.10万元，预决算差异率6.28%", "与年初预算相比，年初预算数2,285.54万元，全年预算数2,500.00万元，决算数2,429.10万元，完成年初预算的97.16%"]], rule: "rate-basis", messageId: "wrongBasis", severity: "error", note: "完成年初预算的97.16% 实按全年预算计算" },
  { id: "completion-basis-2", base: "central", category: "completion", edits: [["年初预算为420.00万元，支出决算为391.28万元，完成年初预算的93.16%", "年初预算为420.00万元，全年预算为400.00万元，支出决算为391.28万元，完成年初预算的97.82%"]], rule: "rate-basis", messageId: "wrongBasis", severity: "error", note: "完成年初预算的97.82% 实按全年预算计算" },
  // — template residue —
  { id: "residue-alternative", base: "changji", category: "residue", edits: [["比上年减少6.27万元，下降19.03%", "比上年减少（增加）6.27万元，下降19.03%"]], rule: "template-residue", messageId: "residue", note: "减少（增加）" },
  { id: "residue-alternative-2", base: "changji", category: "residue", edits: [["下降7.96%，主要原因是", "下降（增长）7.96%，主要原因是"]], rule: "template-residue", messageId: "residue", note: "下降（增长）" },
  { id: "residue-alternative-3", base: "hunan", category: "residue", edits: [["比上年减少0.12万元，下降4.26%", "比上年减少（增加）0.12万元，下降4.26%"]], rule: "template-residue", messageId: "residue", note: "减少（增加）" },
  { id: "residue-alternative-4", base: "sichuan", category: "residue", edits: [["增加134.25万元，增长5.49%", "增加134.25万元，增长（下降）5.49%"]], rule: "template-residue", messageId: "residue", note: "增长（下降）" },
  { id: "residue-placeholder", base: "changji", category: "residue", edits: [["本年度全区会计专业技术资格考试考务工作经费较上年增加", "XXXXXXXX"]], rule: "template-residue", messageId: "residue", note: "原因为 XXXXXXXX" },
  { id: "residue-placeholder-unit", base: "changji", category: "residue", edits: [["公务接待费1.01万元，开支内容", "公务接待费XX万元，开支内容"]], rule: "template-residue", messageId: "residue", note: "XX万元" },
  { id: "residue-instruction", base: "changji", category: "residue", edits: [["具体情况如下：", "具体情况如下（列明公务接待批次、人次）："]], rule: "template-residue", messageId: "residue", note: "列明" },
  { id: "residue-instruction-2", base: "shanghai", category: "residue", edits: [["注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。", "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。"]], rule: "template-residue", messageId: "residue", note: "仍保留该表格式，并在本表下方作下述说明" },
  { id: "residue-instruction-3", base: "shanghai", category: "residue", edits: [["决算数与预算数基本持平。", "决算数与预算数基本持平（如持平作持平表述）。"]], rule: "template-residue", messageId: "residue", note: "（如持平作持平表述）" },
  // — % sign, 万 without 元, brackets —
  { id: "format-percent", base: "changji", category: "format", edits: [["财政拨款收入2,429.10万元，占98.25%", "财政拨款收入2,429.10万元，占98.25"]], rule: "number-format", messageId: "noPercent", note: "占98.25 缺%" },
  { id: "format-percent-2", base: "changji", category: "format", edits: [["下降8.24%，主要原因是", "下降8.24，主要原因是"]], rule: "number-format", messageId: "noPercent", note: "下降8.24 缺%" },
  { id: "format-percent-3", base: "shanghai", category: "format", edits: [["财政拨款收入2940.05万元，占99.79%", "财政拨款收入2940.05万元，占99.79"]], rule: "number-format", messageId: "noPercent", note: "占99.79 缺%" },
  { id: "format-wan", base: "changji", category: "format", edits: [["本年支出2,497.29万元，其中", "本年支出2,497.29万，其中"]], rule: "number-format", messageId: "wanNoYuan", note: "2,497.29万 缺元" },
  { id: "format-wan-2", base: "sichuan", category: "format", edits: [["本年收入合计2,492.18万元，其中", "本年收入合计2,492.18万，其中"]], rule: "number-format", messageId: "wanNoYuan", note: "2,492.18万 缺元" },
  { id: "format-bracket", base: "changji", category: "format", edits: [["年初结转和结余317.06万元。", "年初结转和结余（含专用结余317.06万元。"]], rule: "number-format", messageId: "unclosed", note: "括号未闭合" },
  { id: "format-bracket-2", base: "central", category: "format", edits: [["其他收入58.20万元，占1.79%。", "其他收入（检验检测服务收入58.20万元，占1.79%。"]], rule: "number-format", messageId: "unclosed", note: "括号未闭合" },
  // — the unit's name —
  { id: "unit-district", base: "shanghai", category: "unit-name", edits: [["上海市普陀区财政局2024年度收入支出总计", "上海市财政局2024年度收入支出总计"]], rule: "unit-name", messageId: "differs", note: "缺区名" },
  { id: "unit-district-title", base: "shanghai", category: "unit-name", edits: [["第一部分上海市普陀区财政局概况", "第一部分上海市财政局概况", 2]], rule: "unit-name", messageId: "differs", note: "正文第一部分标题缺区名" },
  { id: "unit-he-yu", base: "hunan-he", category: "unit-name", edits: [["汝城县自然资源和规划局为县人民政府工作部门", "汝城县自然资源与规划局为县人民政府工作部门"]], rule: "unit-name", messageId: "differs", note: "和 写作 与" },
  // — procurement parts exceeding the whole —
  { id: "procurement-sme", base: "shanghai", category: "procurement", edits: [["由中小企业供应商中标或成交的，采购金额4.79万元", "由中小企业供应商中标或成交的，采购金额14.79万元"]], rule: "procurement", messageId: "partsExceed", severity: "error", note: "预留 246.47 + 其他 14.79 > 总额 251.25" },
  { id: "procurement-small", base: "changji", category: "procurement", edits: [["授予小微企业合同金额151.37万元，占政府采购支出总额的23.59%", "授予小微企业合同金额601.37万元，占政府采购支出总额的93.73%"]], rule: "procurement", messageId: "partsExceed", severity: "error", note: "小微 601.37 > 中小 561.02" },
  { id: "procurement-total", base: "central", category: "procurement", edits: [["授予中小企业合同金额420.60万元，占政府采购支出总额的86.50%", "授予中小企业合同金额496.25万元，占政府采购支出总额的102.06%"]], rule: "procurement", messageId: "partsExceed", severity: "error", note: "中小 496.25 > 总额 486.25" },
  // — an item's purpose copied from the item above —
  { id: "purpose-copied", base: "shanghai", category: "purpose", edits: [["主要用于：局财政业务指导与宣传等基本支出。", "主要用于：局本部人员经费及公用经费等的基本支出。"]], rule: "purpose-copied", messageId: "copied", note: "项2 照抄项1 用途" },
  { id: "purpose-copied-2", base: "shanghai", category: "purpose", edits: [["主要用于：缴纳在职人员住房公积金。", "主要用于：在职人员基本医疗保险费。"]], rule: "purpose-copied", messageId: "copied", note: "项10 照抄项9 用途" },
  { id: "purpose-copied-3", base: "central", category: "purpose", edits: [["主要用于市场监管综合执法、“双随机、一公开”监管等工作支出。", "主要用于局机关及所属执法机构人员工资福利和日常运转支出。"]], rule: "purpose-copied", messageId: "copied", note: "项2 照抄项1 用途" },
];

const all = await bases();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(all)) writeFileSync(join(OUT, `${name}.base.txt`), text);
const rows = ["# file\tcategory\trule\tmessageId\tseverity\tedit"];
for (const v of V) {
  let text = all[v.base];
  if (text === undefined) throw new Error(`unknown base ${v.base}`);
  for (const [f, r, n] of v.edits) text = edit(text, f, r, n);
  const file = `${v.base}--${v.id}.txt`;
  writeFileSync(join(OUT, file), text);
  rows.push([file, v.category, v.rule, v.messageId ?? "", v.severity ?? "", v.note].join("\t"));
}
writeFileSync(join(OUT, "expected.tsv"), rows.join("\n") + "\n");
console.log(`wrote ${readdirSync(OUT).length} files to ${OUT} (${V.length} variants, ${Object.keys(all).length} bases)`);
