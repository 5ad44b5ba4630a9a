/**
 * Value columns from a header tree. Each column has a header path (top row down: "事业收入" › "其中：教育收费");
 * a leaf that only says "the amount" (合计/小计/金额/决算数) names its parent ("项目支出" › "小计" is 项目支出); a
 * "其中：" leaf is a component of its parent column — part of it, never an addend of the row total. Columns are
 * named by the table kind's keywords (src/shared/table-kinds.ts) on their own label, positionally only when the
 * keywords do not name every column uniquely and the count fits.
 */
import type { ColumnDef } from "../../model/table.js";
import type { ColumnSpec } from "../../shared/table-kinds.js";
import type { Grid } from "./grid.js";
import { columnHeaderParts } from "./header.js";

export type { ColumnSpec };

/** Two-sided tables (T1/T4): the columns of a side. */
export const TWO_SIDED_COLUMNS: [string, RegExp][] = [
  ["一般公共预算财政拨款", /一般公共/],
  ["政府性基金预算财政拨款", /政府性基金/],
  ["国有资本经营预算财政拨款", /国有资本/],
  ["合计", /合计|小计/],
  ["决算数", /决算|金额/],
];

/** Header words that label the label columns or the whole side, not a value column. */
const NOT_A_COLUMN = /^(项目|收入|支出|栏次|行次|\d{1,2})$/;
/** A leaf that means "the amount of the parent". */
const AMOUNT_LEAF = /^(合计|小计|金额|决算数|本年数|本年决算数)$/;
const COMPONENT = /^其中[：:]?/;

/** Header path of a value column, without the words that label the side or the label columns. */
export function headerPath(grid: Grid, headerRows: number[], c: number): string[] {
  return columnHeaderParts(grid, headerRows, c).filter((p) => !NOT_A_COLUMN.test(p));
}

/** The label a column is matched by: its leaf, or its parent's when the leaf only says "the amount". */
function ownLabel(path: string[]): string {
  if (path.length === 0) return "";
  const leaf = path[path.length - 1];
  if (AMOUNT_LEAF.test(leaf) && path.length >= 2) return path[path.length - 2];
  return leaf;
}

/** Name the value columns of a column group. */
export function columnDefs(grid: Grid, headerRows: number[], valueCols: number[], spec: ColumnSpec | undefined): ColumnDef[] {
  const paths = valueCols.map((c) => headerPath(grid, headerRows, c));
  const isComponent = paths.map((p) => p.length > 0 && COMPONENT.test(p[p.length - 1]));
  const defs: (ColumnDef | undefined)[] = paths.map(() => undefined);
  const main = paths.map((_, i) => i).filter((i) => !isComponent[i]);
  const own = paths.map(ownLabel);
  if (!spec) {
    for (const i of main) defs[i] = { name: own[i] || paths[i].join("") || `列${valueCols[i] + 1}`, path: paths[i], by: "header" };
  } else {
    const match = (s: string) => spec.match.find(([, re]) => re.test(s))?.[0];
    const byKw = main.map((i) => match(own[i]) ?? match(paths[i].join("")));
    const unique = byKw.every((n, k) => n && byKw.indexOf(n) === k);
    if (unique) main.forEach((i, k) => (defs[i] = { name: byKw[k] as string, path: paths[i], by: "keyword" }));
    else if (main.length === spec.names.length) main.forEach((i, k) => (defs[i] = { name: spec.names[k], path: paths[i], by: "position" }));
    else
      main.forEach((i, k) => {
        const n = byKw[k];
        defs[i] = n && byKw.indexOf(n) === k ? { name: n, path: paths[i], by: "keyword" } : { name: paths[i].join("/") || `列${valueCols[i] + 1}`, path: paths[i], by: "header" };
      });
  }
  // components: part of the column whose path is their parent path (or that path + an amount leaf)
  paths.forEach((p, i) => {
    if (!isComponent[i]) return;
    const parentPath = p.slice(0, -1);
    const key = parentPath.join("›");
    const parent = main.find((j) => {
      const q = paths[j];
      const qk = AMOUNT_LEAF.test(q[q.length - 1] ?? "") ? q.slice(0, -1).join("›") : q.join("›");
      return qk === key || q.join("›") === key;
    });
    const leaf = p[p.length - 1].replace(COMPONENT, "其中：");
    const parentName = parent !== undefined ? defs[parent]!.name : parentPath.join("/");
    defs[i] = { name: parentName ? `${parentName}/${leaf}` : leaf, path: p, ...(parent !== undefined ? { partOf: defs[parent]!.name } : {}), by: "header" };
  });
  // names must be unique within a group
  const seen = new Map<string, number>();
  return defs.map((d) => {
    const def = d as ColumnDef;
    const n = seen.get(def.name) ?? 0;
    seen.set(def.name, n + 1);
    return n ? { ...def, name: `${def.name}#${n + 1}` } : def;
  });
}
