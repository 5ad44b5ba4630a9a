/**
 * The table kinds a final account prints, as data: how each is titled, which header words confirm it, how it is
 * shaped, what its columns are called, which rows state which concept, and which identities hold in each row.
 * Extraction types tables with it; validation checks them with it. A new table kind (a region's extra table)
 * is one entry here. Order matters: the first kind whose title patterns match wins ("支出决算表" is a substring
 * of T8/T9 titles, so they come first).
 */
import type { TableId } from "../model/table.js";

export type KindId = Exclude<TableId, "generic">;

export interface ColumnSpec {
  /** Canonical names in printed order (the positional fallback when keywords do not name every column). */
  names: string[];
  /** Canonical name ← header keyword, tried in order against the column's own header text. */
  match: [string, RegExp][];
}

/** A row of a two-sided table that states a concept (matched on the row name without enumeration). */
export interface RowConcept {
  side: "income" | "expenditure";
  match: RegExp;
  concept: string;
}

/** total = Σ parts (with signs) within one row, over canonical column names. */
export interface RowIdentity {
  total: string;
  parts: string[];
  signs?: number[];
  /** Only rows of this side (two-sided tables). */
  side?: "income" | "expenditure";
}

export interface TableKind {
  id: KindId;
  /** The canonical title. */
  name: string;
  /** Title patterns (normalised title, numbering removed): any must match … */
  titles: RegExp[];
  /** … and none of these. */
  unless?: RegExp[];
  /** Header words that confirm the kind (all must appear in the first rows). */
  confirm: RegExp[];
  shape: "two-sided" | "coded" | "sangong";
  codeDomain: "functional" | "economic" | "none";
  columns?: ColumnSpec;
  /** Variant column sets, tried when the main one does not fit (T9 printed as 支出 only). */
  variants?: { when: (headers: string[]) => boolean; columns: ColumnSpec }[];
  rowIdentities?: RowIdentity[];
  /** Two-sided tables: rows that state concepts. */
  rowConcepts?: RowConcept[];
  /** Coded tables: the total row's columns that state concepts (column → concept). */
  totalConcepts?: Record<string, string>;
  /** Coded tables: 类 and 项 rows state `${prefix}.class.amount` / `${prefix}.item.amount` (dims code, name) in `column`. */
  classConcepts?: { prefix: string; column: string };
}

const T2_COLUMNS: ColumnSpec = {
  names: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
  match: [
    ["附属单位上缴收入", /附属/],
    ["上级补助收入", /上级补助/],
    ["事业收入", /事业/],
    ["经营收入", /经营/],
    ["其他收入", /其他/],
    ["财政拨款收入", /财政拨款/],
    ["本年收入合计", /合计|本年收入/],
  ],
};

const T3_COLUMNS: ColumnSpec = {
  names: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
  match: [
    ["对附属单位补助支出", /附属/],
    ["上缴上级支出", /上缴/],
    ["经营支出", /经营/],
    ["基本支出", /基本/],
    ["项目支出", /项目支/],
    ["本年支出合计", /合计|本年支出/],
  ],
};

const BASIC_PROJECT: ColumnSpec = {
  names: ["合计", "基本支出", "项目支出"],
  match: [
    ["基本支出", /基本/],
    ["项目支出", /项目支/],
    ["合计", /合计|小计|决算数|本年支出|^支出$/],
  ],
};

const FUND_COLUMNS: ColumnSpec = {
  names: ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"],
  match: [
    ["年初结转和结余", /年初|上年结转/],
    ["年末结转和结余", /年末/],
    ["基本支出", /基本/],
    ["项目支出", /项目支/],
    ["本年收入", /本年收入|^收入/],
    ["本年支出合计", /本年支出|合计|小计/],
  ],
};

const FUND_EXPENDITURE_ONLY: ColumnSpec = {
  names: ["本年支出合计", "基本支出", "项目支出"],
  match: [
    ["基本支出", /基本/],
    ["项目支出", /项目支/],
    ["本年支出合计", /合计|小计|本年支出|支出/],
  ],
};

const FUND_IDENTITIES: RowIdentity[] = [
  { total: "本年支出合计", parts: ["基本支出", "项目支出"] },
  { total: "年末结转和结余", parts: ["年初结转和结余", "本年收入", "本年支出合计"], signs: [1, 1, -1] },
];

