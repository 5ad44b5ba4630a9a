/**
 * Logical rows from grid rows. Readers of PDFs split one printed row into several grid rows: numbers
 * printed a little above their label, names wrapped over two lines, a 类 code on one line and the 款 code
 * with the name on the next. Each grid row of a column group becomes a fragment; fragments that cannot
 * stand alone (no code / no row label) are merged into the adjacent anchor they fit (no value, code part
 * or name collision), preferring the nearer one when the reader gave positions.
 */
import type { GCell, Grid } from "./grid.js";
import { isBlank, isNumberCell, yCenter } from "./grid.js";
import type { Group } from "./header.js";
import { CJK, ENUM_START, splitCodeName } from "./text.js";
import { parseNumber } from "../number.js";

export interface LRow {
  /** Code parts per code column ("" when absent); a contiguous code is in `fullCode`. */
  codeParts: string[];
  fullCode?: string;
  /** Name pieces with their grid row, joined top to bottom. */
  names: { r: number; t: string; cell: GCell }[];
  /** Value column → cell. */
  values: Map<number, GCell>;
  rows: number[];
  anchor: boolean;
}

export function rowName(l: LRow): string {
  return [...l.names].sort((a, b) => a.r - b.r).map((n) => n.t).join("");
}

export function rowCode(l: LRow): string | undefined {
  if (l.fullCode) return l.fullCode;
  const parts = l.codeParts.filter(Boolean);
  if (parts.length === 0) return undefined;
  const code = parts.join("");
  return /^[235]\d{2}(\d{2}){0,2}$/.test(code) ? code : undefined;
}

const TOTAL_ANCHOR = /^(合计|总计|小计|人员经费合计|公用经费合计|人员经费|公用经费|基本支出合计|本年收入合计|本年支出合计)$/;
const ROW_START = /^(本年|使用|年初|年末|结余|总计|合计|小计|其中|上年|用事业基金|提取|收入总计|支出总计)/;

function fragment(grid: Grid, r: number, g: Group): LRow {
  const row = grid.rows[r];
  const codeParts = g.codeCols.map((c) => {
    const cell = row[c];
    if (!cell || cell.covered) return "";
    return /^\d{2,7}$/.test(cell.t) ? cell.t : "";
  });
  const names: LRow["names"] = [];
  let fullCode: string | undefined;
  // label text in code columns (合计 spanning the code columns) and the name column
  for (const c of [...g.codeCols, g.nameCol]) {
    const cell = row[c];
    if (!cell || cell.covered || cell.t === "") continue;
    if (/^\d{2,7}$/.test(cell.t)) continue;
    const sc = splitCodeName(cell.text);
    if (sc) {
      fullCode = sc.code;
      if (sc.name) names.push({ r, t: sc.name.replace(/[\s\u3000]/g, ""), cell });
      continue;
    }
    if (CJK.test(cell.t) && !/^(类|款|项|类款项|科目编码|科目名称|项目)$/.test(cell.t)) names.push({ r, t: cell.t, cell });
  }
  // a contiguous code in a single code column
  if (!fullCode && g.codeCols.length === 1 && /^[235]\d{2}(\d{2}){0,2}$/.test(codeParts[0])) {
    fullCode = codeParts[0];
    codeParts[0] = "";
  }
  // a split code printed in one cell of the first code column ("201 06 01")
  if (!fullCode && g.codeCols.length > 1) {
    const first = row[g.codeCols[0]];
    if (first && !first.covered && /^[235]\d{2}([\s\-－]\d{2}){1,2}$/.test(first.text.trim())) {
      fullCode = first.text.replace(/[\s\-－]/g, "");
      codeParts[0] = "";
    }
  }
  const values = new Map<number, GCell>();
  for (const c of g.valueCols) {
    const cell = row[c];
    if (cell && !isBlank(cell)) values.set(c, cell);
  }
  const lr: LRow = { codeParts, fullCode, names, values, rows: [r], anchor: false };
  return lr;
}

