/**
 * Two-sided tables: T1 收入支出决算总表 and T4 财政拨款收入支出决算总表 — a 收入 side (项目 | 决算数) and a
 * 支出 side (项目 | 决算数, or 合计 | 一般公共预算 | 政府性基金 | 国有资本经营 for T4). Rows carry no codes;
 * the 类 rows of the 支出 side get their codes from the classification (by name) afterwards.
 */
import type { ColumnDef, TableId, TypedRow } from "../../model/table.js";
import type { Grid } from "./grid.js";
import type { Layout } from "./header.js";
import { logicalRows, rowName } from "./rows.js";
import { typedCell } from "./cells.js";
import { TWO_SIDED_COLUMNS, columnDefs } from "./columns.js";
import { stripEnum } from "./text.js";
import type { Built } from "./coded.js";

const SUBHEAD = /^(年初财政拨款结转和结余|年末财政拨款结转和结余|年初结转和结余|年末结转和结余)$/;
const TOTAL = /(合计|总计)$/;
const COMPONENT = /^其中[：:]?/;

export function buildTwoSided(grid: Grid, l: Layout, id: TableId, block: number, page?: number): Built {
  const warnings: string[] = [];
  const rows: TypedRow[] = [];
  const columns: string[] = [];
  const defsAll: ColumnDef[] = [];
  if (l.groups.length < 2) warnings.push(`${id}：未找到收入、支出两侧的栏目`);
  l.groups.slice(0, 2).forEach((g, gi) => {
    const side = gi === 0 ? "income" : "expenditure";
    const spec = { names: g.valueCols.length === 1 ? ["决算数"] : ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"], match: TWO_SIDED_COLUMNS };
    const defs = columnDefs(grid, l.headerRows, g.valueCols, spec);
    const names = defs.map((d) => d.name);
    for (const d of defs) {
      if (columns.includes(d.name)) continue;
      columns.push(d.name);
      defsAll.push(d);
    }
    let parent: string | undefined;
    let lastMain: string | undefined;
    for (const lr of logicalRows(grid, l.dataRows, g, false)) {
      const printed = rowName(lr);
      let name = stripEnum(printed);
      if (!name && lr.values.size === 0) continue;
      if (!name) warnings.push(`${id} 第 ${lr.rows[0] + 1} 行有数无名`);
      // "其中：政府性基金预算财政拨款" under "一、财政拨款收入": part of that row, never an addend of the total
      const component = COMPONENT.test(printed) && lastMain !== undefined;
      const isEnum = printed !== name;
      if (component) {
        /* keeps `parent` */
      } else if (SUBHEAD.test(name)) parent = name;
      else if (TOTAL.test(name)) parent = undefined;
      else if (parent && isEnum) name = `${parent}/${name}`;
      else if (!isEnum) parent = undefined;
      const values: TypedRow["values"] = {};
      g.valueCols.forEach((c, i) => {
        const cell = lr.values.get(c) ?? grid.rows[lr.rows[0]][c];
        values[names[i]] = typedCell(cell, { block, r: cell?.r ?? 0, c, page });
      });
      const label = printed !== name ? { label: printed } : {};
      if (component) rows.push({ name, ...label, role: "component", parent: lastMain, side, values });
      else {
        rows.push({ name, ...label, role: TOTAL.test(name) ? "total" : "detail", side, values });
        if (!name.includes("/")) lastMain = name;
      }
    }
  });
  return { columns, columnDefs: defsAll, rows, codeDomain: "none", warnings };
}
