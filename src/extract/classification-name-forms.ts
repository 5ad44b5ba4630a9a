/**
 * Forms of a classification name: the canonical form a printed name is compared in (radicals, brackets, numbering,
 * markers), and how a printed name relates to the standard one. Pure string functions: classification.ts and the
 * standard list lookup (classification-standard.ts) both use them.
 */

/** CJK Radicals Supplement code points PDFs use for ordinary characters (NFKC leaves them alone). */
const RADICALS: Record<string, string> = {
  "\u2e8b": "㔾", "\u2e97": "心", "\u2ea0": "民", "\u2eab": "罒", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec8": "讠",
  "\u2ecb": "车", "\u2ecc": "辶", "\u2ed3": "长", "\u2ed4": "门", "\u2ed7": "雨", "\u2ed8": "青", "\u2edb": "风", "\u2edc": "飞",
  "\u2edd": "食", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐",
  "\u2eee": "齿", "\u2ef0": "龙", "\u2ef3": "龟", "\u2ebb": "耂", "\u2ec3": "覀", "\u2ec0": "糹", "\u2eaa": "疋", "\u2e9c": "日",
  "\u2ea7": "牛", "\u2ebc": "肉", "\u2eb2": "罒", "\u2e86": "冂", "\u2e88": "刀", "\u2e8c": "小", "\u2e94": "彐", "\u2e9d": "月",
  "\u2ea6": "丬", "\u2ea9": "王", "\u2eae": "竹", "\u2eb3": "㓁", "\u2eb7": "羊", "\u2ec1": "虎", "\u2ecf": "阝", "\u2ed6": "阝",
  "\u2ee0": "饣", "\u2ee8": "麦", "\u2ee4": "鬼", "\u2ee7": "卤",
};

/**
 * A name as compared: NFKC (full-width forms and Kangxi radicals folded), radicals mapped, no spaces or zero-width
 * characters, brackets and quotes unified, list numbering, 其中： and （类/款/项） markers and end punctuation gone.
 */
export function canonicalName(s: string): string {
  let t = s.normalize("NFKC");
  t = t.replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);
  t = t.replace(/[\s\u3000\u200b-\u200d\ufeff]/g, "");
  t = t.replace(/[【〔［\[]/g, "(").replace(/[】〕］\]]/g, ")").replace(/[（]/g, "(").replace(/[）]/g, ")");
  t = t.replace(/[“”"'‘’「」『』]/g, "");
  for (let i = 0; i < 3; i++) {
    t = t
      .replace(/^(?:[一二三四五六七八九十百]+[、.．]|\(?[一二三四五六七八九十]+\)|\(?\d+\)|\d+[、.．](?!\d))/, "")
      .replace(/^其中[:：]?/, "");
  }
  // End punctuation, footnote marks and an amount run into the name cell (行政运行795.80), then the level marker.
  const END = /(?:[:：;；,，。、.*※]|(?<=\p{Script=Han}|\))[\d,.]+)+$/u;
  t = t.replace(END, "").replace(/\((?:类|款|项)\)$/, "").replace(END, "");
  return t;
}

export type NameAgreement = "same" | "equivalent" | "abbreviated" | "different";

/** Short bracketed insertions the lists write and reports drop: 因公出国（境）费用, 维修（护）费, 办公厅（室）. */
const dropShortBrackets = (s: string) => s.replace(/\([^()]{1,2}\)/g, "");
const dropSuffix = (s: string) => s.replace(/支出$/, "").replace(/费用$/, "费");
const dropDe = (s: string) => s.replace(/的/g, "");

/**
 * One key for the forms of a name that mean the same 科目: canonical, without the 支出 suffix, 费用/费, a short bracketed
 * insertion or 的 (compareNames calls two such names "equivalent"; resolveStandard looks names up by it).
 */
export function equivalentName(s: string): string {
  return dropDe(dropSuffix(dropShortBrackets(canonicalName(s))));
}

/**
 * How a printed name relates to the standard name of its code, after canonicalName:
 * - same: equal;
 * - equivalent: equal once the 支出 suffix (类 names in narratives, 款 in headers), 费用/费, a one- or two-character
 *   bracketed insertion or 的 is dropped on either side;
 * - abbreviated: a “其他…” name of a 99 code printed as another “其他…” abbreviation, a name cut off at a line or cell
 *   end (the printed name is the first ≥ 4 characters of the standard one, or its tail), or the standard name
 *   followed by a bracketed note;
 * - different: none of these — a different 项 under the code, or a typo.
 */
export function compareNames(printed: string, standard: string, code: string): NameAgreement {
  const p = canonicalName(printed);
  const s = canonicalName(standard);
  if (p === s) return "same";
  const eq = (f: (x: string) => string) => f(p) === f(s);
  if (eq(dropSuffix) || eq(dropShortBrackets) || eq(dropDe) || equivalentName(p) === equivalentName(s)) return "equivalent";
  if (/99$/.test(code) && code.length > 3 && /^其他/.test(p) && /^其他/.test(s)) return "abbreviated";
  if (code.length === 3 && /^其他/.test(p) && /^其他/.test(s) && /^2(29|99)$|^399$/.test(code)) return "abbreviated";
  const ps = dropShortBrackets(p);
  const ss = dropShortBrackets(s);
  // Cut at a line or cell end — but not just before a qualifier: 资本性支出 for 资本性支出（基本建设） is another 类.
  if (ps.length >= 4 && ss.startsWith(ps) && ps.length < ss.length && ss[ps.length] !== "(") return "abbreviated";
  if (ps.startsWith(ss) && /^\([^()]+\)$/.test(ps.slice(ss.length))) return "abbreviated";
  // The tail of a name wrapped over two lines, the head left on the line above.
  if (ps.length < ss.length && ss.endsWith(ps)) return "abbreviated";
  return "different";
}
