import { flatten } from "../../../segment/index.js";
import { classifyPart, classifySection, normTitle, splitLabel, TABLE_TITLE } from "../../../segment/titles.js";
import { defineRule } from "../../rule.js";
import { place, where } from "./text.js";

/** A TOC line without its leader dots and page number ("一、主要职能……4"). */
const stripPage = (t: string) => t.trim().replace(/[.…·．\s]*\d+$/, "").trim();
/** Years are the report-year rule's business: compare titles with every year blanked out. */
const noYears = (t: string) => t.replace(/\d{3,5}\s*年/g, "#年");
const normLabel = (l: string) => l.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/[.．]/g, "、");

/**
 * 目录 entries against the body: an entry whose label and kind name a body section but whose wording differs
 * ("十一、其他重要事项说明" vs "十一、其他重要事项的情况说明"). Entries the body does not have at all are not judged
 * here (a missing section is the layout's business), nor differences of year (rule report-year).
 */
export default defineRule({
  id: "toc-heading",
  meta: {
    description: "目录标题与正文标题一致",
    defaultSeverity: "warning",
    messages: {
      ok: "目录 {{count}} 个标题与正文一致",
      mismatch: "目录标题“{{toc}}”（{{tocWhere}}）与正文标题“{{body}}”（{{bodyWhere}}）不一致",
      noToc: "报告没有目录，无法核对目录标题",
    },
  },
  check(ctx) {
    if (!ctx.doc || !ctx.outline) return;
    const toc = [...ctx.outline.toc].sort((a, b) => a - b);
    if (toc.length === 0) {
      ctx.report({ outcome: "not_applicable", messageId: "noToc" });
      return;
    }
    const body = flatten(ctx.outline.sections).filter((s) => s.kind !== "table" && !ctx.outline!.toc.has(s.start));
    const titles = new Set(body.map((s) => noYears(normTitle(s.title))));
    let compared = 0;
    let failed = 0;
    for (const i of toc) {
      const b = ctx.doc.blocks[i];
      if (b.type === "table") continue;
      const text = stripPage(b.text);
      if (/^目\s*录$/.test(text)) continue;
      const { label, level, rest } = splitLabel(text);
      if (!label) continue;
      const t = noYears(normTitle(rest));
      if (!t) continue;
      compared++;
      if (titles.has(t)) continue;
      const kind = TABLE_TITLE.test(normTitle(rest)) ? "table" : level === 1 ? classifyPart(rest) : classifySection(rest) ?? classifyPart(rest);
      if (!kind) continue;
      const same = body.find((s) => normLabel(s.label ?? "") === normLabel(label) && s.kind === kind);
      if (!same) continue;
      const bb = ctx.doc.blocks[same.start];
      const bodyText = bb.type === "table" ? same.title : bb.text.trim();
      const start = b.text.indexOf(text);
      const tp = place(ctx, i, Math.max(0, start), Math.max(0, start) + text.length);
      const bp = place(ctx, same.start, 0, bodyText.length);
      failed++;
      ctx.report({
        outcome: "fail",
        messageId: "mismatch",
        data: { toc: text, tocWhere: where(tp), body: bodyText, bodyWhere: where(bp) },
        expected: bodyText,
        actual: text,
        places: [tp, bp],
      });
    }
    if (failed === 0 && compared > 0) ctx.report({ outcome: "pass", messageId: "ok", data: { count: compared } });
  },
});
