/**
 * Rejoin paragraphs a dump broke into lines. A line continues on the next one when it does not end a sentence,
 * it runs to the right margin (or the next line's first word would not have fitted after it), and the next line
 * does not start a heading (第X部分, 一、, （一）), a numbered item (1. 2、 (3)), or a new indented paragraph.
 * A blank line or a page break between them does not stop a sentence that runs on.
 *
 * Provenance: a joined block's `text` is its lines, trimmed, concatenated (a space only between two Latin
 * words, as the PDF reader joins lines); `original` keeps the lines as printed, separated by "\n", whenever
 * that differs. An offset k in `text` lies on line j of `original`, j = the number of joins before k;
 * `loc.line`/`loc.page` are the file line and page of the first line.
 */
import type { Block } from "../../model/document.js";
import { NUMBERED_RE, PART_RE, SECTION_RE, SUBSECTION_RE } from "../pdf/paragraphs.js";
import { joinFragments } from "../pdf/normalize.js";
import { printedWidth, type DumpLine } from "./lines.js";

const GAPS = /\S {2,}\S/;
const SENTENCE_END = /[。！？!?；;：:]$/;
/** Characters a paragraph never starts with: they continue the line above. */
const CONTINUES = /^[，,。.、；;：:！!？?）)》」』”’%％]/;

export function startsBlock(text: string): boolean {
  return PART_RE.test(text) || SECTION_RE.test(text) || SUBSECTION_RE.test(text) || NUMBERED_RE.test(text);
}

export interface Metrics {
  /** Full line width (ideograph widths), indentation included. */
  full: number;
  /** Leading spaces of a body line (layout dumps indent the first line of a paragraph). */
  margin: number;
  /** The dump keeps indentation (pdftotext -layout). */
  layout: boolean;
}

/** Width of a line as printed, its indentation included (a leading space is about one ideograph in -layout). */
export function lineWidth(l: DumpLine, m: Pick<Metrics, "layout">): number {
  return printedWidth(l.text) + (m.layout ? l.indent * 0.5 : 0);
}

/** Estimate the full line width and body margin from the lines that read as prose. */
export function metrics(lines: DumpLine[], layout: boolean): Metrics {
  // prose lines: not table rows (cells apart by runs of spaces, or three single-space separated cells and more)
  const prose = lines.filter((l) => l.text.length >= 8 && !/\S {2,}\S/.test(l.text) && l.text.split(" ").length < 3 && /[\u4e00-\u9fff]/.test(l.text));
  const widths = prose.map((l) => lineWidth(l, { layout })).sort((a, b) => a - b);
  const full = widths.length ? widths[Math.min(widths.length - 1, Math.floor(widths.length * 0.85))]! : 40;
  const indents = new Map<number, number>();
  for (const l of prose) if (lineWidth(l, { layout }) >= full - 3) indents.set(l.indent, (indents.get(l.indent) ?? 0) + 1);
  let margin = 0;
  let best = -1;
  for (const [k, v] of indents) if (v > best || (v === best && k < margin)) [margin, best] = [k, v];
  return { full, margin, layout };
}

