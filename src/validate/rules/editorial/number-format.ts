import type { SourceRef } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { excerpt, place, sentences, textBlocks, where, type TextBlock } from "./text.js";

const NUMBER = "(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
/** What follows a number that ends a statement: punctuation or the end of the text. */
const ENDS = "(?=\\s*(?:[，。；、,;）)]|$))";
/** A rate or share whose number lacks its % sign: "占98.25，", "增长6.70。", "完成预算的98.20；". */
const NO_PERCENT = new RegExp(
  `(?:占[^，。；,;：:%％\\d]{0,25}?|(?:增长|下降|上升|降低)(?:了)?|完成(?:年初|全年|调整后)?预算(?:数)?的?|(?:差异|执行|完成)率(?:为|是)?)\\s*${NUMBER}${ENDS}`,
  "g",
);
/** An amount in 万 without 元: "2,429.10万，", "3.55万（含…）". */
const WAN_NO_YUAN = new RegExp(`${NUMBER}\\s*万(?=\\s*(?:[，。；、,;（(）)]|$))`, "g");
const MONEY = /\d\s*(?:万元|元)/;

/**
 * Punctuation and units in statements of amounts: a rate or share printed without its % sign, an amount in 万
 * without 元, and a parenthesis opened in a statement of amounts and never closed. Warnings: the reader can
 * usually tell what was meant, but the text as printed is wrong.
 */
export default defineRule({
  id: "number-format",
  meta: {
    description: "金额与比率的书写：比率缺少 %、金额“万”后缺少“元”、金额表述中括号未闭合",
    defaultSeverity: "warning",
    messages: {
      ok: "未发现缺少 %、缺少“元”或括号未闭合",
      noPercent: "“{{context}}”（{{where}}）：比率 {{value}} 缺少 % 号",
      wanNoYuan: "“{{context}}”（{{where}}）：金额 {{value}}万 缺少“元”",
      unclosed: "“{{context}}”（{{where}}）：金额表述中的括号“{{bracket}}”未闭合",
    },
  },
  check(ctx) {
    if (!ctx.doc) return;
    let failed = 0;
    const fail = (messageId: string, p: SourceRef, data: Record<string, string>) => {
      failed++;
      ctx.report({ outcome: "fail", messageId, data: { ...data, where: where(p) }, places: [p] });
    };
    const blocks = textBlocks(ctx).filter((b) => !b.toc);
    blocks.forEach((tb, k) => {
      const text = tb.text;
      for (const m of text.matchAll(NO_PERCENT)) {
        const s = m.index! + m[0].length - m[1].length;
        fail("noPercent", place(ctx, tb.index, m.index!, s + m[1].length), { value: m[1], context: excerpt(text, m.index!, s + m[1].length, 10) });
      }
      for (const m of text.matchAll(WAN_NO_YUAN)) {
        // Only where the sentence speaks of money (other 万 are people, square metres, households).
        const [s0, s1] = sentences(text).find(([a, b]) => m.index! >= a && m.index! < b) ?? [0, text.length];
        if (!MONEY.test(text.slice(s0, s1)) && !/\.\d/.test(m[1])) continue;
        // A line break between 万 and 元 (text dumps keep one line per block).
        if (/^\s*$/.test(text.slice(m.index! + m[0].length)) && /^\s*元/.test(blocks[k + 1]?.text ?? "")) continue;
        fail("wanNoYuan", place(ctx, tb.index, m.index!, m.index! + m[0].length), { value: m[1], context: excerpt(text, m.index!, m.index! + m[0].length, 10) });
      }
      for (const at of unclosed(text, blocks.slice(k + 1, k + 6))) {
        const [s0, s1] = sentences(text).find(([a, b]) => at >= a && at < b) ?? [0, text.length];
        if (!MONEY.test(text.slice(at, s1)) && !MONEY.test(text.slice(s0, at))) continue;
        fail("unclosed", place(ctx, tb.index, at, at + 1), { bracket: text[at], context: excerpt(text, at, Math.min(s1, at + 20), 8) });
      }
    });
    if (failed === 0) ctx.report({ outcome: "pass", messageId: "ok" });
  },
});

/**
 * Offsets of opening brackets never closed in the block. A statement carried over to the next blocks (a page
 * break, or a text dump's line break) is closed there: its closing brackets come before any opening one.
 */
function unclosed(text: string, next: TextBlock[]): number[] {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "（" || c === "(") open.push(i);
    else if ((c === "）" || c === ")") && open.length) open.pop();
  }
  if (open.length === 0) return open;
  const after = next.filter((b) => b.block.type === "paragraph").map((b) => b.text).join("").slice(0, 400);
  for (const c of after) {
    if (c === "（" || c === "(" || open.length === 0) break;
    if (c === "）" || c === ")") open.pop();
  }
  return open;
}
