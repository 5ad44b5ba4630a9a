/**
 * Printed numbers → normalised decimal strings. Never a binary float.
 * Handles thousands separators (, ，), full-width digits and punctuation, the Unicode minus signs (U+2212 …),
 * spaces inside numbers (PDF autospacing: "2 ,497.29"), spaces as thousands separators where the grouping is
 * unambiguous ("1 234.56"), and keeps the printed decimals ("0" vs "0.00"). Exponent notation ("1e308") is
 * not an amount.
 */

/**
 * Characters that print a minus sign: U+2212 MINUS SIGN, U+FE63 SMALL HYPHEN-MINUS, U+FF0D FULLWIDTH HYPHEN-MINUS,
 * U+2010/U+2011 hyphens, U+2012 FIGURE DASH, U+2013 EN DASH (used as a minus by word processors). Not U+2014
 * (EM DASH), which tables print for "nothing".
 */
export const MINUS_SIGNS = "\u2212\uFE63\uFF0D\u2010\u2011\u2012\u2013";
const MINUS = new RegExp(`[${MINUS_SIGNS}]`, "g");
const FULL_WIDTH = /[０-９．，－＋％]/g;
const FW_MAP: Record<string, string> = { "．": ".", "，": ",", "－": "-", "＋": "+", "％": "%" };

/** Map full-width digits, number punctuation and minus signs to ASCII; same length, so offsets survive. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => FW_MAP[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(MINUS, "-");
}

export interface ParsedNumber {
  /** Normalised: no separators, sign applied, leading zeros trimmed, printed decimals kept. */
  value: string;
  /** Number of printed decimals. */
  decimals: number;
  negative: boolean;
}

/** Digits grouped by spaces in threes: "1 234", "12 345 678.9" (the only reading of such a string). */
const SPACE_GROUPED = /^\d{1,3}(?:\s+\d{3})+(?:\.\d+)?$/;

/**
 * Parse one printed number. Returns null for anything that is not a number
 * ("—", "/", "XX", "", "1e308", "12 34"; "1,2,3" with bad grouping is accepted only when groups are 3 digits).
 */
export function parseNumber(printed: string): ParsedNumber | null {
  // spaces next to a separator or the sign are autospacing ("2 ,497.29", "- 5"); the rest must group thousands
  let s = toHalfWidth(printed)
    .trim()
    .replace(/\s*%$/, "")
    .replace(/\s*([,.])\s*/g, "$1")
    .replace(/^([-+])\s+/, "$1");
  if (s === "") return null;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (/\s/.test(s)) {
    if (!SPACE_GROUPED.test(s)) return null;
    s = s.replace(/\s+/g, "");
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
