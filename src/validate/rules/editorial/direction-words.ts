import { Decimal } from "decimal.js";
import { defineRule } from "../../rule.js";
import { excerpt, num, NUM, place, sentences, textBlocks, where } from "./text.js";

const UP = "增加|增长|上升|提高|增多";
const DOWN = "减少|下降|降低|减|下滑|缩减";
/** "减增加", "增减少", "增加减少": two opposite direction words run together (an edit half done). */
const GARBLED = new RegExp(`(?<![核缩删扣抵削递加冲裁精])减(?:${UP})|(?<![新递净倍激陡骤猛])增(?:减少|下降|降低)|(?:增加|增长)(?:减少|下降)|(?:减少|下降)(?:增加|增长)`, "g");
/** A change stated with a number: "减少6.27万元", "减少为0.00万元", "下降19.03%". */
const CHANGE = new RegExp(`(${UP}|${DOWN})(了)?(为|至|到)?\\s*${NUM}\\s*(万元|元|%|％)`, "g");
/** A 持平 clause without a subject of its own: "与上年持平", "较2023年度持平", "同比持平". */
const FLAT = /[，,]\s*(?:与|较|和|同|比)?\s*(?:上年|上一年|去年|\d{4}\s*年度?)?(?:度)?(?:相比|同期)?\s*(?:同比)?\s*(?:保持)?持平/g;
/** "由A万元增加到B万元" / "从A万元下降至B万元". */
const FROM_TO = new RegExp(`(?:由|从)\\s*${NUM}\\s*(万元|元)\\s*(?:[^，。；\\d]{0,6}?)(${UP}|${DOWN})(?:了)?(?:到|至|为)\\s*${NUM}\\s*(万元|元)`, "g");
/** "上年…A万元，本年…B万元，…增加/减少" in one sentence. */
const PRIOR = new RegExp(`(?:上年|上一年|去年)(?:度)?([^，。；\\d]{0,12}?)${NUM}\\s*(万元|元)`);
const CURRENT = new RegExp(`(?:本年|今年|当年)(?:度)?([^，。；\\d]{0,12}?)${NUM}\\s*(万元|元)`);
/** What the two amounts are of ("支出", "机关运行经费"): they must be the same thing ("上年结转" is not "本年收入"). */
const what = (label: string) => label.replace(/决算数?|数|为|是|共|计|的|达到?|约/g, "");

const yuan = (v: string, unit: string) => (unit === "元" ? new Decimal(v).div(10000) : new Decimal(v));

/**
 * Direction words against the numbers of their own sentence (budget words are rule budget-direction's, reasons
 * rule yoy-direction-reason's): "由100万元增加到80万元"; "比上年减少6.27万元，与上年持平" (an error: the numbers
 * say it changed); "减少为0.00万元，与上年持平" (one of the two words is wrong: a warning); and direction words run
 * together ("减增加").
 */
export default defineRule({
  id: "direction-words",
  meta: {
    description: "增减方向词与同一句中的数值一致（由A增加到B、减少X万元…持平），方向词不重叠（减增加）",
    defaultSeverity: "error",
    messages: {
      ok: "未发现与数值矛盾的增减方向词",
      fromTo: "“{{context}}”（{{where}}）：由 {{from}} 到 {{to}} 是{{actualDir}}，文字却称“{{word}}”",
      priorCurrent: "“{{context}}”（{{where}}）：上年 {{from}}、本年 {{to}} 是{{actualDir}}，文字却称“{{word}}”",
      flatWithChange: "“{{context}}”（{{where}}）：同一句既称“{{change}}”又称“持平”",
      garbled: "“{{context}}”（{{where}}）：方向词“{{word}}”重叠，应为“增加”或“减少”之一",
    },
  },
  check(ctx) {
    let failed = 0;
    for (const tb of textBlocks(ctx)) {
      if (tb.toc) continue;
      const text = tb.text;
      const report = (messageId: string, s: number, e: number, data: Record<string, string>, severity?: "warning") => {
        const p = place(ctx, tb.index, s, e);
        failed++;
        ctx.report({ outcome: "fail", messageId, data: { ...data, where: where(p), context: excerpt(text, s, e, 8) }, places: [p], ...(severity ? { severity } : {}) });
      };
      for (const m of text.matchAll(GARBLED)) {
        // "增加（减少）" is template residue (rule template-residue); here only words run together.
        report("garbled", m.index!, m.index! + m[0].length, { word: m[0] }, "warning");
      }
      for (const m of text.matchAll(FROM_TO)) {
        const a = num(m[1]), b = num(m[4]);
        if (!a || !b) continue;
        const from = yuan(a, m[2]), to = yuan(b, m[5]);
        const up = new RegExp(`^(${UP})$`).test(m[3]);
        if (from.eq(to) || up === to.gt(from)) continue;
        report("fromTo", m.index!, m.index! + m[0].length, { from: `${m[1]}${m[2]}`, to: `${m[4]}${m[5]}`, word: m[3], actualDir: to.gt(from) ? "增加" : "减少" });
      }
      for (const [s0, s1] of sentences(text)) {
        const sentence = text.slice(s0, s1);
        const p = PRIOR.exec(sentence), c = CURRENT.exec(sentence);
        if (p && c) {
          const after = sentence.slice(Math.max(p.index + p[0].length, c.index + c[0].length));
          const w = new RegExp(`^[^。；]{0,12}?(${UP}|${DOWN})`).exec(after.replace(/^[，,\s]+/, ""));
          const a = num(p[2]), b = num(c[2]);
          const lp = what(p[1]), lc = what(c[1]);
          if (w && a && b && (lp === lc || !lp || !lc)) {
            const from = yuan(a, p[3]), to = yuan(b, c[3]);
            const up = new RegExp(`^(${UP})$`).test(w[1]);
            if (!from.eq(to) && up !== to.gt(from)) {
              report("priorCurrent", s0 + Math.min(p.index, c.index), s1, { from: `${p[2]}${p[3]}`, to: `${c[2]}${c[3]}`, word: w[1], actualDir: to.gt(from) ? "增加" : "减少" });
            }
          }
        }
        for (const f of sentence.matchAll(FLAT)) {
          if (/基本持平/.test(f[0])) continue;
          // The clause just before the 持平 clause states a change of the same subject.
          const before = sentence.slice(0, f.index!);
          const clauseStart = Math.max(before.lastIndexOf("，", before.length - 1), before.lastIndexOf(",", before.length - 1)) + 1;
          const prevClause = before.slice(clauseStart);
          const ch = [...prevClause.matchAll(CHANGE)].pop();
          if (!ch) continue;
          const v = num(ch[4]);
          if (!v) continue;
          const nonzero = !new Decimal(v).isZero();
          const toForm = Boolean(ch[3]);
          if (!nonzero && !toForm) continue;
          report("flatWithChange", s0 + clauseStart + ch.index!, s0 + f.index! + f[0].length, { change: ch[0] }, nonzero && !toForm ? undefined : "warning");
        }
      }
    }
    if (failed === 0 && ctx.doc) ctx.report({ outcome: "pass", messageId: "ok" });
  },
});
