/** getTextContent items → upright TItems → lines by baseline, sorted by x. */
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api.js";
import { isCjk, tidyText } from "./normalize.js";
import type { Line, TItem } from "./types.js";
import { maxOf, minOf } from "../../util/arrays.js";

const ASCENT = 0.86;
const DESCENT = 0.14;

type Matrix = [number, number, number, number, number, number];

/** compose(A, B): apply B first, then A. */
export function compose(A: Matrix, B: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = A;
  const [a2, b2, c2, d2, e2, f2] = [B[0]!, B[1]!, B[2]!, B[3]!, B[4]!, B[5]!];
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

/**
 * The matrix that turns user space of a page with /Rotate into an upright frame (y up), so lines and tables of a
 * rotated page read like any other. Identity for unrotated pages. Also returns the upright page box.
 */
export function uprightMatrix(rotate: number, view: number[]): { m: Matrix; view: number[] } {
  const [x0, y0, x1, y1] = [view[0] ?? 0, view[1] ?? 0, view[2] ?? 0, view[3] ?? 0];
  const r = ((rotate % 360) + 360) % 360;
  if (r === 90) return { m: [0, -1, 1, 0, -y0, x1], view: [0, 0, y1 - y0, x1 - x0] };
  if (r === 180) return { m: [-1, 0, 0, -1, x1, y1], view: [0, 0, x1 - x0, y1 - y0] };
  if (r === 270) return { m: [0, 1, -1, 0, y1, -x0], view: [0, 0, y1 - y0, x1 - x0] };
  return { m: [1, 0, 0, 1, 0, 0], view: [x0, y0, x1, y1] };
}

/** Keep runs that print something; drop whitespace-only items (their widths span gaps and glue cells). */
export function toItems(raw: Array<TextItem | TextMarkedContent>, upright?: Matrix): TItem[] {
  const out: TItem[] = [];
  // the same run drawn twice at (almost) the same place (fake bold by overprinting) is one run
  const seen = new Set<string>();
  for (const r of raw) {
    if (!("str" in r)) continue;
    const str = r.str;
    if (str.trim() === "") continue;
    const [a, b, c, d, e, f] = upright ? compose(upright, r.transform as number[]) : (r.transform as number[]);
    // diagonal text is a watermark or a stamp, never report content
    const angle = (Math.atan2(b!, a!) * 180) / Math.PI;
    const off90 = Math.abs(angle - Math.round(angle / 90) * 90);
    if (off90 > 3) continue;
    const sizeY = Math.hypot(c!, d!) || Math.hypot(a!, b!);
    const size = sizeY > 0 ? sizeY : r.height || 10;
    if (Math.abs(b!) > Math.abs(a!) * 0.5 && Math.abs(c!) > 0.01) {
      // rotated text (vertical labels): place it as a box around its origin so it still lands in the right cell
      const len = r.width || size * str.length;
      const dirUp = b! > 0;
      const x0 = e! - size * DESCENT;
      const x1 = e! + size * ASCENT;
      const y0 = dirUp ? f! : f! - len;
      const y1 = dirUp ? f! + len : f!;
      out.push({ str, x0: Math.min(x0, x1), x1: Math.max(x0, x1), y: y0, top: y1, bottom: y0, size, font: r.fontName });
      continue;
    }
    const key = `${str}|${Math.round(e! * 2)}|${Math.round(f! * 2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const width = r.width > 0 ? r.width : size * str.length * 0.6;
    out.push({ str, x0: e!, x1: e! + width, y: f!, top: f! + size * ASCENT, bottom: f! - size * DESCENT, size, font: r.fontName });
  }
  return out;
}

/** Split an item at internal whitespace into separately positioned pieces (positions estimated per character). */
export function splitAtSpaces(it: TItem): TItem[] {
  if (!/\S\s+\S/.test(it.str)) return [it];
  const chars = Array.from(it.str);
  const weights = chars.map((ch) => (isCjk(ch) ? 1 : 0.55));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const unit = (it.x1 - it.x0) / total;
  const out: TItem[] = [];
  let x = it.x0;
  let cur = "";
  let curX0 = it.x0;
  let curX1 = it.x0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const w = weights[i]! * unit;
    if (/\s/.test(ch)) {
      if (cur !== "") out.push({ ...it, str: cur, x0: curX0, x1: curX1 });
      cur = "";
    } else {
      if (cur === "") curX0 = x;
      cur += ch;
      curX1 = x + w;
    }
    x += w;
  }
  if (cur !== "") out.push({ ...it, str: cur, x0: curX0, x1: curX1 });
  return out.length > 0 ? out : [it];
}

/** Group items into lines: baselines within max(1.5, 0.3·size); items sorted by x. */
export function groupLines(items: TItem[], page: number): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: TItem[][] = [];
  let cur: TItem[] = [];
  let curY = Number.NaN;
  let curSize = 0;
  for (const it of sorted) {
    const tol = Math.max(1.5, 0.3 * Math.max(curSize, it.size));
    if (cur.length > 0 && Math.abs(it.y - curY) <= tol) {
      cur.push(it);
      curY = (curY * (cur.length - 1) + it.y) / cur.length;
      curSize = Math.max(curSize, it.size);
    } else {
      if (cur.length) groups.push(cur);
      cur = [it];
      curY = it.y;
      curSize = it.size;
    }
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => makeLine(g, page));
}

export function makeLine(items: TItem[], page: number): Line {
  const its = [...items].sort((p, q) => p.x0 - q.x0);
  // the dominant font size by characters (a stray larger run must not make the whole line look like a title)
  const bySize = new Map<number, number>();
  for (const it of its) bySize.set(it.size, (bySize.get(it.size) ?? 0) + it.str.length);
  let size = its[0]!.size;
  let best = -1;
  for (const [k, v] of bySize) if (v > best || (v === best && k > size)) [size, best] = [k, v];
  return {
    items: its,
    text: joinItems(its),
    x0: minOf(its, (i) => i.x0),
    x1: maxOf(its, (i) => i.x1),
    y: its.reduce((s, i) => s + i.y, 0) / its.length,
    top: maxOf(its, (i) => i.top),
    bottom: minOf(its, (i) => i.bottom),
    size,
    page,
  };
}

/** Join the items of one line: a space only between Latin/digit tokens separated by a visible gap. */
export function joinItems(its: TItem[]): string {
  let s = "";
  let prev: TItem | undefined;
  for (const it of its) {
    const str = it.str;
    if (prev) {
      const gap = it.x0 - prev.x1;
      const a = s.trimEnd().slice(-1);
      const b = str.trimStart().slice(0, 1);
      const latin = /[A-Za-z0-9%)]/.test(a) && /[A-Za-z0-9(]/.test(b);
      if (gap > 0.2 * it.size && latin && !/\d[,.]$/.test(s.trimEnd()) && !/^[,.]\d/.test(str.trimStart())) s += " ";
      else if (gap > 1.5 * it.size && !latin) s += " ";
    }
    s += str;
    prev = it;
  }
  return tidyText(s);
}

/**
 * Split a line into segments at gaps wider than `factor`·size (column gaps of a borderless table).
 */
export function segmentsOf(line: Line, factor = 1.2): TItem[][] {
  const segs: TItem[][] = [];
  let cur: TItem[] = [];
  let prev: TItem | undefined;
  for (const it of line.items) {
    if (prev && it.x0 - prev.x1 > factor * Math.max(it.size, prev.size)) {
      segs.push(cur);
      cur = [];
    }
    cur.push(it);
    prev = prev && prev.x1 > it.x1 ? prev : it;
  }
  if (cur.length) segs.push(cur);
  return segs;
}
