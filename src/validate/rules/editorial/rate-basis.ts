import { agree, fmt, percent, printed } from "../../interval.js";
import { defineRule } from "../../rule.js";
import { NUM, num, place, sentences, textBlocks, where } from "./text.js";

const INITIAL = new RegExp(`年初预算(?:数)?(?:为|是)?\\s*${NUM}\\s*万元`);
const FULL = new RegExp(`(?:全年|调整后)预算(?:数)?(?:为|是)?\\s*${NUM}\\s*万元`);
const FINAL = new RegExp(`(?:支出)?决算(?:数)?(?:为|是)?\\s*${NUM}\\s*万元`);
/** "完成年初预算的98.20%", "为全年预算的96.5%". */
const RATE = new RegExp(`(?:完成|为|占)(年初|全年|调整后)预算(?:数)?的\\s*${NUM}\\s*[%％]`, "g");

/**
 * A completion rate labelled with one budget but computed on the other: "年初预算为A万元，全年预算为B万元，决算为C万元，
 * 完成年初预算的X%" where X = C ÷ B, not C ÷ A. Judged only where the paragraph states both budgets and the rate
 * agrees with the other one (a rate that agrees with neither is rule budget-rate's mismatch). An error: the
 * number is wrong for the words it stands by.
 */
export default defineRule({
  id: "rate-basis",
  meta: {
    description: "完成率的口径（年初预算/全年预算）与其计算所用的预算数一致",
    defaultSeverity: "error",
    messages: {
      ok: "“完成{{basis}}预算的 {{rate}}%”按{{basis}}预算 {{budget}} 计算一致",
      wrongBasis: "“{{context}}”（{{where}}）：称完成{{basis}}预算的 {{rate}}%，按{{basis}}预算 {{budget}} 万元应为 {{expected}}%；{{rate}}% 是按{{other}}预算 {{otherBudget}} 万元计算的",
    },
  },
  check(ctx) {
    for (const tb of textBlocks(ctx)) {
      if (tb.toc) continue;
      const text = tb.text;
      for (const m of text.matchAll(RATE)) {
        // The budgets and the final amount of the same statement: this sentence and the ones before it in the paragraph.
        const [s0] = sentences(text).find(([a, b]) => m.index! >= a && m.index! < b) ?? [0];
        const head = text.slice(Math.max(0, text.lastIndexOf("。", s0 - 2) + 1), m.index!);
        const ini = INITIAL.exec(head), full = FULL.exec(head), fin = [...head.matchAll(new RegExp(FINAL.source, "g"))].pop();
        if (!ini || !full || !fin) continue;
        const a = num(ini[1]), b = num(full[1]), c = num(fin[1]), r = num(m[2]);
        if (!a || !b || !c || !r || a === b) continue;
        const basis = m[1] === "年初" ? "年初" : "全年";
        const [named, other] = basis === "年初" ? [a, b] : [b, a];
        const onNamed = percent(printed(c), printed(named));
        const onOther = percent(printed(c), printed(other));
        if (!onNamed || !onOther) continue;
        const stated = printed(r);
        const p = place(ctx, tb.index, m.index!, m.index! + m[0].length);
        if (agree(stated, onNamed) !== "mismatch") {
          ctx.report({ outcome: "pass", messageId: "ok", data: { basis, rate: r, budget: named }, places: [p] });
          continue;
        }
        if (agree(stated, onOther) === "mismatch") continue;
        const expected = fmt(onNamed.mid, stated.decimals);
        ctx.report({
          outcome: "fail",
          messageId: "wrongBasis",
          data: { context: m[0], where: where(p), basis, rate: r, budget: named, expected, other: basis === "年初" ? "全年" : "年初", otherBudget: other },
          expected,
          actual: r,
          unit: "%",
          places: [p],
        });
      }
    }
  },
});
