/**
 * Which table is this? By title (caption lines, the paragraphs right above the grid, or title rows inside
 * the grid), with the aliases and regional variants of schema.md §b; confirmed by header words.
 * Also: the table's own unit line (单位：万元 / 元) and the empty-table note (本表无数据 / 空表).
 */
import type { Doc, TableBlock } from "../../model/document.js";
import type { TableId } from "../../model/table.js";
import { norm } from "./text.js";
import { kindFromHeader, kindFromTitle, tableKind } from "../../shared/table-kinds.js";

export interface Recognition {
  id: TableId;
  title: string;
  /** Header words found that confirm the id. */
  confirmed: boolean;
}

/** Title → table id (the kinds of src/shared/table-kinds.ts; "generic" for an unknown final-account table). */
export function idFromTitle(raw: string): TableId | undefined {
  return kindFromTitle(norm(raw));
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

/** Header words confirm the kind (all of the kind's confirmation words appear in the table's first rows). */
export function headerConfirms(id: TableId, headerText: string): boolean {
  const k = tableKind(id);
  return !k || k.confirm.every((re) => re.test(norm(headerText)));
}

/** Recognise from header words alone (no title found). */
export function idFromHeader(text: string): TableId | undefined {
  return kindFromHeader(norm(text));
}
