/** Text helpers for table cells: normalisation, codes, row-label patterns. */
import { parseNumber } from "../number.js";
import { norm } from "../../shared/text.js";

export { norm };

export const CJK = /[\u4e00-\u9fff]/;

/** A cell whose text is a (part of a) classification code: "201", "06", "2010601", "201 06 01", "201-06-01". */
export function codeText(s: string): string | undefined {
  const t = s.replace(/[\s\u3000\-－—_.．]/g, "");
  return /^\d{2,7}$/.test(t) ? t : undefined;
}

/** A full code (functional 2xx / economic 3xx or 5xx), contiguous. */
export function isFullCode(s: string): boolean {
  return /^[235]\d{2}(\d{2}){0,2}$/.test(s);
}

/** Split "2010601 行政运行" / "30207邮电费" / "201 06 01 行政运行" into code and name. */
export function splitCodeName(s: string): { code: string; name: string } | undefined {
  const m = /^\s*([235]\d{2}(?:[\s\-－]?\d{2}){0,2})(?![\d.,])\s*(.*)$/s.exec(s);
  if (!m) return undefined;
  const code = m[1].replace(/[\s\-－]/g, "");
  if (!isFullCode(code)) return undefined;
  const name = m[2].trim();
  if (name && !CJK.test(name)) return undefined;
  return { code, name };
}

/** An amount cell value: normalised decimal, or undefined when the text is not a number. */
export function amount(text: string): string | undefined {
  const p = parseNumber(text);
  return p ? p.value : undefined;
}

/** Text that carries a value but is not a number: dashes, slashes, XX placeholders, ellipses. */
export function isPlaceholder(text: string): boolean {
  const t = norm(text);
  return t !== "" && /^[—–\-－/／\\xX×*＊…\.·。、]+$/.test(t);
}

/** Row-label enumerators: 一、 （一） 1. 其中： */
export const ENUM_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|其中[：:]?)/;

export function stripEnum(s: string): string {
  return s.replace(ENUM_START, "").replace(/^[：:]/, "");
}

/** Header words that never label a data row. */
export const HEADER_WORDS = /^(项目|科目编码|功能分类|支出功能分类|经济分类|支出经济分类|科目名称|类|款|项|类款项|编码|名称|收入|支出|决算数|预算数|金额|栏次|单位|行次)+$/;
