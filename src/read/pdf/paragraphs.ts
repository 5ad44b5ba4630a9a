/** Flow lines of a page → paragraphs in reading order; heading guesses; joining across lines and pages. */
import { joinFragments } from "./normalize.js";
import type { BBox, Line } from "./types.js";
import { maxOf, minOf } from "../../util/arrays.js";

export interface Para {
  lines: Line[];
  text: string;
  page: number;
  bbox: BBox;
  size: number;
  /** Left and right text edges of the page body, used to tell a full line from a short last line. */
  left: number;
  right: number;
}

const CN_NUM = "一二三四五六七八九十百零〇两";
export const PART_RE = new RegExp(`^第[${CN_NUM}\\d]+部分`);
export const SECTION_RE = new RegExp(`^[${CN_NUM}]+[、.．]`);
export const SUBSECTION_RE = new RegExp(`^[（(][${CN_NUM}]+[）)]`);
export const NUMBERED_RE = /^\d{1,2}(?:[、．]|\.(?!\d))|^[（(]\d{1,2}[）)]|^[①-⑳]/;
const SENTENCE_END = /[。！？!?；;：:]$/;
const CLAUSE_END = /[。！？!?；;：:”’」』)）]$/;

function median(a: number[]): number {
  if (!a.length) return 0;
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
}

export function startsLikeTitle(text: string): boolean {
  return PART_RE.test(text) || SECTION_RE.test(text) || SUBSECTION_RE.test(text) || NUMBERED_RE.test(text);
}

export function unionBox(lines: Line[]): BBox {
  return [
    minOf(lines, (l) => l.x0),
    minOf(lines, (l) => l.bottom),
    maxOf(lines, (l) => l.x1),
    maxOf(lines, (l) => l.top),
  ];
}

/** Left/right body edges of a page from its lines (robust to centred titles and short lines). */
export function bodyEdges(lines: Line[], pageView: number[]): { left: number; right: number } {
  if (!lines.length) return { left: pageView[0] ?? 0, right: pageView[2] ?? 595 };
  const lefts = lines.map((l) => l.x0);
  const rights = lines.map((l) => l.x1);
  const left = minOf(lefts, (x) => x);
  // the right edge: the largest x1 shared by a few lines (justified text ends there); fall back to the max
  const sorted = [...rights].sort((a, b) => b - a);
  const right = sorted.length >= 3 ? sorted[Math.min(2, sorted.length - 1)]! : sorted[0]!;
  return { left, right: Math.max(right, left + 1) };
}

/** Split a page's flow lines (top to bottom) into paragraphs. */
export function buildParagraphs(lines: Line[], page: number, pageView: number[], bodySize: number): Para[] {
  if (!lines.length) return [];
  const { left, right } = bodyEdges(lines, pageView);
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const p = a.y - b.y;
    if (Math.abs(a.size - b.size) < 0.5 && p > 0 && p < 2.2 * a.size) pitches.push(p);
  }
  const pitch = median(pitches) || bodySize * 1.3;
  const paras: Para[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    let text = "";
    for (const l of cur) text = joinFragments(text, l.text);
    paras.push({ lines: cur, text, page, bbox: unionBox(cur), size: maxOf(cur, (l) => l.size), left, right });
    cur = [];
  };
  for (const line of lines) {
    const prev = cur[cur.length - 1];
    if (prev && !continues(prev, line, { left, right, pitch, bodySize }, cur)) flush();
    cur.push(line);
  }
  flush();
  return paras;
}

interface Metrics {
  left: number;
  right: number;
  pitch: number;
  bodySize: number;
}