/** Width of the first unbreakable token: brackets + a Latin/number run or one ideograph + closing punctuation. */
function firstTokenWidth(text: string): number {
  const m = /^[（(“‘《〈【"']*(?:[A-Za-z0-9.,%％\-/]+|.)[）)”’》〉】"'，,。.、；;：:！!？?]*/u.exec(text);
  return printedWidth(m ? m[0] : text.slice(0, 1));
}

/** Does the line run to the right margin, so that the text goes on? */
export function isFull(l: DumpLine, next: DumpLine | undefined, m: Metrics): boolean {
  const w = lineWidth(l, m);
  // justified lines of one page differ by about a tenth in estimated width (Latin digits, punctuation)
  if (w >= m.full * 0.9 - 0.5) return true;
  // the next line's first word would not have fitted: the line broke early (never after a full stop)
  return next !== undefined && !SENTENCE_END.test(l.text) && w + firstTokenWidth(next.text) > m.full * 0.9 && w >= m.full * 0.6;
}

/** An indented first line (layout dumps): a new paragraph starts here. */
function indented(l: DumpLine, m: Metrics): boolean {
  return m.layout && l.indent >= m.margin + 1;
}

export function continues(prev: DumpLine, next: DumpLine, m: Metrics): boolean {
  if (CONTINUES.test(next.text)) return true;
  if (startsBlock(next.text) || indented(next, m)) return false;
  // a line that runs to the margin goes on even after a full stop (as the PDF reader joins it): only a short line,
  // an indented line or a heading ends a paragraph where the dump keeps no other trace of it
  // a line that stops at a comma goes on, however short the dump made it
  return isFull(prev, next, m) || /[，,、]$/.test(prev.text);
}

/**
 * pdftotext -layout sometimes prints a line of a paragraph one line too early (a line whose baseline sits a little
 * higher, typically one that starts with Latin digits), after a blank line it inserts. Put back the clear cases: a
 * body line X right after a blank line, directly followed by a line Y of the same page that starts no heading or
 * item, where X starts with a number and Y does not ("449.52万元。…" before "…支出决算为"), or Y is the indented
 * first line of a paragraph and X is not ("级决算、…" before "  从预算单位构成看，…本级"): the order is Y, X.
 */
export function repairOrder(lines: DumpLine[], m: Metrics): DumpLine[] {
  if (!m.layout) return lines;
  const out = [...lines];
  const NUM_START = /^[\d０-９]/;
  for (let i = 1; i + 1 < out.length; i++) {
    const before = out[i - 1]!;
    const x = out[i]!;
    const y = out[i + 1]!;
    if (before.text !== "" || before.page !== x.page || x.text === "" || y.text === "" || x.page !== y.page) continue;
    if (indented(x, m) || startsBlock(x.text) || startsBlock(y.text)) continue;
    // only prose: a line with cells set apart by runs of spaces is a table row, whose order is the table's
    if (GAPS.test(x.text) || GAPS.test(y.text)) continue;
    let pi = i - 1;
    while (pi >= 0 && out[pi]!.text === "") pi--;
    const p = pi >= 0 ? out[pi]! : undefined;
    // the paragraph above goes on (a full line, no full stop): the blank line is pdftotext's jump, X is early
    const jump = !!p && !GAPS.test(p.text) && p.page === x.page && !SENTENCE_END.test(p.text) && isFull(p, undefined, m) && !indented(y, m);
    const digitFirst = NUM_START.test(x.text) && !NUM_START.test(y.text) && !indented(y, m) && !SENTENCE_END.test(y.text) && isFull(y, undefined, m);
    const indentFirst = indented(y, m) && isFull(y, undefined, m) && !SENTENCE_END.test(y.text) && (NUM_START.test(x.text) || isFull(x, undefined, m));
    if (jump || digitFirst || indentFirst) {
      out[i] = y;
      out[i + 1] = x;
      i++;
    }
  }
  return out;
}

export function headingLevel(text: string): number | undefined {
  if (text.length === 0 || text.length > 60) return undefined;
  if (/[。；;！？]/.test(text.slice(0, -1)) || /[。；;，,]$/.test(text)) return undefined;
  if (PART_RE.test(text)) return 1;
  if (SECTION_RE.test(text) && text.length <= 40) return 2;
  if (SUBSECTION_RE.test(text) && text.length <= 40) return 3;
  return undefined;
}

/** Prose lines (in order; blank lines included) → paragraph and heading blocks. */
export function buildParagraphs(lines: DumpLine[], m: Metrics): Block[] {
  const blocks: Block[] = [];
  let cur: DumpLine[] = [];
  const flush = () => {
    if (!cur.length) return;
    let text = "";
    for (const l of cur) text = joinFragments(text, l.text);
    const original = cur.map((l) => l.text).join("\n");
    const first = cur[0]!;
    const loc = { line: first.line, page: first.page };
    const orig = original !== text ? { original } : {};
    const level = cur.length <= 2 ? headingLevel(text) : undefined;
    if (level !== undefined) blocks.push({ type: "heading", level, text, ...orig, loc });
    else blocks.push({ type: "paragraph", text, ...orig, loc });
    cur = [];
  };
  let blanks = 0;
  for (const l of lines) {
    if (l.text === "") {
      blanks++;
      continue;
    }
    const prev = cur[cur.length - 1];
    if (prev) {
      const go = continues(prev, l, m) && (blanks === 0 || l.page !== prev.page || blanks <= 2);
      if (!go) flush();
    }
    blanks = 0;
    cur.push(l);
  }
  flush();
  return blocks;
}
