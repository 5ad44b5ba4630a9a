import { flatten } from "../../../segment/index.js";
import { normTitle } from "../../../segment/titles.js";
import { kindFromTitle, tableKind } from "../../../shared/table-kinds.js";
import type { SourceRef } from "../../../model/fact.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { captionPlace, place, textBlocks, where } from "./text.js";

/** A family match at least this close is firm enough to claim that a table the family requires is missing. */
export const STRONG_MATCH = 0.85;

/** "详见附件", "见附表", "报表另附": the tables are published apart from this text. */
const ATTACHED = /(详见|见|参见)(附件|附表)|附件[一二三四五六七八九十\d]*[：:]?.{0,20}决算(报)?表|报表(另附|附后|见附件)|(决算(报)?表|报表).{0,6}(另行|单独)(公开|发布)/;

/** A note that a table is printed empty on purpose ("故本表无数据", "本表为空表", "没有…收入和支出"). */
const EMPTY_NOTE = /本表(无数据|为空|无数|无内容)|为空表|空表|故本表|无相关数据|没有(使用)?.{0,30}(收入|支出|经费|拨款)/;

/** Tables a report may leave empty; a sentence saying there is nothing of that kind explains a table left out. */
const EMPTY_DOMAINS: Record<string, RegExp> = { T7: /三公/, T8: /政府性基金/, T9: /国有资本经营/ };
const NOTHING = /(无|没有|未发生|不涉及)[^。；]{0,30}(收入|支出|经费|拨款)|空表|无数据|未编制/;

