/**
 * Labels for HTML list items, recovered from list position (the text itself carries no number).
 * Depth 0 → "1." (or "一、" for CJK numbering), depth 1 → "（1）", deeper → "1)". The counter style comes from
 * the `type` attribute or `list-style-type`; `start` and `<li value>` are honoured.
 */
import { formatNumber, type NumberFormat } from "./numbering-format.js";
import { attr, styleProp, type HNode } from "./html-dom.js";

const CSS_FORMATS: Record<string, NumberFormat> = {
  decimal: "decimal",
  "decimal-leading-zero": "decimalZero",
  "lower-alpha": "lowerLetter",
  "lower-latin": "lowerLetter",
  "upper-alpha": "upperLetter",
  "upper-latin": "upperLetter",
  "lower-roman": "lowerRoman",
  "upper-roman": "upperRoman",
  "cjk-ideographic": "chineseCounting",
  "simp-chinese-informal": "chineseCountingThousand",
  "trad-chinese-informal": "chineseCountingThousand",
  "cjk-decimal": "ideographDigital",
  "cjk-heavenly-stem": "ideographTraditional",
  "cjk-earthly-branch": "ideographZodiac",
};
const TYPE_FORMATS: Record<string, NumberFormat> = { "1": "decimal", a: "lowerLetter", A: "upperLetter", i: "lowerRoman", I: "upperRoman" };

export interface ListStyle {
  ordered: boolean;
  format: NumberFormat;
  start: number;
}

export function listStyle(list: HNode): ListStyle {
  const ordered = list.name === "ol";
  const css = styleProp(list, "list-style-type") ?? styleProp(list, "list-style")?.split(/\s+/)[0];
  const type = attr(list, "type");
  const format = (css && CSS_FORMATS[css]) || (type && TYPE_FORMATS[type]) || "decimal";
  const start = Number.parseInt(attr(list, "start") ?? "1", 10);
  const cssOrdered = css !== undefined && css in CSS_FORMATS;
  return { ordered: ordered ? css !== "none" : cssOrdered, format, start: Number.isFinite(start) ? start : 1 };
}

const CJK_FORMATS = new Set<NumberFormat>(["chineseCounting", "chineseCountingThousand", "ideographTraditional", "ideographZodiac", "ideographDigital"]);

export function listLabel(n: number, format: NumberFormat, depth: number): string {
  const num = formatNumber(n, format);
  if (depth === 0) return CJK_FORMATS.has(format) ? `${num}、` : `${num}.`;
  if (depth === 1) return `（${num}）`;
  return `${num})`;
}
