/**
 * Which table is this? By title (caption lines, the paragraphs right above the grid, or title rows inside
 * the grid), with the aliases and regional variants of schema.md §b; confirmed by header words.
 * Also: the table's own unit line (单位：万元 / 元) and the empty-table note (本表无数据 / 空表).
 */
import type { Doc, TableBlock } from "../../model/document.js";
import type { TableId } from "../../model/table.js";
import { norm } from "./text.js";

export interface Recognition {
  id: TableId;
  title: string;
  /** Header words found that confirm the id. */
  confirmed: boolean;
}

/** Title → table id. Most specific first ("支出决算表" is a substring of T8/T9 titles). */
export function idFromTitle(raw: string): TableId | "generic" | undefined {
  const t = norm(raw)
    .replace(/^(附表|公开表|表)?[\d一二三四五六七八九十]+([-—－]\d+)?[、.．:：]/, "")
    .replace(/^(附表|公开表|表)\d+([-—－]\d+)?/, "")
    .replace(/^（[\d一二三四五六七八九十]+）/, "");
  if (!/表/.test(t)) return undefined;
  if (/^(注|说明|备注)/.test(t) || /[，。；,]/.test(t) || t.length > 50) return undefined;
  if (!/决算|收支|支出|收入|三公/.test(t)) return undefined;
  if (/说明|情况$/.test(t) && !/表$/.test(t)) return undefined;
  if (/绩效|自评/.test(t)) return undefined;
  if (/国有资本经营/.test(t) && /(支出|收支)/.test(t)) return "T9";
  if (/政府性基金/.test(t) && /(支出|收支|决算)/.test(t)) return "T8";
  if (/三公/.test(t)) return "T7";
  if (/基本支出/.test(t)) return /项目支出/.test(t) ? "generic" : "T6";
  if (/项目支出/.test(t)) return "generic";
  if (/一般公共预算/.test(t) && /支出/.test(t)) return /明细/.test(t) ? "generic" : "T5";
  if (/财政拨款/.test(t) && /(收入支出|收支)(决算)?总表/.test(t)) return "T4";
  if (/(收入支出|收支)(决算)?总表/.test(t)) return "T1";
  if (/财政拨款支出决算明细表|支出决算明细表/.test(t)) return "generic";
  if (/收入决算表$/.test(t) && !/支出/.test(t)) return "T2";
  if (/支出决算(总)?表$/.test(t) && !/收入/.test(t)) return "T3";
  if (/决算表$/.test(t) || /决算.*表$/.test(t)) return "generic";
  return undefined;
}

const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|元)/;

export function unitOf(texts: string[]): "万元" | "元" | undefined {
  for (const s of texts) {
    const m = UNIT_RE.exec(norm(s));
    if (m) return m[1] as "万元" | "元";
  }
  return undefined;
}

const EMPTY_RE = /本表无数据|本表为空|为空表|空表|无数据|本表无内容|本表不涉及|无此项|无相关数据/;

/** A note that states the table is empty. A template's placeholder note ("上海市XX局无…") states nothing. */
export function saysEmpty(texts: string[]): boolean {
  return texts.some((s) => EMPTY_RE.test(norm(s)) && !/[XＸ]{2,}/.test(s));
}

/** Texts that may carry a title or unit for a table block: caption, title rows inside the grid, paragraphs just above. */
export function titleCandidates(doc: Doc, index: number): { text: string; where: "caption" | "above" | "row" }[] {
  const block = doc.blocks[index] as TableBlock;
  const out: { text: string; where: "caption" | "above" | "row" }[] = [];
  for (const c of [...(block.caption ?? [])].reverse()) out.push({ text: c, where: "caption" });
  // title rows inside the grid: rows whose non-blank cells all carry the same text
  for (const row of block.rows.slice(0, 4)) {
    const texts = [...new Set(row.map((c) => c.text.trim()).filter(Boolean))];
    if (texts.length === 1 && row.length > 1) out.push({ text: texts[0], where: "row" });
    else if (texts.length === 1 && /表|单位[:：]/.test(texts[0])) out.push({ text: texts[0], where: "row" });
  }
  for (let i = index - 1, n = 0; i >= 0 && n < 4; i--) {
    const b = doc.blocks[i];
    if (b.type === "table") break;
    n++;
    for (const line of b.text.split(/\n/).reverse()) out.push({ text: line, where: "above" });
  }
  return out;
}

/** Notes right after the grid (paragraphs up to the next table or the next table title). */
export function notesAfter(doc: Doc, index: number): string[] {
  const out: string[] = [];
  for (let i = index + 1, n = 0; i < doc.blocks.length && n < 4; i++, n++) {
    const b = doc.blocks[i];
    if (b.type === "table") break;
    const t = norm(b.text);
    if (idFromTitle(t) && t.length < 40) break;
    out.push(b.text);
  }
  return out;
}

/** Header words per table id (confirmation). */
export const HEADER_CONFIRM: Record<Exclude<TableId, "generic">, RegExp[]> = {
  T1: [/收入/, /支出/],
  T2: [/财政拨款/, /(事业|其他)收入/],
  T3: [/基本支出/, /项目支出/],
  T4: [/收入/, /支出/],
  T5: [/基本支出/, /项目支出/],
  T6: [/经济分类|科目编码|科目名称/, /决算/],
  T7: [/预算/, /决算/],
  T8: [/结转|本年收入|本年支出/],
  T9: [/结转|本年收入|本年支出|支出/],
};

/** Recognise from header words alone (no title found). */
export function idFromHeader(text: string): TableId | undefined {
  const t = norm(text);
  if (/预算数/.test(t) && /决算数/.test(t) && /(出国|接待|公务用车)/.test(t)) return "T7";
  if (/经济分类/.test(t) && /(人员经费|公用经费|工资福利)/.test(t)) return "T6";
  if (/上级补助收入/.test(t) && /附属单位上缴/.test(t)) return "T2";
  if (/上缴上级支出/.test(t) && /对附属单位补助/.test(t)) return "T3";
  return undefined;
}
