/**
 * A line of text normalised for matching, with a map back to the characters of the original:
 * traditional characters simplified, full-width digits and Latin letters folded to ASCII, whitespace dropped
 * where it is only spacing (next to digits or Latin, PDF autospacing, letter-spaced covers) and kept as one
 * space where it separates words (menus, breadcrumbs). Every view character comes from one original character.
 */
import { toSimplified } from "./traditional.js";

export interface View {
  /** The original text (a block's text). */
  original: string;
  /** The normalised text. */
  text: string;
  /** at[i]: offset in `original` of text[i]. */
  at: number[];
}

const SPACE = /[\s\u3000\u00a0\u200b\u2028\ufeff]/;
const ASCII_WORD = /[0-9A-Za-z]/;

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  // Full-width digits and Latin letters.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0);
  return ch;
}

/** "2 0 2 3 年 度 部 门 决 算": most tokens are single characters. */
function letterSpaced(s: string): boolean {
  const tokens = s.trim().split(/[\s\u3000\u00a0]+/).filter(Boolean);
  if (tokens.length < 4) return false;
  return tokens.filter((t) => t.length === 1).length >= 0.6 * tokens.length;
}

export function makeView(original: string): View {
  const simple = toSimplified(original);
  const spaced = letterSpaced(simple);
  let text = "";
  const at: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < simple.length; i++) {
    const ch = simple[i];
    if (SPACE.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    const f = fold(ch);
    if (pendingSpace && !spaced && !ASCII_WORD.test(f) && !ASCII_WORD.test(text[text.length - 1] ?? "")) {
      text += " ";
      at.push(i - 1);
    }
    pendingSpace = false;
    text += f;
    at.push(i);
  }
  return { original, text, at };
}

/** Original offsets of the view range [start, end). */
export function originalRange(v: View, start: number, end: number): { start: number; end: number } {
  return { start: v.at[start], end: v.at[end - 1] + 1 };
}
