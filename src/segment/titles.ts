/**
 * Title recognition: numbering labels and the alias table that maps a title's text to a section kind.
 * Sections are recognised by what their titles say, never by their number or position.
 */
import type { SectionKind } from "../model/report.js";
import { kindFromTitle } from "../shared/table-kinds.js";

const CN = "一二三四五六七八九十百零〇";

export interface TitleParts {
  /** "第二部分", "一、", "（一）", "1.", "1、" or "" */
  label: string;
  /** 1 part, 2 section, 3 subsection, 4 numbered item, 0 none */
  level: number;
  /** The title text after the label. */
  rest: string;
}

const LABELS: [RegExp, number][] = [
  [new RegExp(`^\\s*(第[${CN}\\d]+部分)\\s*[：:、.．]?\\s*`), 1],
  [new RegExp(`^\\s*([${CN}]+\\s*[、.．])\\s*`), 2],
  [new RegExp(`^\\s*([（(]\\s*[${CN}]+\\s*[）)])\\s*[、.．]?\\s*`), 3],
  [/^\s*(\d{1,2}\s*[.．、](?!\d))\s*/, 4],
  [/^\s*([（(]\s*\d{1,2}\s*[）)])\s*/, 5],
];

export function splitLabel(text: string): TitleParts {
  for (const [re, level] of LABELS) {
    const m = re.exec(text);
    if (m) return { label: m[1].replace(/\s+/g, ""), level, rest: text.slice(m[0].length) };
  }
  return { label: "", level: 0, rest: text.trim() };
}

/** Level of a recovered (docx list) or printed label. */
export function labelLevel(label: string): number {
  return splitLabel(label + "X").level;
}

/** Normalise a title for comparison: no spaces, unified quotes and brackets, no trailing punctuation. */
export function normTitle(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, "")
    .replace(/[“”"‘’'「」『』《》〈〉]/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[。.:：;；]+$/, "");
}

type Alias = [RegExp, SectionKind];

/** Part titles (第X部分 …, or unnumbered part titles of other layouts). */
export const PART_ALIASES: Alias[] = [
  [/名词解释|专业名词/, "glossary-part"],
  [/情况说明|决算说明|编制说明|报表说明|(决算|报表|公开).{0,6}说明$/, "explanation-part"],
  [/(决算|公开)(报)?表|报表|附表/, "tables-part"],
  [/自评表|绩效评价/, "forms-part"],
  [/附件/, "appendix-part"],
  [/概况|基本情况|单位简介|部门简介/, "profile-part"],
];

/** Section and subsection titles. Order matters: the more specific aliases come first. */
export const SECTION_ALIASES: Alias[] = [
  [/主要职能|职能职责|主要职责|部门职责|基本职能|主要工作|工作职责/, "functions"],
  [/机构设置|决算单位构成|单位构成|人员(构成|情况)|部门构成/, "organisation"],
  [/名词解释/, "glossary"],
  [/三公/, "sangong"],
  [/政府性基金/, "govfund"],
  [/国有资本经营/, "soe"],
  [/一般性支出|会议费|培训费/, "general-spending"],
  [/机关运行经费/, "operating-costs"],
  [/政府采购/, "procurement"],
  [/国有资产/, "assets"],
  [/一般公共预算财政拨款基本支出/, "basic"],
  [/一般公共预算财政拨款支出/, "gpb"],
  [/财政拨款收(入)?、?支(出)?(决算)?(总体)?情况/, "fiscal"],
  [/收入支出决算总体情况|收支决算总体情况|收入支出(决算)?总(体)?(情况)?|收支总体情况/, "overview"],
  [/收入决算(情况)?|收入情况/, "income"],
  [/支出决算(情况)?|支出情况/, "expenditure"],
  [/预算绩效|绩效管理|绩效评价|绩效自评/, "performance"],
  [/其他重要事项|其他需(要)?说明的事项|其他事项/, "other-matters"],
  [/一般性支出/, "general-spending"],
  [/机关运行经费/, "operating-costs"],
  [/政府采购/, "procurement"],
  [/国有资产/, "assets"],
];

/** Subsections whose kind depends on the parent. */
export const SUB_ALIASES: Partial<Record<SectionKind, Alias[]>> = {
  gpb: [
    [/总体情况|总体/, "gpb-overall"],
    [/结构情况|结构/, "gpb-structure"],
    [/具体情况|具体|明细/, "gpb-items"],
  ],
  sangong: [
    [/总体情况|总体/, "sangong-overall"],
    [/具体情况|具体|明细/, "sangong-detail"],
  ],
};

/** A table title (part 4 tables, or any "…表"). */
export const TABLE_TITLE = /(决算|收支|收入|支出|三公|明细|情况|汇总|总)[^。，,；;]{0,8}表$|^[^。，,；;]{2,30}表$/;

export function classifyPart(rest: string): SectionKind | undefined {
  for (const [re, kind] of PART_ALIASES) if (re.test(rest)) return kind;
  return undefined;
}

/** The section that explains one table takes that table's subject (the university family: "（二）收入决算表说明"). */
const TABLE_SECTION: Record<string, SectionKind> = {
  T1: "overview", T2: "income", T3: "expenditure", T4: "fiscal", T5: "gpb", T6: "basic", T7: "sangong", T8: "govfund", T9: "soe",
  "fiscal-expenditure": "fiscal-expenditure",
};

export function classifySection(rest: string, parent?: SectionKind): SectionKind | undefined {
  const explained = /^(.{2,40}表)(的)?(情况)?说明$/.exec(normTitle(rest));
  if (explained) {
    const k = kindFromTitle(explained[1]);
    if (k && TABLE_SECTION[k]) return TABLE_SECTION[k];
  }
  if (parent === "profile-part" && /基本情况|简介|概况/.test(rest)) return "functions";
  const subs = parent ? SUB_ALIASES[parent] : undefined;
  if (subs) for (const [re, kind] of subs) if (re.test(rest)) return kind;
  if (parent === "other-matters" || parent === "performance") {
    for (const k of ["operating-costs", "procurement", "assets", "general-spending"] as SectionKind[]) {
      const a = SECTION_ALIASES.find(([, kk]) => kk === k);
      if (a && a[0].test(rest)) return k;
    }
  }
  for (const [re, kind] of SECTION_ALIASES) if (re.test(rest)) return kind;
  return undefined;
}
