import type { TableBlock } from "../../../model/document.js";
import type { SourceRef } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { captionPlace, place, textBlocks, titleBlocks, where } from "./text.js";

/** A year naming the report in a title: "2024年度部门决算", "2024年度…决算表", "（2024年度）". */
const TITLE_YEAR = /(?<![\d.．])(\d{4})\s*年(度)?(?=\s*(?:部门|单位)?\s*(?:决算|预算执行|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本|“?三公|绩效|[）)]?\s*$))/g;
/** The same in running text: only the firm phrase "2024年度部门决算". */
const TEXT_YEAR = /(?<![\d.．])(\d{4})\s*年度\s*(?:部门|单位)决算/g;
/** A year with a digit lost: "202 年度". Any block; only when the three digits begin the report's year. */
const SHORT_YEAR = /(?<![\d.．]\s?)(\d{3})\s*年度/g;

/**
 * A table's title lines: its caption, and leading rows that carry one text only (a reader that kept the title
 * inside the grid: "单位整体支出绩效自评表" / "（2024年度）").
 */
function titleLines(b: TableBlock): [string, [number, number] | undefined][] {
  const out: [string, [number, number] | undefined][] = b.caption.map((c) => [c, undefined]);
  for (let r = 0; r < Math.min(3, b.rows.length); r++) {
    const cells = b.rows[r].map((c, k) => [c, k] as const).filter(([c]) => !c.spanOf && c.text.trim());
    if (cells.length !== 1) break;
    out.push([cells[0][0].text, [r, cells[0][1]]]);
  }
  return out;
}

interface Mention {
  year: string;
  place: SourceRef;
  title: boolean;
  toc: boolean;
  quote: string;
}

/**
 * The report's year in its titles (cover, part and section titles, 目录, table titles) must be the report's
 * fiscal year: a year with a digit lost ("202 年度") or another year ("2023年度部门决算表" in a 2024 report) is
 * an error in a title, a warning in running text. The report's year is the one most titles carry (the cover
 * may itself be the odd one).
 */
export default defineRule({
  id: "report-year",
  meta: {
    description: "标题（封面、目录、各部分、表名）中的年度与报告年度一致，年份完整",
    defaultSeverity: "error",
    messages: {
      ok: "{{count}} 处标题年度均为 {{year}} 年",
      truncated: "{{what}}“{{text}}”（{{where}}）中的年份“{{found}}”不完整，应为 {{year}}",
      otherYear: "{{what}}“{{text}}”（{{where}}）中的年度为 {{found}}，报告年度为 {{year}}",
      noYear: "未能确定报告年度，无法核对标题年度",
    },
  },
  check(ctx) {
    if (!ctx.doc) return;
    const titles = titleBlocks(ctx);
    const mentions: Mention[] = [];
    const shorts: Mention[] = [];
    for (const tb of textBlocks(ctx)) {
      const isTitle = tb.block.type === "heading" || titles.has(tb.index) || tb.toc;
      const text = tb.text;
      const re = isTitle ? TITLE_YEAR : TEXT_YEAR;
      for (const m of text.matchAll(new RegExp(re.source, "g"))) {
        mentions.push({ year: m[1], place: place(ctx, tb.index, m.index!, m.index! + m[0].length), title: isTitle, toc: tb.toc, quote: text.trim() });
      }
      for (const m of text.matchAll(new RegExp(SHORT_YEAR.source, "g"))) {
        shorts.push({ year: m[1], place: place(ctx, tb.index, m.index!, m.index! + m[0].length), title: isTitle, toc: tb.toc, quote: text.trim() });
      }
    }
    ctx.doc.blocks.forEach((b, i) => {
      if (b.type !== "table") return;
      for (const [cap, cell] of titleLines(b)) {
        if (/^\s*单位[：:]/.test(cap)) continue;
        for (const m of cap.matchAll(new RegExp(TITLE_YEAR.source, "g"))) {
          mentions.push({ year: m[1], place: { ...captionPlace(ctx, i, cap, m.index!, m.index! + m[0].length), ...(cell ? { cell } : {}) }, title: true, toc: false, quote: cap.trim() });
        }
        for (const m of cap.matchAll(new RegExp(SHORT_YEAR.source, "g"))) {
          shorts.push({ year: m[1], place: { ...captionPlace(ctx, i, cap, m.index!, m.index! + m[0].length), ...(cell ? { cell } : {}) }, title: true, toc: false, quote: cap.trim() });
        }
      }
    });
    // The report's year: the one most titles carry; the title line's year breaks a tie.
    const counts = new Map<string, number>();
    for (const m of mentions) if (m.title) counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
    const metaYear = ctx.meta?.fiscalYear !== undefined ? String(ctx.meta.fiscalYear) : undefined;
    let year = metaYear;
    for (const [y, n] of counts) if (!year || n > (counts.get(year) ?? 0)) year = y;
    if (!year) {
      ctx.report({ outcome: "insufficient_data", messageId: "noYear" });
      return;
    }
    // When the cover and most titles disagree, which one is right is not certain: warnings, not errors.
    const firm = metaYear === undefined || metaYear === year;
    const severityOf = (m: Mention) => (m.title && firm ? {} : { severity: "warning" as const });
    const what = (m: Mention) => (m.toc ? "目录" : m.title ? "标题" : "正文");
    const clip = (s: string) => (s.length > 60 ? s.slice(0, 60) + "…" : s);
    let failed = 0;
    for (const m of shorts) {
      if (!year.startsWith(m.year)) continue;
      failed++;
      ctx.report({
        outcome: "fail",
        messageId: "truncated",
        data: { what: what(m), text: clip(m.quote), where: where(m.place), found: m.place.text, year },
        expected: year,
        actual: m.year,
        places: [m.place],
        ...(m.title ? {} : { severity: "warning" as const }),
      });
    }
    for (const m of mentions) {
      if (m.year === year) continue;
      // A year far from the report's is a different thing (a plan period, a law), not a typo of the report year.
      if (Math.abs(Number(m.year) - Number(year)) > 2) continue;
      failed++;
      ctx.report({
        outcome: "fail",
        messageId: "otherYear",
        data: { what: what(m), text: clip(m.quote), where: where(m.place), found: m.year, year },
        expected: year,
        actual: m.year,
        places: [m.place],
        ...severityOf(m),
      });
    }
    if (failed === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { count: mentions.length, year } });
  },
});
