/**
 * Find the numbers a sentence states, each with its unit, exact offsets, and the label text before it.
 * Years, dates, list numbers and thresholds ("单价100万元以上") are never read as amounts.
 */
import type { Unit } from "../../model/fact.js";
import { parseNumber, toHalfWidth } from "../number.js";

export interface Mention {
  value: string;
  decimals: number;
  unit: Unit;
  /** Offsets of the printed number (without unit) in the block text. */
  start: number;
  end: number;
  /** The printed number. */
  text: string;
  /** Offset just after the unit. */
  unitEnd: number;
  /** A word stated instead of a number ("持平"): value 0. */
  word?: boolean;
  /** A rate printed without its "%" ("下降6.5。"): read as a percentage, with a doubt. */
  bare?: boolean;
}

const UNIT_RE = "(万元|元|%|人次|人|辆|个|批次|次|平方米|台\\s*[（(]\\s*套\\s*[）)]|台|套|分)";
/**
 * A printed number: comma-grouped, space-grouped where that is the only reading (a thin/no-break space, or digits
 * in threes with a decimal part or two groups: "1 234.56", "1 234 567"), or plain. Never the exponent of "1e308".
 */
const SPACED = "\\d{1,3}(?:[\\u00a0\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+\\.\\d+|\\d{1,3}(?: \\d{3}){2,}(?![\\d.])";
const NUM_RE =
  "(?<![\\d.])(?<!\\d,)(?<!\\d[eE][-+]?)" +
  `([-+]?(?<!\\d\\s)(?:${SPACED})(?![\\d,])|[-+]?\\d{1,3}(?:\\s?,\\s?\\d{3})+(?:\\s?\\.\\s?\\d+)?|[-+]?\\d+(?:\\s?\\.\\s?\\d+)?)`;
const MENTION = new RegExp(`${NUM_RE}\\s*${UNIT_RE}`, "g");

function unitOf(u: string): Unit {
  if (/^台/.test(u)) return "台（套）";
  if (u === "套") return "台（套）";
  return u as Unit;
}

/** All number+unit mentions in a text (offsets refer to the original text; full-width digits allowed). */
export function findMentions(text: string): Mention[] {
  // "，" is a clause comma, except between full-width digits grouped in threes ("１，２３４．５６")
  const half = toHalfWidth(text.replace(/(?<![０-９])，|，(?![０-９]{3}(?![０-９]))/g, "\u3001")).replace(/％/g, "%");
  const out: Mention[] = [];
  for (const m of half.matchAll(MENTION)) {
    const start = m.index!;
    const numText = m[1];
    const end = start + numText.length;
    const before = half.slice(Math.max(0, start - 3), start);
    const after = half.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    // thresholds and list numbers
    if (/单价$|价格$|超过$|以上$/.test(before)) continue;
    if (/^[（(]?\s*含?\s*[）)]?\s*以上|^以上|^及以上/.test(after) && /万元$/.test(m[2])) continue;
    if (/第$/.test(before)) continue;
    const p = parseNumber(numText);
    if (!p) continue;
    out.push({ value: p.value, decimals: p.decimals, unit: unitOf(m[2].replace(/\s+/g, "")), start, end, text: text.slice(start, end), unitEnd: m.index! + m[0].length });
  }
  return out;
}

/**
 * Rates printed without "%": a number right after 增长/下降/降低/上升 (or 增幅/降幅), closing its clause, in a sentence
 * that states an amount before it ("比上年减少1.00万元，下降6.5。"). Read as a percentage and marked `bare`, so the
 * fact carries a doubt (no error rests on it) and rule number-format can say the sign is missing.
 */
export function findBareRates(text: string, found: Mention[]): Mention[] {
  const half = toHalfWidth(text).replace(/％/g, "%");
  const out: Mention[] = [];
  for (const m of half.matchAll(/(增长|下降|降低|上升|增幅为?|降幅为?)(了)?\s*(\d{1,3}(?:\.\d+)?)(?=\s*(?:[。；;，,）)]|$))/g)) {
    const start = m.index! + m[0].length - m[3].length;
    const end = start + m[3].length;
    if (found.some((x) => x.start <= start && x.unitEnd >= end)) continue;
    const sentenceStart = Math.max(half.lastIndexOf("。", start), half.lastIndexOf("；", start)) + 1;
    if (!/\d\s*万?元/.test(half.slice(sentenceStart, start))) continue;
    const p = parseNumber(m[3]);
    if (!p) continue;
    out.push({ value: p.value, decimals: p.decimals, unit: "%", start, end, text: text.slice(start, end), unitEnd: end, bare: true });
  }
  return out;
}
