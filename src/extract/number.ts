/**
 * Printed numbers → normalised decimal strings. Never a binary float.
 * Handles thousands separators (, ，), full-width digits and punctuation, spaces inside numbers
 * (PDF autospacing: "2 ,497.29"), and keeps the printed decimals ("0" vs "0.00").
 */

const FULL_WIDTH = /[０-９．，－＋％]/g;
const FW_MAP: Record<string, string> = { "．": ".", "，": ",", "－": "-", "＋": "+", "％": "%" };

/** Map full-width digits and number punctuation to ASCII; same length, so offsets survive. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => FW_MAP[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface ParsedNumber {
  /** Normalised: no separators, sign applied, leading zeros trimmed, printed decimals kept. */
  value: string;
  /** Number of printed decimals. */
  decimals: number;
  negative: boolean;
}

/**
 * Parse one printed number. Returns null for anything that is not a number
 * ("—", "/", "XX", "", "1,2,3" with bad grouping is accepted leniently only when groups are 3 digits).
 */
export function parseNumber(printed: string): ParsedNumber | null {
  let s = toHalfWidth(printed).replace(/[\s\u3000\u00a0]/g, "").replace(/[−–]/g, "-");
  s = s.replace(/%$/, "");
  if (s === "") return null;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (!/^\d[\d,]*(\.\d+)?$/.test(s)) return null;
  const [intRaw, frac = ""] = s.split(".");
  if (intRaw.includes(",")) {
    const groups = intRaw.split(",");
    if (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
  }
  const intPart = intRaw.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  const body = frac ? `${intPart}.${frac}` : intPart;
  const isZero = /^0(\.0+)?$/.test(body);
  return { value: (negative && !isZero ? "-" : "") + body, decimals: frac.length, negative: negative && !isZero };
}

/** Negate a normalised decimal string (for 减少/下降 words). */
export function negate(value: string): string {
  if (/^-/.test(value)) return value.slice(1);
  if (/^0(\.0+)?$/.test(value)) return value;
  return "-" + value;
}

/** Number of decimals of a normalised value. */
export function decimalsOf(value: string): number {
  const i = value.indexOf(".");
  return i < 0 ? 0 : value.length - i - 1;
}

/**
 * A regex source that finds printed numbers inside running text, tolerant of thousands separators
 * and of single spaces around separators (PDF autospacing). Use with the "g" flag on half-width text.
 */
export const NUMBER_IN_TEXT = /[-+]?\d{1,3}(?:\s?[,，]\s?\d{3})+(?:\s?\.\s?\d+)?|[-+]?\d+(?:\s?\.\s?\d+)?/g;
