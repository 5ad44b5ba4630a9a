/**
 * Indicator rows of a form (一级/二级/三级指标, target, actual, weight, score …). Level labels printed once
 * for a group of rows carry down to the rows below them.
 */
import type { Indicator } from "../../model/records.js";
import { indKey, mapColumns, type IndKey } from "./columns.js";
import { cellAt, squash, type FCell, type FRow } from "./grid.js";
import type { Block } from "./locate.js";
import { indicatorValue, percentCell, pointsCell, type IndicatorValue } from "./values.js";

/** An indicator with the cells its values were read from and its parsed target and actual values. */
export interface IndicatorLine extends Indicator {
  cells: Partial<Record<IndKey, FCell>>;
  r: FRow;
  tv?: IndicatorValue;
  av?: IndicatorValue;
}

export function readIndicators(blocks: Block[]): IndicatorLine[] {
  const out: IndicatorLine[] = [];
  let carry: { level1?: string; level2?: string } = {};
  for (const b of blocks) {
    const cols = mapColumns(b.header, indKey);
    for (const { row, no } of b.rows) {
      const ind = readIndicator(row, no, cols, carry);
      if (ind) out.push(ind);
    }
  }
  return out;
}

function readIndicator(row: FRow, no: number, cols: Map<IndKey, number>, carry: { level1?: string; level2?: string }): IndicatorLine | undefined {
  const cellOf = (k: IndKey) => cellAt(row, cols.get(k));
  const nameCell = cellOf("name");
  if (!nameCell || nameCell.covered || squash(nameCell.text) === "") return undefined;
  const textOf = (k: IndKey) => {
    const c = cellOf(k);
    return c && squash(c.text) !== "" ? c.text.trim() : undefined;
  };
  const l1 = textOf("level1");
  const l2 = textOf("level2");
  if (l1) {
    delete carry.level2;
    carry.level1 = squash(l1);
  }
  if (l2) carry.level2 = squash(l2);
  const ind: IndicatorLine = { name: squash(nameCell.text), row: no, cells: {}, r: row };
  if (carry.level1) ind.level1 = carry.level1;
  if (carry.level2) ind.level2 = carry.level2;
  for (const k of ["nature", "unit", "target", "actual", "prior", "deviation"] as const) {
    const t = textOf(k);
    if (t !== undefined) ind[k] = t;
    const c = cellOf(k);
    if (c && !c.covered) ind.cells[k] = c;
  }
  for (const k of ["weight", "score"] as const) {
    const c = cellOf(k);
    if (!c || c.covered) continue;
    const n = pointsCell(c.text);
    if (n) (ind[k] = n.value), (ind.cells[k] = c);
  }
  const rc = cellOf("rate");
  const rn = rc && !rc.covered ? percentCell(rc.text) : null;
  if (rc && rn) (ind.completionRate = rn.value), (ind.cells.rate = rc);
  // Yunnan/Sichuan: operator in 指标性质, unit in 度量单位
  const opOf = (s?: string) => (s && /^[<>=≥≤＞＜＝]+$/.test(squash(s)) ? squash(s) : undefined);
  const withCols = (v: IndicatorValue | null): IndicatorValue | undefined => {
    if (!v) return undefined;
    const op = v.op ?? normOp(opOf(ind.nature));
    const unitText = v.unitText || (ind.unit ? squash(ind.unit) : "");
    return { ...v, ...(op ? { op } : {}), unitText };
  };
  ind.tv = withCols(ind.target !== undefined ? indicatorValue(ind.target) : null);
  ind.av = withCols(ind.actual !== undefined ? indicatorValue(ind.actual) : null);
  if (ind.tv?.op) ind.op = ind.tv.op;
  return ind;
}

function normOp(s?: string): string | undefined {
  if (!s) return undefined;
  return s.replace(/≥|＞=/, ">=").replace(/≤|＜=/, "<=").replace("＝", "=").replace("＞", ">").replace("＜", "<");
}