function isAnchor(l: LRow, coded: boolean): boolean {
  const name = rowName(l);
  if (TOTAL_ANCHOR.test(name)) return true;
  if (coded) return !!l.fullCode || (l.codeParts.length > 0 && /^[235]\d{2}$/.test(l.codeParts[0]));
  return name !== "" && (ENUM_START.test(name) || ROW_START.test(name));
}

function fits(a: LRow, f: LRow): boolean {
  for (const c of f.values.keys()) if (a.values.has(c)) return false;
  for (let i = 0; i < f.codeParts.length; i++) if (f.codeParts[i] && a.codeParts[i]) return false;
  if (f.fullCode && (a.fullCode || a.codeParts.some(Boolean))) return false;
  return true;
}

function absorb(a: LRow, f: LRow): void {
  for (const [c, v] of f.values) a.values.set(c, v);
  f.codeParts.forEach((p, i) => {
    if (p) a.codeParts[i] = p;
  });
  a.names.push(...f.names);
  a.rows.push(...f.rows);
}

function dist(grid: Grid, a: LRow, f: LRow): number | undefined {
  const ya = yCenter(a.rows.flatMap((r) => grid.rows[r]));
  const yf = yCenter(f.rows.flatMap((r) => grid.rows[r]));
  if (ya === undefined || yf === undefined) return undefined;
  return Math.abs(ya - yf);
}

/**
 * Build logical rows of one column group from the data rows.
 * coded: rows are identified by codes (T2/T3/T5/T6/T8/T9); otherwise by labels (T1/T4).
 */
export function logicalRows(grid: Grid, dataRows: number[], g: Group, coded: boolean): LRow[] {
  const frags = dataRows
    .map((r) => fragment(grid, r, g))
    .filter((f) => f.names.length || f.values.size || f.codeParts.some(Boolean) || f.fullCode);
  for (const f of frags) f.anchor = isAnchor(f, coded);
  if (!frags.some((f) => f.anchor)) return frags;
  const out: LRow[] = [];
  const anchors = frags.filter((f) => f.anchor);
  for (let i = 0; i < frags.length; i++) {
    const f = frags[i];
    if (f.anchor) {
      out.push(f);
      continue;
    }
    let prev: LRow | undefined;
    for (let j = i - 1; j >= 0; j--) if (frags[j].anchor) { prev = frags[j]; break; }
    let next: LRow | undefined;
    for (let j = i + 1; j < frags.length; j++) if (frags[j].anchor) { next = frags[j]; break; }
    const cands = [prev, next].filter((a): a is LRow => !!a && fits(a, f));
    let target: LRow | undefined;
    if (cands.length === 1) target = cands[0];
    else if (cands.length === 2) {
      const dp = dist(grid, prev!, f);
      const dn = dist(grid, next!, f);
      const onlyValues = f.names.length === 0 && !f.codeParts.some(Boolean);
      const onlyName = f.values.size === 0 && !f.codeParts.some(Boolean);
      if (dp !== undefined && dn !== undefined && Math.abs(dp - dn) > 1) target = dp < dn ? prev : next;
      else if (onlyValues) target = next;
      else if (onlyName && coded) target = rowName(prev!) === "" ? prev : rowName(next!) === "" ? next : prev;
      else target = prev;
    }
    if (target) absorb(target, f);
    else if (f.names.length && !f.values.size && prev) {
      // a wrapped label that collides on nothing but codes: append to the row above
      prev.names.push(...f.names);
      prev.rows.push(...f.rows);
    } else out.push(f);
  }
  void anchors;
  return out;
}

/** Value of a cell: number → normalised; blank → "0"; placeholder/text → no value. */
export function cellValue(cell: GCell | undefined): { value?: string; state: "number" | "blank" | "text" } {
  if (!cell || isBlank(cell)) return { value: "0", state: "blank" };
  if (isNumberCell(cell)) {
    const v = parseNumber(cell.text)?.value;
    return v !== undefined ? { value: v, state: "number" } : { state: "text" };
  }
  return { state: "text" };
}
