import type { SourceRef } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { captionPlace, excerpt, place, sentences, textBlocks, where } from "./text.js";

const DIR = "增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|多于|少于|持平|节约|超支";

/** What the template leaves for the author to resolve, by kind. Each pattern quotes what it matched. */
const PATTERNS: [kind: "alternative" | "instruction" | "placeholder", re: RegExp][] = [
  // Alternatives not removed: "增加（减少）", "下降（增长）", "大于（小于）", "增加/减少", "增（减）", "万元（元）".
  ["alternative", new RegExp(`(?:${DIR})\\s*[（(]\\s*(?:${DIR})(?:\\s*[/／、]\\s*(?:${DIR}))*\\s*[）)]`, "g")],
  ["alternative", new RegExp(`(?:${DIR})\\s*[/／]\\s*(?:${DIR})`, "g")],
  ["alternative", /(?<![\p{Script=Han}])增\s*[（(]\s*减\s*[）)]|减\s*[（(]\s*增\s*[）)]/gu],
  ["alternative", /万元\s*[（(]\s*元\s*[）)]|(?<!万)元\s*[（(]\s*万元\s*[）)]/g],
  // Instructions to the author left in the text.
  ["instruction", /(?:请|应|需|须|并|要)?\s*列明/g],
  ["instruction", /仍保留该表格式|作下述说明|作如下说明|如持平作持平表述|作持平表述|不涉及的不列|按上述格式|预决算持平的不用说明|以下同[）)]|请(?:填写|填列|根据|按照|结合)|填报说明|此处(?:填写|填列|说明)/g],
  ["instruction", /[（(]\s*(?:单位|部门|项目|制度|科目|机构)名称\s*[）)]/g],
  // Placeholders for numbers, units and names: "XXX万元", "XX%", "上海市XX局", "X.XX".
  ["placeholder", /(?<![A-Za-z\d])(?:[XＸ][XＸ×.．]*|×{2,}[.．×]*)\s*(?:万元|元|%|％|个|人次|人|辆|批次|次|分|平方米|台)/g],
  ["placeholder", /(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])/g],
];

const WHAT = { alternative: "未删除的备选词", instruction: "模板说明文字", placeholder: "占位符" } as const;

/**
 * Template residue: alternatives the author should have chosen between ("增加（减少）"), the template's
 * instructions ("列明…", "仍保留该表格式，并在本表下方作下述说明"), and placeholders ("XX万元", "上海市XX局").
 * A warning for each: the words are wrong, not (necessarily) the numbers.
 */
export default defineRule({
  id: "template-residue",
  meta: {
    description: "模板残留：未删除的备选词（增加（减少））、模板说明文字（列明、作下述说明）和占位符（XX万元）",
    defaultSeverity: "warning",
    messages: {
      ok: "未发现模板残留",
      residue: "{{what}}“{{found}}”（{{where}}）：“{{context}}”",
    },
  },
  check(ctx) {
    if (!ctx.doc) return;
    let failed = 0;
    // One finding per sentence and kind ("仍保留该表格式，并在本表下方作下述说明" is one instruction).
    const scan = (text: string, mk: (s: number, e: number) => SourceRef) => {
      const taken: [number, number][] = [];
      const groups = new Map<string, { kind: keyof typeof WHAT; found: string[]; places: SourceRef[]; s: number; e: number }>();
      const bounds = sentences(text);
      for (const [kind, re] of PATTERNS) {
        for (const m of text.matchAll(re)) {
          const s = m.index!;
          const e = s + m[0].length;
          if (taken.some(([a, b]) => s < b && e > a)) continue;
          taken.push([s, e]);
          const [s0] = bounds.find(([a, b]) => s >= a && s < b) ?? [0];
          const k = `${kind}|${s0}`;
          const g = groups.get(k) ?? { kind, found: [], places: [], s, e };
          if (!g.found.includes(m[0].trim())) g.found.push(m[0].trim());
          g.places.push(mk(s, e));
          g.e = Math.max(g.e, e);
          groups.set(k, g);
        }
      }
      for (const g of groups.values()) {
        failed++;
        ctx.report({
          outcome: "fail",
          messageId: "residue",
          data: { what: WHAT[g.kind], found: g.found.join("”“"), where: where(g.places[0]), context: excerpt(text, g.s, g.e) },
          actual: g.found.join(" "),
          places: g.places,
        });
      }
    };
    for (const tb of textBlocks(ctx)) scan(tb.text, (s, e) => place(ctx, tb.index, s, e));
    ctx.doc.blocks.forEach((b, i) => {
      if (b.type !== "table") return;
      for (const cap of b.caption) scan(cap, (s, e) => captionPlace(ctx, i, cap, s, e));
    });
    if (failed === 0) ctx.report({ outcome: "pass", messageId: "ok" });
  },
});