const T1_ROWS: RowConcept[] = [
  { side: "income", match: /^一般公共预算财政拨款(收入)?$/, concept: "income.fiscal_appropriation.gpb" },
  { side: "income", match: /^政府性基金预算财政拨款(收入)?$/, concept: "income.fiscal_appropriation.govfund" },
  { side: "income", match: /^国有资本经营预算财政拨款(收入)?$/, concept: "income.fiscal_appropriation.soe" },
  { side: "income", match: /^财政拨款(收入)?$/, concept: "income.fiscal_appropriation" },
  { side: "income", match: /^上级补助收入$/, concept: "income.superior_subsidy" },
  { side: "income", match: /^事业收入$/, concept: "income.business" },
  { side: "income", match: /^经营收入$/, concept: "income.operating" },
  { side: "income", match: /^附属单位上缴收入$/, concept: "income.subordinate_remittance" },
  { side: "income", match: /^其他收入$/, concept: "income.other" },
  { side: "income", match: /^本年收入合计$/, concept: "overview.income.current_year" },
  { side: "income", match: /^使用非财政拨款结余/, concept: "overview.income.non_fiscal_balance_used" },
  { side: "income", match: /^(年初|上年)结转(和|及)结余$/, concept: "overview.income.carryover_begin" },
  { side: "income", match: /^(收入)?(总计|合计)$/, concept: "overview.income.grand_total" },
  { side: "expenditure", match: /^本年支出合计$/, concept: "overview.expenditure.current_year" },
  { side: "expenditure", match: /^结余分配$/, concept: "overview.expenditure.balance_distribution" },
  { side: "expenditure", match: /^年末结转(和|及)结余$/, concept: "overview.expenditure.carryover_end" },
  { side: "expenditure", match: /^(支出)?(总计|合计)$/, concept: "overview.expenditure.grand_total" },
];

const T4_ROWS: RowConcept[] = [
  { side: "income", match: /^一般公共预算财政拨款(收入)?$/, concept: "fiscal.income.gpb" },
  { side: "income", match: /^政府性基金预算财政拨款(收入)?$/, concept: "fiscal.income.govfund" },
  { side: "income", match: /^国有资本经营预算财政拨款(收入)?$/, concept: "fiscal.income.soe" },
  { side: "income", match: /^本年收入合计$/, concept: "fiscal.income.current_year" },
  { side: "income", match: /^(年初|上年)财政拨款结转(和|及)结余$/, concept: "fiscal.income.carryover_begin" },
  { side: "income", match: /^(收入)?(总计|合计)$/, concept: "fiscal.income.grand_total" },
  { side: "expenditure", match: /^本年支出合计$/, concept: "fiscal.expenditure.current_year" },
  { side: "expenditure", match: /^年末财政拨款结转(和|及)结余$/, concept: "fiscal.expenditure.carryover_end" },
  { side: "expenditure", match: /^(支出)?(总计|合计)$/, concept: "fiscal.expenditure.grand_total" },
];

