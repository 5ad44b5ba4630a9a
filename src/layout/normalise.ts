/**
 * Title normalisation for layout comparison: strip numbering (第一部分 / 一、 / （一） / 1. / 表1),
 * the unit name, the year, template placeholders (XX局), whitespace, quotes and punctuation variants,
 * so that 「一、“三公”经费支出情况」 and 「1.三公经费支出情况」 compare equal.
 */
export interface TitleContext {
  unitName?: string;
  year?: number;
}

const CN_NUM = "〇零一二三四五六七八九十百两";
const NUMBERING = new RegExp(
  [
    `^第[${CN_NUM}\\d]+(?:部分|章|节|篇)`, // 第二部分
    `^[(（][${CN_NUM}\\d]+[)）][、.．]?`, // （一）
    `^[${CN_NUM}]+[、.．]`, // 一、
    `^\\d{1,2}(?:[.．]\\d+)*[、.．)）]`, // 1. 1、 1.2 1)
    `^(?:附表|公开|表)\\s*[${CN_NUM}\\d]+(?:[-－]\\d+)?(?:表)?[:：、.．]?`, // 表1 附表2 公开01表
  ].join("|"),
);
/** Quotes, brackets and punctuation that vary between regions and converters. */
const PUNCT = /[\s\u3000"'“”‘’「」『』《》〈〉【】()（）\[\]:：;；,，.．。、·•…_—–\-~～!！?？*]/g;

export function normaliseTitle(title: string, ctx: TitleContext = {}): string {
  let t = title.normalize("NFKC").replace(/\s+/g, "");
  // numbering may repeat ("第三部分 一、…" when a converter merges lines)
  for (let i = 0; i < 3; i++) {
    const next = t.replace(NUMBERING, "");
    if (next === t) break;
    t = next;
  }
  if (ctx.unitName) {
    const unit = ctx.unitName.normalize("NFKC").replace(/\s+/g, "");
    if (unit) t = t.split(unit).join("");
  }
  // "{单位}{年}年度…": drop everything before and including the year
  t = t.replace(/^.*?(?:19|20)\d{2}年度?/, "");
  // template placeholders: XX局概况, XX单位…
  t = t.replace(/^(?:XX+|××+)[\u4e00-\u9fff]{0,4}?(?=概况|部门决算|单位决算|决算)/i, "");
  t = t.replace(/^(?:XX+|××+)/i, "");
  // a table's unit line glued to its title: "收入决算表 单位：万元"
  t = t.replace(/(?:金额)?单位[:：]?(?:万元|千元|元)$/, "");
  // Drafting notes in brackets ("（仅有一个单位的部门，本部分内容为“机构设置”）") are not part of the title.
  t = t.replace(/[（(][^）)]{6,}[）)]$/, "");
  return t.replace(PUNCT, "");
}

/** Normalise a table column header (already cleaned by the table typer, but converters differ). */
export function normaliseHeader(h: string): string {
  return h.normalize("NFKC").replace(PUNCT, "");
}

/** Dice coefficient of character bigrams: 1 identical, 0 nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}
