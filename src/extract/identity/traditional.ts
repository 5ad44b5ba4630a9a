/**
 * Traditional → simplified characters for matching (opencc-js, Hong Kong variants → mainland). The conversion
 * is loaded lazily, only for text that shows a traditional character, and keeps offsets: one character in,
 * one character out, so a match in the simplified text points at the same characters of the original.
 */
import { createRequire } from "node:module";

type Convert = (s: string) => string;
let convert: Convert | undefined;

/** Frequent characters that exist only in traditional script (决算 titles, units and places). */
const HINT = /[決門單開說財區縣會與關於報學醫廳處機構體經費預結餘轉資產書國衛業專環員館場職數總額計類項廣東華陽歲務鎮鄉辦黨廠衆眾種藝術檔輛講設審議監測農發規劃園圖導統營運積]/;

export function hasTraditional(s: string): boolean {
  return HINT.test(s);
}

function converter(): Convert {
  if (!convert) {
    // The UMD build loads synchronously; identity runs inside the synchronous extraction.
    const OpenCC = createRequire(import.meta.url)("opencc-js/t2cn") as { Converter(o: { from: string; to: string }): Convert };
    convert = OpenCC.Converter({ from: "hk", to: "cn" });
  }
  return convert;
}

/**
 * The simplified form of `s`, with the same length and character positions. Text without a hint of
 * traditional script is returned as is (no dictionary is loaded).
 */
export function toSimplified(s: string): string {
  if (!hasTraditional(s)) return s;
  const c = converter();
  const whole = c(s);
  if (whole.length === s.length) return whole;
  // A phrase rule changed the length: convert character by character, keeping any that would not stay one.
  let out = "";
  for (const ch of s) {
    const t = c(ch);
    out += t.length === ch.length ? t : ch;
  }
  return out;
}
