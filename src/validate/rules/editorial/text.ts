/**
 * Shared reading helpers of the editorial rules: the report's text blocks with their section kinds, places
 * (SourceRef) for quoted text, a Chinese "where" for messages, sentences, and the title-like blocks.
 */
import type { Block } from "../../../model/document.js";
import type { SourceRef } from "../../../model/fact.js";
import type { SectionKind } from "../../../model/report.js";
import { flatten } from "../../../segment/index.js";
import type { RuleContext } from "../../rule.js";
import { whereText } from "../../../shared/place.js";

export interface TextBlock {
  index: number;
  block: Exclude<Block, { type: "table" }>;
  text: string;
  /** Section kinds enclosing the block, outermost first. */
  kinds: SectionKind[];
  toc: boolean;
}

/** Headings and paragraphs, in order (tables left out). Empty when the rule has no document. */
export function textBlocks(ctx: RuleContext): TextBlock[] {
  const doc = ctx.doc;
  if (!doc) return [];
  const out: TextBlock[] = [];
  doc.blocks.forEach((b, index) => {
    if (b.type === "table") return;
    out.push({ index, block: b, text: b.text, kinds: ctx.outline?.blockKinds[index] ?? [], toc: ctx.outline?.toc.has(index) ?? false });
  });
  return out;
}

/** The place of `text.slice(start, end)` in block `index`. */
export function place(ctx: RuleContext, index: number, start: number, end: number): SourceRef {
  const b = ctx.doc!.blocks[index];
  const text = b.type === "table" ? "" : b.text;
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    block: index,
    start: s,
    end: e,
    ...(b.loc.page !== undefined ? { page: b.loc.page } : {}),
    ...(b.loc.line !== undefined ? { line: b.loc.line } : {}),
    text: text.slice(s, e),
  };
}

/** A table caption line as a place (offsets into the caption line; the block is the table). */
export function captionPlace(ctx: RuleContext, index: number, caption: string, start = 0, end = caption.length): SourceRef {
  const b = ctx.doc!.blocks[index];
  return {
    block: index,
    start,
    end,
    ...(b.loc.page !== undefined ? { page: b.loc.page } : {}),
    ...(b.loc.line !== undefined ? { line: b.loc.line } : {}),
    text: caption.slice(start, end),
  };
}

/** "第23页" / "第72行" / "第23页第4行" — where a reviewer finds the text. */
export function where(p: Pick<SourceRef, "page" | "line" | "block">): string {
  return whereText(p);
}

/** A quoted excerpt: the text around [start, end) trimmed to a sentence-ish window. */
export function excerpt(text: string, start: number, end: number, pad = 12): string {
  const s = Math.max(0, start - pad);
  const e = Math.min(text.length, end + pad);
  return (s > 0 ? "…" : "") + text.slice(s, e).replace(/\s+/g, " ") + (e < text.length ? "…" : "");
}

/** Sentences of a text as [start, end) offsets (ends after 。；！？ or at the end). */
export function sentences(text: string, ends = /[。；;！？!?]/g): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(new RegExp(ends.source, "g"))) {
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Blocks that start a section of the outline (its title lines), excluding tables. */
export function titleBlocks(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  for (const s of flatten(ctx.outline?.sections ?? [])) if (s.kind !== "table") out.add(s.start);
  if (ctx.outline?.title) out.add(ctx.outline.title.block);
  return out;
}

export const inGlossary = (kinds: SectionKind[]): boolean => kinds.includes("glossary-part") || kinds.includes("glossary");

/** Decimal text of a printed number ("2,429.10" → "2429.10"); undefined when not a number. */
export function num(text: string): string | undefined {
  const t = text.replace(/[,，\s]/g, "").replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? t : undefined;
}

/** A printed number (with separators) as a regex source, capturing the number. */
export const NUM = "(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