/** Title-like fragments of a text ending in 表 (a TOC line, a heading, a mention in a sentence). */
function tableMentions(text: string): { kind: string; start: number; end: number }[] {
  const out: { kind: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\s，。；;,：:、（）()《》“”"]{3,40}?表/g)) {
    const kind = kindFromTitle(normTitle(m[0]));
    if (kind && kind !== "generic") out.push({ kind, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function kindName(kind: string): string {
  return tableKind(kind as never)?.name ?? kind;
}

/** Where a missing table would have been: the tables part's heading, else the first table read. */
function tablesPlace(ctx: RuleContext): SourceRef | undefined {
  const part = flatten(ctx.outline?.sections ?? []).find((s) => s.kind === "tables-part");
  const b = part ? ctx.doc?.blocks[part.start] : undefined;
  if (part && b && b.type !== "table") return place(ctx, part.start, 0, b.text.trim().length);
  const first = ctx.tables[0];
  if (first && ctx.doc?.blocks[first.block]) return captionPlace(ctx, first.block, first.title ?? "");
  return undefined;
}

/**
 * Completeness against the layout family (schemas/layouts/): a report that matches a family strongly must print
 * each table the family requires, as a table or as its title with a note that it is empty. A table whose title is
 * printed nowhere, in a report that prints most of the family's tables and does not publish them apart, is an
 * error; a title printed without a table the reader could read is a warning (a picture, an attachment, a layout
 * not understood), never an error.
 */
export default defineRule({
  id: "core-tables",
  meta: {
    description: "版式族要求的决算表齐全",
    defaultSeverity: "error",
    messages: {
      ok: "版式族“{{family}}”要求的 {{count}} 张表均已读到",
      statedEmpty: "{{table}}以表名加“本表无数据”类说明列出",
      missing: "缺少{{table}}：报告与版式族“{{family}}”相符（相似度 {{score}}），已读到该族 {{read}}/{{required}} 张表，但全文没有出现该表或其表名，也没有“无数据”或“见附件”的说明",
      unread: "{{table}}的表名出现在{{where}}，但未能读取到该表（可能为图片、附件或无法识别的版式），未据此核对",
      explained: "缺少{{table}}：报告与版式族“{{family}}”相符（相似度 {{score}}），已读到该族 {{read}}/{{required}} 张表；报告在{{where}}说明无此项收支，但该族要求仍保留表格式并注明“本表无数据”",
      maybeUnknown: "未读到{{table}}；{{where}}有一张未能识别的表“{{other}}”，可能即是该表，未据此报错",
      attached: "报告说明决算表另附（{{where}}），未读到的 {{count}} 张表不作缺失判断",
      weak: "报告与版式族“{{family}}”相似度 {{score}}，不足以判断缺表；未读到：{{tables}}",
      noFamily: "报告不属于已知版式族，或该版式族不要求固定的表",
    },
  },
  check(ctx) {
    const family = ctx.layout?.family;
    const required = family?.requiredTables ?? [];
    if (!ctx.doc || !family || required.length === 0) {
      ctx.report({ outcome: "not_applicable", messageId: "noFamily" });
      return;
    }
    const score = ctx.layout!.match.score;
    const read = required.filter((k) => ctx.tables.some((t) => t.id === k));
    const missing = required.filter((k) => !read.includes(k));
    if (missing.length === 0) {
      ctx.report({ outcome: "pass", messageId: "ok", data: { family: family.name, count: required.length } });
      return;
    }
    const blocks = textBlocks(ctx);
    const mentions = new Map<string, { index: number; start: number; end: number; toc: boolean }[]>();
    let attached: SourceRef | undefined;
    for (const b of blocks) {
      for (const m of tableMentions(b.text)) {
        const list = mentions.get(m.kind) ?? [];
        list.push({ index: b.index, start: m.start, end: m.end, toc: b.toc });
        mentions.set(m.kind, list);
      }
      const a = attached ? undefined : ATTACHED.exec(b.text);
      if (a) attached = place(ctx, b.index, a.index, a.index + a[0].length);
    }
    const unplaced: string[] = [];
    for (const kind of missing) {
      const seen = mentions.get(kind) ?? [];
      if (seen.length) {
        // The title with a note that the table is empty (the next few blocks) is the table, as the template asks.
        const stated = seen.some((m) => EMPTY_NOTE.test(blocks.filter((b) => b.index >= m.index && b.index <= m.index + 3).map((b) => b.text).join("\n")));
        if (stated) {
          ctx.report({ outcome: "pass", messageId: "statedEmpty", data: { table: kindName(kind) } });
          continue;
        }
        const m = seen.find((x) => !x.toc) ?? seen[0]!;
        const p = place(ctx, m.index, m.start, m.end);
        ctx.report({ outcome: "fail", severity: "warning", messageId: "unread", data: { table: kindName(kind), where: where(p) }, places: [p] });
        continue;
      }
      unplaced.push(kind);
    }
    if (unplaced.length === 0) return;
    // "本单位无政府性基金预算财政拨款收入和支出": the table is left out with a reason; the family still prints it (empty,
    // with a note), so it is still missing — the message says the reason was seen.
    const explained = new Map<string, SourceRef>();
    for (const kind of unplaced) {
      const domain = EMPTY_DOMAINS[kind];
      if (!domain) continue;
      for (const b of blocks) {
        const m = domain.exec(b.text);
        if (!m || !NOTHING.test(b.text)) continue;
        explained.set(kind, place(ctx, b.index, m.index, m.index + m[0].length));
        break;
      }
    }
    const names = unplaced.map(kindName);
    if (attached) {
      ctx.report({ outcome: "not_applicable", messageId: "attached", data: { where: where(attached), count: unplaced.length }, places: [attached] });
      return;
    }
    const anchor = tablesPlace(ctx);
    if (score < STRONG_MATCH || read.length * 2 < required.length || !anchor) {
      ctx.report({ outcome: "insufficient_data", messageId: "weak", data: { family: family.name, score: score.toFixed(2), tables: names.join("、") } });
      return;
    }
    // A table was read but not recognised (its title worded otherwise): it may be the missing one.
    const unknown = ctx.tables.find((t) => t.id === "generic");
    const unknownPlace = unknown ? captionPlace(ctx, unknown.block, unknown.title ?? "") : undefined;
    for (const kind of unplaced) {
      if (unknown && unknownPlace) {
        ctx.report({ outcome: "fail", severity: "warning", messageId: "maybeUnknown", data: { table: kindName(kind), other: unknown.title ?? "（无标题）", where: where(unknownPlace) }, places: [anchor, unknownPlace] });
        continue;
      }
      const why = explained.get(kind);
      ctx.report({
        outcome: "fail",
        messageId: why ? "explained" : "missing",
        data: { table: kindName(kind), family: family.name, score: score.toFixed(2), read: read.length, required: required.length, ...(why ? { where: where(why) } : {}) },
        expected: kindName(kind),
        actual: "（无）",
        places: why ? [anchor, why] : [anchor],
      });
    }
  },
});
