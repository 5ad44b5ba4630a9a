/** Fiscal years as printed: 2023, ２０２３ (folded by the view), 二〇二三 / 二零二三 / 二○二三. */

const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", "○": "0", "◯": "0", Ｏ: "0", O: "0", "0": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** Regex source of a year token (no groups). */
export const YEAR = "(?:20\\d{2}|二[〇零○◯Ｏ0][〇零○◯Ｏ0一二三四五六七八九]{2})";

/** The year a token stands for, when it is a plausible fiscal year. */
export function yearValue(token: string): number | undefined {
  const digits = /^\d{4}$/.test(token) ? token : [...token].map((c) => CN_DIGITS[c] ?? "?").join("");
  if (!/^\d{4}$/.test(digits)) return undefined;
  const y = Number(digits);
  return y >= 2000 && y <= 2099 ? y : undefined;
}
