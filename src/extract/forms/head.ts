/** The head of a form: label/value pairs (项目名称, 单位名称, 主管部门, 实施单位). */
import { printedCells, squash, type FRow } from "./grid.js";

export interface FormHead {
  project?: string;
  unit?: string;
  department?: string;
  implementer?: string;
}

/** The label/value pairs printed in a row, or undefined when the row has none. */
export function headPairs(row: FRow): FormHead | undefined {
  const cells = printedCells(row);
  const out: FormHead = {};
  let matched = false;
  cells.forEach((c, i) => {
    const next = cells[i + 1];
    if (!next) return;
    const t = squash(c.text);
    const v = squash(next.text);
    if (/^项目名称$/.test(t)) (out.project = v), (matched = true);
    else if (/^(单位|部门|预算单位|部门\(单位\)|部门（单位）)名称$/.test(t)) (out.unit = v), (matched = true);
    else if (/^主管部门$/.test(t)) (out.department = v), (matched = true);
    else if (/^实施单位$/.test(t)) (out.implementer = v), (matched = true);
  });
  return matched ? out : undefined;
}

/** The head of a form from its head rows, in order (a later pair overrides an earlier one). */
export function readHead(rows: FRow[]): FormHead {
  const head: FormHead = {};
  for (const r of rows) Object.assign(head, headPairs(r));
  return head;
}