function continues(prev: Line, line: Line, m: Metrics, cur: Line[]): boolean {
  const size = Math.max(prev.size, line.size);
  const dy = prev.y - line.y;
  if (dy <= 0) return false;
  if (Math.abs(prev.size - line.size) > 0.12 * size) return false;
  if (dy > Math.max(m.pitch * 1.45, size * 1.9)) return false;
  if (startsLikeTitle(line.text)) return false;
  const large = prev.size >= m.bodySize * 1.15;
  if (large) return true; // a title in a larger font wrapped over lines (possibly centred)
  // the previous line stopped short of the right edge: the paragraph ended there, unless the line broke mid-clause
  // because the next token (a number, a bracketed word) did not fit
  if (prev.x1 < m.right - 2 * size) {
    if (CLAUSE_END.test(prev.text)) return false;
    const fits = prev.x1 + firstTokenWidth(line) < m.right - 0.3 * size;
    if (fits && (startsLikeTitle(prev.text) || prev.x1 - m.left < (m.right - m.left) * 0.5)) return false;
  }
  const indent = 0.9 * size;
  if (line.x0 > prev.x0 + indent) {
    // more indented than the line above: a new paragraph (first-line indent) — unless it is the second line of a
    // list item with a hanging indent ("1. …" / "（一）…" whose wrapped lines align after the label)
    const hanging = cur.length === 1 && (startsLikeTitle(prev.text) || /^[•·●○■□◆◇▪▶—-]/.test(prev.text));
    if (!hanging) return false;
  } else if (line.x0 < prev.x0 - indent) {
    // back out to the left: in a hanging-indent item that is the next item
    if (cur.length >= 2 && cur[1]!.x0 > cur[0]!.x0 + indent) return false;
  } else if (cur.length >= 2 && cur[1]!.x0 > cur[0]!.x0 + indent && line.x0 < cur[1]!.x0 - indent) return false;
  return true;
}

/** Width of the first unbreakable token of a line: opening brackets + a word/number or one ideograph + closing punctuation. */
function firstTokenWidth(line: Line): number {
  const text = line.items.map((i) => i.str).join("");
  const m = /^[\s]*[（(“‘《〈【"']*(?:[A-Za-z0-9.,%％\-/]+|.)[）)”’》〉】"'，,。.、；;：:！!？?]*/u.exec(text);
  const n = m ? Array.from(m[0]).length : 1;
  let w = 0;
  let left = n;
  for (const it of line.items) {
    const chars = Array.from(it.str);
    const per = (it.x1 - it.x0) / Math.max(1, chars.length);
    const take = Math.min(left, chars.length);
    w += per * take;
    left -= take;
    if (left <= 0) break;
  }
  return w;
}

/** Heading level guess for a paragraph, or undefined when it reads as body text. */
export function headingLevel(p: Para, bodySize: number): number | undefined {
  const t = p.text;
  if (t.length === 0 || t.length > 60) return undefined;
  if (/[。；;！？]/.test(t.slice(0, -1)) || /[。；;，,]$/.test(t)) return undefined;
  if (PART_RE.test(t)) return 1;
  const large = p.size >= bodySize * 1.15;
  if (SECTION_RE.test(t) && t.length <= 40) return 2;
  if (SUBSECTION_RE.test(t) && t.length <= 40) return 3;
  if (large && p.lines.length <= 3) return 1;
  return undefined;
}

/** Should the paragraph that ends page p continue with the first paragraph of page p+1? */
export function joinsAcrossPages(a: Para, b: Para, bodySize: number): boolean {
  const last = a.lines[a.lines.length - 1]!;
  const first = b.lines[0]!;
  if (SENTENCE_END.test(a.text)) return false;
  if (Math.abs(last.size - first.size) > 0.12 * Math.max(last.size, first.size)) return false;
  if (headingLevel(a, bodySize) !== undefined || headingLevel(b, bodySize) !== undefined) return false;
  if (startsLikeTitle(b.text)) return false;
  // stopped short of the right edge: the paragraph ended, unless the next token (a number such as "36.36%")
  // did not fit on the line
  if (last.x1 < a.right - 2 * last.size && last.x1 + firstTokenWidth(first) < a.right - 0.3 * last.size) return false;
  // indented on the new page: a new paragraph, unless it lines up with the previous line (hanging indent)
  if (first.x0 > b.left + 1.2 * first.size && Math.abs(first.x0 - last.x0) > 0.5 * first.size) return false;
  return true;
}

export function mergeParas(a: Para, b: Para): Para {
  return { ...a, lines: [...a.lines, ...b.lines], text: joinFragments(a.text, b.text) };
}
