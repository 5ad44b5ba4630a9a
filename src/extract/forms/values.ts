/**
 * Values printed in form cells: amounts ("2,285.54"), percents ("89.53%"), points ("75.74分"), and
 * indicator values with an operator and a unit (">=2次", "<=10万元", "=5931.64平方米", "100%").
 */
import { isUnit } from "../../model/fact-key.js";
import type { Unit } from "../../model/fact.js";
import { parseNumber, toHalfWidth } from "../number.js";

export interface CellNumber {
  /** Normalised decimal string (printed decimals kept). */
  value: string;
  decimals: number;
}

/** A cell that is exactly one number, optionally followed by `suffix` (e.g. "%", "分"). */
export function cellNumber(text: string, suffix?: RegExp): CellNumber | null {
  let t = toHalfWidth(text).replace(/[\s\u3000\u00a0]/g, "");
  if (suffix) t = t.replace(suffix, "");
  const p = parseNumber(t);
  return p ? { value: p.value, decimals: p.decimals } : null;
}

export function percentCell(text: string): CellNumber | null {
  return cellNumber(text, /[%％]$/);
}

export function pointsCell(text: string): CellNumber | null {
  return cellNumber(text, /分$/);
}

const OPS: Record<string, string> = {
  ">=": ">=", "≥": ">=", "＞=": ">=", "<=": "<=", "≤": "<=", "＜=": "<=",
  "=": "=", "＝": "=", ">": ">", "＞": ">", "<": "<", "＜": "<",
};

export interface IndicatorValue {
  op?: string;
  value: string;
  decimals: number;
  /** The unit as printed after the number ("次", "万元", "%", "门" …), "" when none. */
  unitText: string;
  /** Offsets of the number inside the printed text. */
  start: number;
  end: number;
}

/**
 * Parse an indicator value. Returns null for text ("有效提升", "达到预期指标") and for dates
 * ("2024年12月", "6月20日前"), which are not quantities.
 */
export function indicatorValue(text: string): IndicatorValue | null {
  const h = toHalfWidth(text);
  const m = /^\s*(>=|<=|≥|≤|＞=|＜=|=|＝|>|<|＞|＜)?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5（）()]{1,4})?\s*$/.exec(h);
  if (!m) return null;
  const unitText = m[3] ?? "";
  if (/[年月日时]/.test(unitText) && unitText !== "小时") return null;
  if (/[前后内起止]/.test(unitText)) return null;
  const p = parseNumber(m[2]);
  if (!p) return null;
  const start = h.indexOf(m[2]);
  return {
    ...(m[1] ? { op: OPS[m[1]] ?? m[1] } : {}),
    value: p.value,
    decimals: p.decimals,
    unitText,
    start,
    end: start + m[2].length,
  };
}

/** The fact unit for a printed unit: a contract unit when it is one, else "text" (unit kept in dims). */
export function factUnit(unitText: string): { unit: Unit; unitText?: string } {
  const u = unitText === "％" ? "%" : unitText;
  if (isUnit(u) && u !== "text") return { unit: u };
  if (u === "台" || u === "套") return { unit: "台（套）", unitText: u };
  return { unit: "text", unitText: u };
}

/** Numbers with a unit inside running text (goal descriptions, deviation notes). */
export interface TextNumber {
  value: string;
  decimals: number;
  unitText: string;
  /** Words right before the number, back to the previous punctuation ("全年预算数为"). */
  label: string;
  /** Index of the sentence (split at 。；;！？) the number is in. */
  sentence: number;
  start: number;
  end: number;
}

const TEXT_NUM = /([-+－]?\d[\d,]*(?:\.\d+)?)\s*(万元|元|%|％|人次|人|辆|个|批次|次|平方米|台|套|门|条|部|项|家|小时|分)/g;

export function textNumbers(text: string): TextNumber[] {
  const h = toHalfWidth(text);
  const out: TextNumber[] = [];
  for (const m of h.matchAll(TEXT_NUM)) {
    const at = m.index ?? 0;
    const before = h.slice(0, at);
    // years, dates, list numbers ("1.认真…"), parts of a longer number; a number right after text cut by the
    // page edge ("偏差率-…5%": the PDF reader marks the cut with "…") may have lost its sign or leading digits
    if (/[\d.]$/.test(before) || /…[-+－]?$/.test(before)) continue;
    const after = h.slice(at + m[0].length);
    if (m[2] === "分" && /^[之钟]/.test(after)) continue;
    const p = parseNumber(m[1].replace("－", "-"));
    if (!p) continue;
    const seg = before.split(/[，,。；;、！？!?（）()\s]/);
    const label = (seg[seg.length - 1] ?? "").slice(-20);
    const sentence = (before.match(/[。；;！？!?]/g) ?? []).length;
    out.push({ value: p.value, decimals: p.decimals, unitText: m[2], label, sentence, start: at, end: at + m[1].length });
  }
  return out;
}
