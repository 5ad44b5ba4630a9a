import { Decimal } from "decimal.js";
import type { Fact } from "../../../model/fact.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { NUM, num, place, sentences, textBlocks, where, type TextBlock } from "./text.js";

const COUNT = "(?:\\d+|[零一二三四五六七八九十百两]+)";
const has = (re: string, s: string) => new RegExp(re).test(s);
/** The fleet: "公务用车保有量8辆", "保有量为4辆", "共有公务用车11辆" (not the assets' "车辆5辆"). */
const FLEET = `保有(?:量)?[^。；，,\\d]{0,6}?${COUNT}\\s*辆|(?:共有|实有|现有)公务用?车(?:辆)?[^。；，,\\d]{0,4}?${COUNT}\\s*辆`;

interface Need {
  /** What is spent, and what the template asks to count. */
  item: string;
  amount?: Fact;
  /** The sentences that speak of it (where its counts belong). */
  where: RegExp;
  counts: [label: string, re: string][];
}

/** An item's amount: the narrative statement, else the 三公 table's 决算数. */
function amountOf(ctx: RuleContext, concept: string): Fact | undefined {
  return ctx.facts.all(concept).find((f) => Object.keys(f.dims).length === 0) ?? ctx.facts.one(concept, {}, { table: "T7" });
}

const positive = (f: Fact | undefined) => f !== undefined && new Decimal(f.value).gt(0);

/**
 * Counts a section must disclose beside its money (the templates' "列明…批次、人次"): 公务接待 批次 and 人次
 * (and of them 外事/外宾接待 when that has money), 因公出国（境）团组 and 人次, 公务用车 购置数 when cars were bought
 * and 保有量 when cars were run, and the number of meetings and trainings (or participants) where the report
 * states 会议费 / 培训费 as items. Judged only where the report has the section and the item has money; a
 * missing count is a warning (the count may sit where the reader did not look).
 */
