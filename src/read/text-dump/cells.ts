/** Cell-level text helpers shared by the dump table builders. */
import type { Field } from "./lines.js";

/** A printed amount, percentage or count: "2,940.05", "-3.5", "12.3%", "0". */
export const NUMBER = /^[-−－+]?\(?\d[\d,，]*(?:[.．]\d+)?\)?[%％]?$/;
/** A classification code or one part of a split code: 201 / 06 / 20106 / 2010601. */
export const CODE = /^(?:\d{2}|\d{3}|\d{5}|\d{7})$/;
const CJK = /[\u4e00-\u9fff]/;

export type Kind = "num" | "code" | "text";

export function kindOf(text: string): Kind {
  if (CODE.test(text)) return "code";
  if (NUMBER.test(text)) return "num";
  return "text";
}

/**
 * Split a field found between wide gaps at the single spaces that separate cells: next to a number or code, or
 * between two CJK words of two characters or more ("小计 基本支出 项目支出"). Spaces between single characters
 * ("因 公 出 国") are letter spacing and stay.
 */
export function splitCells(f: { text: string; start: number; end: number }): { text: string; start: number; end: number }[] {
  const parts = f.text.split(" ");
  if (parts.length === 1) return [f];
  const out: { text: string; start: number; end: number }[] = [];
  let cur = { text: parts[0]!, start: f.start, end: f.start + parts[0]!.length };
  let last = parts[0]!;
  let pos = cur.end + 1;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === "") {
      pos++;
      continue;
    }
    const cut = NUMBER.test(last) || NUMBER.test(p) || (CJK.test(last) && CJK.test(p) && [...last].length >= 2 && [...p].length >= 2);
    if (cut) {
      out.push(cur);
      cur = { text: p, start: pos, end: pos + p.length };
    } else cur = { text: `${cur.text} ${p}`, start: cur.start, end: pos + p.length };
    last = p;
    pos += p.length + 1;
  }
  out.push(cur);
  return out;
}