/** Most specific first. */
export const TABLE_KINDS: TableKind[] = [
  {
    id: "T9",
    name: "国有资本经营预算财政拨款收入支出决算表",
    titles: [/国有资本经营.*(支出|收支)/],
    confirm: [/结转|本年收入|本年支出|支出/],
    shape: "coded",
    codeDomain: "functional",
    columns: FUND_COLUMNS,
    variants: [{ when: (h) => h.length === 3 && !h.some((x) => /年初|年末|本年收入/.test(x)), columns: FUND_EXPENDITURE_ONLY }],
    rowIdentities: FUND_IDENTITIES,
    totalConcepts: { 本年收入: "soe.income", 本年支出合计: "soe.expenditure", 年末结转和结余: "soe.carryover_end", 年初结转和结余: "soe.carryover_begin" },
  },
  {
    id: "T8",
    name: "政府性基金预算财政拨款收入支出决算表",
    titles: [/政府性基金.*(支出|收支|决算)/],
    confirm: [/结转|本年收入|本年支出/],
    shape: "coded",
    codeDomain: "functional",
    columns: FUND_COLUMNS,
    rowIdentities: FUND_IDENTITIES,
    totalConcepts: { 本年收入: "govfund.income", 本年支出合计: "govfund.expenditure", 年末结转和结余: "govfund.carryover_end", 年初结转和结余: "govfund.carryover_begin" },
  },
  {
    id: "T7",
    name: "财政拨款“三公”经费支出决算表",
    titles: [/三公/],
    confirm: [/预算/, /决算/],
    shape: "sangong",
    codeDomain: "none",
  },
  {
    id: "T6",
    name: "一般公共预算财政拨款基本支出决算表",
    titles: [/基本支出/],
    unless: [/项目支出/],
    confirm: [/经济分类|科目编码|科目名称/, /决算/],
    shape: "coded",
    codeDomain: "economic",
    columns: { names: ["决算数"], match: [["决算数", /决算|金额|合计/]] },
  },
  {
    id: "T5",
    name: "一般公共预算财政拨款支出决算表",
    titles: [/一般公共预算.*支出/],
    unless: [/明细|项目支出/],
    confirm: [/基本支出/, /项目支出/],
    shape: "coded",
    codeDomain: "functional",
    columns: BASIC_PROJECT,
    rowIdentities: [{ total: "合计", parts: ["基本支出", "项目支出"] }],
    totalConcepts: { 合计: "gpb.expenditure", 基本支出: "basic.total" },
    classConcepts: { prefix: "gpb", column: "合计" },
  },
  {
    id: "T4",
    name: "财政拨款收入支出决算总表",
    titles: [/财政拨款.*(收入支出|收支)(决算)?总表/],
    confirm: [/收入/, /支出/],
    shape: "two-sided",
    codeDomain: "none",
    rowIdentities: [{ side: "expenditure", total: "合计", parts: ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] }],
    rowConcepts: T4_ROWS,
  },
  {
    id: "T1",
    name: "收入支出决算总表",
    titles: [/(收入支出|收支)(决算)?总表/],
    confirm: [/收入/, /支出/],
    shape: "two-sided",
    codeDomain: "none",
    rowConcepts: T1_ROWS,
  },
  {
    id: "T2",
    name: "收入决算表",
    titles: [/收入决算表$/],
    unless: [/支出/],
    confirm: [/财政拨款/, /(事业|其他)收入/],
    shape: "coded",
    codeDomain: "functional",
    columns: T2_COLUMNS,
    rowIdentities: [{ total: "本年收入合计", parts: ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"] }],
    totalConcepts: {
      本年收入合计: "income.current_year", 财政拨款收入: "income.fiscal_appropriation", 上级补助收入: "income.superior_subsidy", 事业收入: "income.business",
      经营收入: "income.operating", 附属单位上缴收入: "income.subordinate_remittance", 其他收入: "income.other",
    },
  },
  {
    // The university family's 表4 (高等学校财政拨款支出决算表): every 财政拨款, 类/款/项 × 合计 | 基本支出 | 项目支出.
    id: "fiscal-expenditure",
    name: "财政拨款支出决算表",
    titles: [/财政拨款支出决算表$/],
    unless: [/一般公共预算|明细|基本支出|项目支出|三公|政府性基金|国有资本/],
    confirm: [/基本支出/, /项目支出/],
    shape: "coded",
    codeDomain: "functional",
    columns: BASIC_PROJECT,
    rowIdentities: [{ total: "合计", parts: ["基本支出", "项目支出"] }],
    totalConcepts: { 合计: "fiscal.expenditure.current_year", 基本支出: "fiscal.expenditure.basic", 项目支出: "fiscal.expenditure.project" },
    classConcepts: { prefix: "fiscal", column: "合计" },
  },
  {
    id: "T3",
    name: "支出决算表",
    titles: [/支出决算(总)?表$/],
    unless: [/收入|明细|项目支出|财政拨款/],
    confirm: [/基本支出/, /项目支出/],
    shape: "coded",
    codeDomain: "functional",
    columns: T3_COLUMNS,
    rowIdentities: [{ total: "本年支出合计", parts: ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"] }],
    totalConcepts: {
      本年支出合计: "expenditure.current_year", 基本支出: "expenditure.basic", 项目支出: "expenditure.project", 上缴上级支出: "expenditure.remit_to_superior",
      经营支出: "expenditure.operating", 对附属单位补助支出: "expenditure.subsidy_to_subordinate",
    },
    classConcepts: { prefix: "expenditure", column: "本年支出合计" },
  },
];

export function tableKind(id: TableId): TableKind | undefined {
  return TABLE_KINDS.find((k) => k.id === id);
}

/** Strip the printed numbering of a table title ("表1：", "公开09表", "五、", "附表3-1"). */
export function stripTableNumber(t: string): string {
  return t
    .replace(/^(附表|公开表|表)?[\d一二三四五六七八九十]+([-—－]\d+)?[、.．:：]/, "")
    .replace(/^(附表|公开表|表)\d+([-—－]\d+)?[、.．:：]?/, "")
    .replace(/^公开\d+表/, "")
    .replace(/^（[\d一二三四五六七八九十]+）/, "");
}

/**
 * Title → table kind; "generic" for a final-account table no kind knows; undefined when the text is not a
 * table title (a note, a sentence, a performance form).
 */
export function kindFromTitle(normalised: string): KindId | "generic" | undefined {
  const t = stripTableNumber(normalised).replace(/[（(]续表?[）)]$|续表$/, "");
  if (!/表/.test(t)) return undefined;
  if (/^(注|说明|备注)/.test(t) || /[，。；,]/.test(t) || t.length > 50) return undefined;
  if (!/决算|收支|支出|收入|三公/.test(t)) return undefined;
  if (/说明|情况$/.test(t) && !/表$/.test(t)) return undefined;
  if (/绩效|自评/.test(t)) return undefined;
  for (const k of TABLE_KINDS) {
    if (k.titles.some((re) => re.test(t)) && !(k.unless ?? []).some((re) => re.test(t))) return k.id;
  }
  if (/决算.*表$|收支.*表$|支出.*表$|收入.*表$/.test(t)) return "generic";
  return undefined;
}

/** Recognise from header words alone (no title found). */
export function kindFromHeader(text: string): KindId | undefined {
  if (/预算数/.test(text) && /决算数/.test(text) && /(出国|接待|公务用车)/.test(text)) return "T7";
  if (/经济分类/.test(text) && /(人员经费|公用经费|工资福利)/.test(text)) return "T6";
  if (/上级补助收入/.test(text) && /附属单位上缴/.test(text)) return "T2";
  if (/上缴上级支出/.test(text) && /对附属单位补助/.test(text)) return "T3";
  return undefined;
}
