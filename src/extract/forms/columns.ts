/**
 * Header vocabulary of the forms: which header text names which value column, and which rows are headers,
 * goal rows, total and grade rows. Columns are found by header text, never by position.
 */
import { printedCells, squash, type FRow } from "./grid.js";

export type FundKey = "initial" | "fullYear" | "executed" | "weight" | "rate" | "score";
export type IndKey =
  | "level1" | "level2" | "name" | "nature" | "unit" | "target" | "actual" | "weight" | "score"
  | "rate" | "deviation" | "prior";

export function fundKey(t: string): FundKey | undefined {
  // the block's own label ("项目资金（万元）", "预算执行情况", "资金来源") is not a value column
  if (/情况$|资金|来源/.test(t)) return undefined;
  if (/执行率/.test(t)) return "rate";
  if (/得分/.test(t) && !/方法|规则|计算|说明/.test(t)) return "score";
  if (/分值|权重/.test(t)) return "weight";
  if (/年初/.test(t)) return "initial";
  if (/执行数|实际执行|全年执行|执行金额|决算数|支出数/.test(t)) return "executed";
  if (/预算/.test(t)) return "fullYear";
  return undefined;
}

export function indKey(t: string): IndKey | "skip" | undefined {
  if (/一级/.test(t)) return "level1";
  if (/二级/.test(t)) return "level2";
  if (/三级|指标名称|^指标$/.test(t)) return "name";
  if (/性质/.test(t)) return "nature";
  if (/度量单位|计量单位|^单位$/.test(t)) return "unit";
  if (/偏差|原因|改进/.test(t)) return "deviation";
  if (/上年/.test(t)) return "prior";
  if (/完成率|完成比例|完成程度/.test(t)) return "rate";
  if (/得分/.test(t) && !/方法|规则|计算/.test(t)) return "score";
  if (/分值|权重/.test(t)) return "weight";
  if (/依据|规则|佐证|方法|说明|资料|备注/.test(t)) return "skip";
  if (/实际|业绩|完成值|完成情况/.test(t)) return "actual";
  if (/指标值|目标值|目标|预期/.test(t)) return "target";
  return undefined;
}

/** Header row → column of each key (the first header cell naming it). */
export function mapColumns<K extends string>(row: FRow, key: (t: string) => K | "skip" | undefined): Map<K, number> {
  const m = new Map<K, number>();
  for (const c of printedCells(row)) {
    const k = key(squash(c.text));
    if (k && k !== "skip" && !m.has(k)) m.set(k, c.col);
  }
  return m;
}

/** A short printed cell matching `re` (headers and labels are short; goal texts are not). */
export const has = (row: FRow, re: RegExp) =>
  printedCells(row).some((c) => {
    const t = squash(c.text);
    return t.length <= 16 && re.test(t);
  });

export const isFundHeader = (row: FRow) => has(row, /年初预算|预算数/) && has(row, /执行数|执行率|实际执行|全年执行/);
export const isIndicatorHeader = (row: FRow) =>
  has(row, /^一级指标$|^三级指标$|^指标名称$/) && has(row, /二级指标|三级指标|指标值|目标值|分值|权重/);
export const isGoalRow = (row: FRow) => has(row, /^(年度)?总体目标$|^年度目标$|^预期目标$/);
/** The column headers of a goal block ("预期目标 | 实际完成情况"), as opposed to its row label. */
export const GOAL_PART = /预期目标|实际完成|完成情况/;
export const isTotalRow = (row: FRow) => {
  const first = printedCells(row)[0];
  return first !== undefined && /^(总分|合计|总计|自评总分|综合得分)$/.test(squash(first.text));
};
export const isGradeRow = (row: FRow) => has(row, /^(自评|评价)?等级$|^评价结论$|^自评结果$/);

/** The total line of a fund block ("年度资金总额", "合计"). */
export const TOTAL_FUND = /年度资金总额|资金总额|^合计$|^总计$|^总额$|^小计$/;