export default defineRule({
  id: "disclosure-counts",
  meta: {
    description: "应披露的数量：公务接待批次与人次（含外宾接待）、出国团组与人次、公务用车购置数与保有量、会议和培训的次数或人数",
    defaultSeverity: "warning",
    messages: {
      ok: "{{item}}：{{counts}}已披露",
      missingCount: "{{item}}{{amount}}（{{where}}），但未披露{{missing}}",
      noSection: "报告中没有“三公”经费支出情况说明，无法核对应披露的数量",
      noSpending: "{{item}}为 0 或报告本年无此项支出，无需披露数量",
      noAmount: "未能读到{{item}}的金额，无法判断是否应披露数量",
    },
  },
  check(ctx) {
    if (!ctx.doc) return;
    const blocks = textBlocks(ctx).filter((b) => !b.toc);
    const sg = blocks.filter((b) => b.kinds.includes("sangong"));
    // 会议费 / 培训费 stated as items with money, wherever the report states them (some templates ask for them).
    for (const [item, word, what] of [["会议费", "会议", "会议次数或参会人数"], ["培训费", "培训", "培训次数或参训人数"]] as const) {
      for (const b of blocks) {
        for (const [s0, s1] of sentences(b.text)) {
          const sentence = b.text.slice(s0, s1);
          const m = new RegExp(`(?<![、，])${item}(?:支出|开支|决算数?)?(?:为|是|共计|合计)?\\s*${NUM}\\s*(万元|元)`).exec(sentence);
          if (!m || /[、]/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
          const v = num(m[1]);
          if (!v || new Decimal(v).isZero()) continue;
          // Its counts: in this sentence, or the next one unless that states another amount.
          const next = sentences(b.text).find(([a]) => a === s1);
          const nextText = next ? b.text.slice(next[0], next[1]) : "";
          const scope = (sentence + (/\d\s*万?元/.test(nextText) ? "" : nextText)).replace(m[0], "");
          const ok = has(`${COUNT}\\s*(?:次|个|期|场|批)(?!数)`, scope) && new RegExp(word).test(scope) || has(`${COUNT}\\s*(?:人次|人)`, scope);
          const p = place(ctx, b.index, s0 + m.index, s0 + m.index + m[0].length);
          if (ok) ctx.report({ outcome: "pass", messageId: "ok", data: { item, counts: what }, places: [p] });
          else ctx.report({ outcome: "fail", messageId: "missingCount", data: { item, amount: ` ${m[1]}${m[2]}`, where: where(p), missing: what }, places: [p] });
        }
      }
    }
    if (sg.length === 0) {
      ctx.report({ outcome: "insufficient_data", messageId: "noSection" });
      return;
    }
    const sgText = sg.map((b) => b.text).join("\n");
    // Some layouts give the counts as columns of the 三公 table (接待批次 / 接待人次 / 保有量 / 购置数).
    const t7 = ctx.doc.blocks
      .filter((b) => b.type === "table")
      .map((b) => (b.type === "table" ? [...b.caption, ...b.rows.flat().map((c) => c.text)].join("|") : ""))
      .filter((t) => /三公|公务接待|公务用车/.test(t))
      .join("|");
    const COLUMN: Record<string, RegExp> = { 接待批次: /批次/, 接待人次: /接待[^|]{0,6}人次|人次/, "出国（境）团组数": /团组/, "出国（境）人次": /出国[^|]{0,8}人次/, 购置车辆数: /购置(?:数|数量|车辆)/, 公务用车保有量: /保有/ };
    const inTable = (label: string) => COLUMN[label] !== undefined && COLUMN[label].test(t7);
    const needs: Need[] = [
      { item: "公务接待费", amount: amountOf(ctx, "sangong.reception"), where: /接待/, counts: [["接待批次", `${COUNT}\\s*批`], ["接待人次", `${COUNT}\\s*(?:人次|人)`]] },
      { item: "因公出国（境）费", amount: amountOf(ctx, "sangong.abroad"), where: /出国|出境|团组/, counts: [["出国（境）团组数", `(?:团组|团)[^。；]{0,6}?${COUNT}\\s*(?:个|批|次)|${COUNT}\\s*(?:个|批|次)[^。；]{0,4}?团组`], ["出国（境）人次", `${COUNT}\\s*(?:人次|人)`]] },
      { item: "公务用车购置费", amount: amountOf(ctx, "sangong.vehicle.purchase"), where: /购置|购买|购入|更新/, counts: [["购置车辆数", `${COUNT}\\s*辆`]] },
      { item: "公务用车运行维护费", amount: amountOf(ctx, "sangong.vehicle.operation"), where: /./, counts: [["公务用车保有量", FLEET]] },
    ];
    for (const n of needs) {
      if (!n.amount) {
        if (/无[“"]?三公[”"]?经费(?:财政拨款)?支出/.test(sgText)) ctx.report({ outcome: "not_applicable", messageId: "noSpending", data: { item: n.item } });
        else ctx.report({ outcome: "insufficient_data", messageId: "noAmount", data: { item: n.item } });
        continue;
      }
      if (!positive(n.amount)) {
        ctx.report({ outcome: "not_applicable", messageId: "noSpending", data: { item: n.item }, facts: [n.amount] });
        continue;
      }
      const missing = n.counts.filter(([label, re]) => !speaks(sg, n.where, re) && !inTable(label)).map(([label]) => label);
      // 保有量 is sometimes given with the assets (国有资产占用情况): accept it stated anywhere.
      if (n.item === "公务用车运行维护费" && missing.length && blocks.some((b) => has(FLEET, b.text))) missing.length = 0;
      if (missing.length === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { item: n.item, counts: n.counts.map(([l]) => l).join("、") }, facts: [n.amount] });
      else ctx.report({ outcome: "fail", messageId: "missingCount", data: { item: n.item, amount: ` ${n.amount.value}${n.amount.unit}`, where: where(n.amount.source), missing: missing.join("、") }, facts: [n.amount] });
    }
    // Of 公务接待: 外事（外宾）接待 with money needs its own 批次 and 人次.
    for (const b of sg) {
      const m = new RegExp(`(?:外事|外宾)接待(?:费|支出|经费)?(?:为|是)?\\s*${NUM}\\s*(万元|元)`).exec(b.text);
      if (!m) continue;
      const v = num(m[1]);
      const p = place(ctx, b.index, m.index, m.index + m[0].length);
      if (!v || new Decimal(v).isZero()) continue;
      const tail = b.text.slice(m.index);
      const missing = [["外宾接待批次", `${COUNT}\\s*批`], ["外宾接待人次", `${COUNT}\\s*(?:人次|人)`]].filter(([, re]) => !new RegExp(re).test(tail.slice(0, 120))).map(([l]) => l);
      if (missing.length === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { item: "外宾接待", counts: "批次、人次" }, places: [p] });
      else ctx.report({ outcome: "fail", messageId: "missingCount", data: { item: "外宾接待", amount: ` ${m[1]}${m[2]}`, where: where(p), missing: missing.join("、") }, places: [p] });
    }
  },
});

/** Does any sentence of the section that speaks of the item (`about`) state the count (`count`)? */
function speaks(blocks: TextBlock[], about: RegExp, count: string): boolean {
  const re = new RegExp(count);
  for (const b of blocks) {
    for (const [s0, s1] of sentences(b.text)) {
      const s = b.text.slice(s0, s1);
      if (about.test(s) && re.test(s)) return true;
    }
  }
  return false;
}
