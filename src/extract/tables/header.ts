/**
 * Header/data split and column groups of a grid.
 * Header rows: rows made only of header vocabulary (column names, 项目/科目编码/类/款/项 …), found before the
 * first labelled data row; rows of numbers found among them are data printed above their label (kept as data),
 * rows of column numbers (栏次 1 2 3 …) are dropped.
 * Column groups: [code columns…, name column, value columns…], one per side of two-sided tables (T1/T4)
 * and per column group of T6; one for the coded tables.
 */
import { isBlank, isNumberCell, hasCJK, type GCell, type Grid } from "./grid.js";
import { amount, CJK, ENUM_START, splitCodeName } from "./text.js";

export interface Layout {
  headerRows: number[];
  dataRows: number[];
  groups: Group[];
  /** Column index → header text (joined top to bottom, spans included). */
  headers: string[];
}

export interface Group {
  codeCols: number[];
  nameCol: number;
  valueCols: number[];
}

const TOTAL_LABEL = /^(合计|总计|小计|人员经费合计|公用经费合计|人员经费|公用经费|基本支出合计)$/;
const STRONG_HEADER = /^(项目|科目编码|功能分类科目编码|支出功能分类科目编码|经济分类科目编码|科目名称|决算数|预算数|类|款|项|经济分类|支出功能分类|功能分类|收入|支出|金额|编码|名称)$/;

/** A row of column numbers (栏次): small consecutive integers only. */
export function isColumnNumberRow(row: GCell[]): boolean {
  const nums: number[] = [];
  for (const c of row) {
    if (isBlank(c)) continue;
    if (/^栏次|^行次/.test(c.t)) continue;
    if (!/^\d{1,2}$/.test(c.t)) return false;
    nums.push(Number(c.t));
  }
  if (nums.length < 3) return false;
  return nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

function hasCode(row: GCell[]): boolean {
  return row.some((c) => !c.covered && (/^[235]\d{2}(\d{2}){0,2}$/.test(c.t) || !!splitCodeName(c.text)));
}

/** Where the data starts: a code, an enumerated row label (一、…), or a lone total label (合计). */
export function isDataStart(row: GCell[]): boolean {
  if (hasCode(row)) return true;
  const cjk = row.filter((c) => !c.covered && hasCJK(c));
  // an enumerated row label (一、 （一） 1.) starts the data; a "其中：…" header cell (a sub-column) does not,
  // unless the row carries numbers
  if (cjk.some((c) => ENUM_START.test(c.t) && !/^其中/.test(c.t))) return true;
  if (cjk.some((c) => /^其中/.test(c.t)) && row.some(isNumberCell)) return true;
  // "类 | 款 | 项 | 合计 | 2,946.25 …": header words sharing the row with the total and its numbers
  if (cjk.some((c) => TOTAL_LABEL.test(c.t)) && cjk.every((c) => TOTAL_LABEL.test(c.t) || /^(类|款|项)$/.test(c.t))) return true;
  if (cjk.length > 0 && cjk.every((c) => TOTAL_LABEL.test(c.t))) {
    // "合计 | 基本支出 | 项目支出" is a header; a lone 合计 (maybe with numbers) is the total row
    return true;
  }
  return false;
}

function numbersOnly(row: GCell[]): boolean {
  return row.some(isNumberCell) && !row.some((c) => !c.covered && hasCJK(c));
}

/** A header row repeated inside the data (a continued page): strong header words only, no numbers or codes. */
export function isRepeatedHeader(row: GCell[]): boolean {
  if (row.some(isNumberCell) || hasCode(row)) return false;
  const cjk = row.filter((c) => !c.covered && hasCJK(c));
  return cjk.length > 0 && cjk.some((c) => STRONG_HEADER.test(c.t)) && !cjk.some((c) => ENUM_START.test(c.t) || TOTAL_LABEL.test(c.t));
}

export function splitHeader(grid: Grid, valueWords: RegExp): { headerRows: number[]; dataRows: number[] } {
  void valueWords;
  const headerRows: number[] = [];
  const dataRows: number[] = [];
  let seenData = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (row.every((c) => isBlank(c))) continue;
    if (isColumnNumberRow(row)) continue;
    if (!seenData) {
      if (isDataStart(row)) {
        seenData = true;
        dataRows.push(r);
      } else if (numbersOnly(row)) dataRows.push(r);
      else headerRows.push(r);
      continue;
    }
    if (isRepeatedHeader(row)) continue;
    dataRows.push(r);
  }
  return { headerRows, dataRows };
}

