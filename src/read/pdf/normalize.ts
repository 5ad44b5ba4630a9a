/** Text normalisation for PDF text: CJK radicals/compatibility forms, autospacing, numbers split by spaces. */

/** CJK Radicals Supplement (U+2E80–U+2EF3) → the unified ideograph a reader means. NFKC maps only two of these. */
const RADICALS: Record<string, string> = {
  "\u2E81": "厂", "\u2E85": "亻", "\u2E86": "冂", "\u2E87": "几", "\u2E89": "刂", "\u2E8A": "卜",
  "\u2E8B": "㔾", "\u2E8C": "小", "\u2E8D": "小", "\u2E8E": "尢", "\u2E8F": "尣", "\u2E90": "尢",
  "\u2E92": "巳", "\u2E93": "幺", "\u2E94": "彑", "\u2E95": "彐", "\u2E96": "忄", "\u2E97": "㣺",
  "\u2E98": "扌", "\u2E99": "攵", "\u2E9B": "旡", "\u2E9C": "日", "\u2E9D": "月", "\u2E9E": "歺",
  "\u2E9F": "母", "\u2EA0": "民", "\u2EA1": "氵", "\u2EA2": "氺", "\u2EA3": "灬", "\u2EA4": "爫",
  "\u2EA5": "爫", "\u2EA6": "丬", "\u2EA7": "牛", "\u2EA8": "犭", "\u2EA9": "王", "\u2EAA": "疋",
  "\u2EAB": "罒", "\u2EAC": "示", "\u2EAD": "礻", "\u2EAE": "竹", "\u2EAF": "糸", "\u2EB0": "纟",
  "\u2EB2": "罒", "\u2EB3": "㓁", "\u2EB6": "羊", "\u2EB7": "羊", "\u2EB9": "耂", "\u2EBA": "肀",
  "\u2EBB": "聿", "\u2EBC": "月", "\u2EBD": "臼", "\u2EBE": "艹", "\u2EBF": "艹", "\u2EC0": "艹",
  "\u2EC1": "虎", "\u2EC2": "衤", "\u2EC3": "覀", "\u2EC4": "西", "\u2EC5": "见", "\u2EC6": "角",
  "\u2EC7": "角", "\u2EC8": "讠", "\u2EC9": "贝", "\u2ECA": "足", "\u2ECB": "车", "\u2ECC": "辶",
  "\u2ECD": "辶", "\u2ECE": "辶", "\u2ECF": "阝", "\u2ED0": "钅", "\u2ED1": "長", "\u2ED2": "镸",
  "\u2ED3": "长", "\u2ED4": "门", "\u2ED5": "阜", "\u2ED6": "阝", "\u2ED7": "雨", "\u2ED8": "青",
  "\u2ED9": "韦", "\u2EDA": "页", "\u2EDB": "风", "\u2EDC": "飞", "\u2EDD": "食", "\u2EDF": "飠",
  "\u2EE0": "饣", "\u2EE1": "首", "\u2EE2": "马", "\u2EE3": "骨", "\u2EE4": "鬼", "\u2EE5": "鱼",
  "\u2EE6": "鸟", "\u2EE7": "卤", "\u2EE8": "麦", "\u2EE9": "黄", "\u2EEA": "黾", "\u2EEB": "斉",
  "\u2EEC": "齐", "\u2EED": "歯", "\u2EEE": "齿", "\u2EEF": "竜", "\u2EF0": "龙", "\u2EF1": "龜",
  "\u2EF2": "亀", "\u2EF3": "龟",
};

// Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): NFKC maps them.
const COMPAT_RE = /[\u2F00-\u2FDF\uF900-\uFAFF]|[\uD87E][\uDC00-\uDE1F]/g;
const RADICAL_RE = /[\u2E80-\u2EFF]/g;

/** Map radicals and compatibility ideographs to unified ideographs; other characters untouched. */
export function normalizeCjk(s: string): string {
  if (!/[\u2E80-\u2FDF\uF900-\uFAFF\uD87E]/.test(s)) return s;
  return s.replace(RADICAL_RE, (c) => RADICALS[c] ?? c).replace(COMPAT_RE, (c) => c.normalize("NFKC"));
}

/** Han ideographs, CJK punctuation and full-width forms: no space is needed next to these. */
const CJK = "\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF";
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00A0]+|[ \\t\\u00A0]+(?=[${CJK}])`, "g");
const isCjkChar = new RegExp(`[${CJK}]`);

export function isCjk(ch: string): boolean {
  return isCjkChar.test(ch);
}

/**
 * Tidy a line or cell text: radicals, spaces next to CJK (autospacing / justification gaps), spaces inside numbers
 * ("2 ,497.29", "1.87 %"), runs of spaces. Latin words keep one space.
 */
export function tidyText(s: string): string {
  let t = normalizeCjk(s).replace(/[\u00A0\u2002-\u200B\u3000]/g, " ");
  t = t.replace(SPACE_NEAR_CJK, "");
  // numbers broken by spaces: "2 ,497.29", "2, 497.29", "2,497 .29", "1.87 %"
  t = t.replace(/(\d)\s+(?=[,.，．]\d)/g, "$1").replace(/(\d[,.，．])\s+(?=\d)/g, "$1").replace(/(\d)\s+(?=[%％])/g, "$1");
  t = t.replace(/[ \t]{2,}/g, " ");
  return t.trim();
}

/** Join two fragments of running text (lines of a paragraph or of a cell): a space only between Latin words. */
export function joinFragments(a: string, b: string): string {
  if (a === "") return b;
  if (b === "") return a;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  if (/[A-Za-z]/.test(last) && /[A-Za-z(]/.test(first)) return `${a} ${b}`;
  if (/[.,;:!?)]/.test(last) && /[A-Za-z]/.test(first) && /[A-Za-z]{2}[.,;:!?)]$/.test(a)) return `${a} ${b}`;
  return a + b;
}