export function columnHeaders(grid: Grid, headerRows: number[]): string[] {
  const out: string[] = [];
  for (let c = 0; c < grid.ncols; c++) {
    const parts: string[] = [];
    for (const r of headerRows) {
      const t = grid.rows[r][c]?.t ?? "";
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts.join(""));
  }
  return out;
}

/** Header text per row level for a column (top to bottom), spans included. */
export function columnHeaderParts(grid: Grid, headerRows: number[], c: number): string[] {
  const parts: string[] = [];
  for (const r of headerRows) {
    const t = grid.rows[r][c]?.t ?? "";
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts;
}

/**
 * Column groups from the data rows. A name column holds the row labels (CJK text); code columns are the
 * columns of codes right before it; value columns hold numbers (or are named by a value word in the header).
 */
export function findGroups(grid: Grid, dataRows: number[], headers: string[], valueWords: RegExp): Group[] {
  const n = grid.ncols;
  const cjk = new Array<number>(n).fill(0);
  const code = new Array<number>(n).fill(0);
  const num = new Array<number>(n).fill(0);
  for (const r of dataRows) {
    for (let c = 0; c < n; c++) {
      const cell = grid.rows[r][c];
      if (!cell || cell.covered || cell.t === "") continue;
      if (splitCodeName(cell.text)?.name) cjk[c]++;
      else if (CJK.test(cell.t)) cjk[c]++;
      else if (/^([235]\d{2}(\d{2}){0,2}|\d{2})$/.test(cell.t)) code[c]++;
      else if (amount(cell.text) !== undefined) num[c]++;
    }
  }
  const maxCjk = Math.max(...cjk, 0);
  const isValueHeader = (c: number) => valueWords.test(headers[c] ?? "");
  const isName = (c: number) =>
    maxCjk > 0 && cjk[c] >= Math.max(1, 0.25 * maxCjk) && cjk[c] > code[c] && !(isValueHeader(c) && num[c] > 0) && !/决算数|预算数/.test(headers[c] ?? "");
  const groups: Group[] = [];
  let cur: Group | undefined;
  let pendingCodes: number[] = [];
  const labelHeader = (c: number) => /科目编码|功能分类|经济分类|^(类|款|项|类款项)$|编码$/.test(headers[c] ?? "") && !valueWords.test(headers[c] ?? "");
  const nameHeader = (c: number) => /科目名称$|^项目$|^项目科目名称$/.test(headers[c] ?? "");
  for (let c = 0; c < n; c++) {
    if (maxCjk <= 1 && !cur && labelHeader(c) && !nameHeader(c)) {
      pendingCodes.push(c);
      continue;
    }
    if (maxCjk <= 1 && !cur && nameHeader(c)) {
      cur = { codeCols: pendingCodes, nameCol: c, valueCols: [] };
      groups.push(cur);
      pendingCodes = [];
      continue;
    }
    if (isName(c)) {
      cur = { codeCols: pendingCodes, nameCol: c, valueCols: [] };
      groups.push(cur);
      pendingCodes = [];
      continue;
    }
    // a code column: codes, few numbers, and a name column follows soon
    const looksCode = code[c] > 0 && code[c] > num[c] && !isValueHeader(c);
    if (looksCode) {
      pendingCodes.push(c);
      continue;
    }
    if (cur && (num[c] > 0 || isValueHeader(c) || headers[c])) {
      // value column unless it is a code column of the next group (codes then a name column)
      cur.valueCols.push(...pendingCodes, c);
      pendingCodes = [];
      continue;
    }
    if (!cur) pendingCodes.push(c);
  }
  if (cur && pendingCodes.length) cur.valueCols.push(...pendingCodes.filter((c) => num[c] > 0 || headers[c]));
  // drop value columns that are neither named nor used
  for (const g of groups) g.valueCols = g.valueCols.filter((c) => headers[c] || num[c] > 0 || code[c] > 0);
  return groups;
}

export function layout(grid: Grid, valueWords: RegExp): Layout {
  const { headerRows, dataRows } = splitHeader(grid, valueWords);
  const headers = columnHeaders(grid, headerRows);
  const groups = findGroups(grid, dataRows, headers, valueWords);
  return { headerRows, dataRows, groups, headers };
}
