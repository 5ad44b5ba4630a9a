/**
 * Coded tables: T2, T3, T5, T8, T9 (functional codes, 类/款/项 contiguous or split) and T6 (economic codes in
 * two or more side-by-side groups with 人员经费合计 / 公用经费合计). Also generic coded tables.
 */
import type { ColumnDef, TableId, TypedRow, TypedTable } from "../../model/table.js";
import { codeDomainOf, codeLevel, type CodeDomain } from "../classification.js";
import type { Grid } from "./grid.js";
import type { Layout } from "./header.js";
import { logicalRows, rowCode, rowName, type LRow } from "./rows.js";
import { typedCell } from "./cells.js";
import { columnDefs } from "./columns.js";
import { tableKind } from "../../shared/table-kinds.js";
import { stripEnum } from "./text.js";

export interface Built {
  columns: string[];
  columnDefs?: ColumnDef[];
  rows: TypedRow[];
  codeDomain: "functional" | "economic" | "none";
  warnings: string[];
}

const TOTAL = /^(合计|总计|小计|基本支出合计|支出合计|收入合计)$/;
const PERSONNEL_TOTAL = /^人员经费(合计)?$/;
const PUBLIC_TOTAL = /^公用经费(合计)?$/;

export function buildCoded(grid: Grid, l: Layout, id: TableId, block: number, page?: number): Built {
  const warnings: string[] = [];
  const domain: CodeDomain = id === "T6" ? "economic" : id === "generic" ? guessDomain(grid, l) : "functional";
  const rows: TypedRow[] = [];
  const columnsAll: string[] = [];
  const defsAll: ColumnDef[] = [];
  const groups = l.groups.length ? l.groups : [];
  const kind = tableKind(id);
  groups.forEach((g, gi) => {
    let spec = kind?.columns;
    const main = columnDefs(grid, l.headerRows, g.valueCols, undefined).filter((d) => !d.partOf).map((d) => d.name);
    for (const v of kind?.variants ?? []) if (v.when(main)) spec = v.columns;
    const defs = columnDefs(grid, l.headerRows, g.valueCols, spec);
    const names = defs.map((d) => d.name);
    for (const d of defs) {
      if (columnsAll.includes(d.name)) continue;
      columnsAll.push(d.name);
      defsAll.push(d);
    }
    const lrows = logicalRows(grid, l.dataRows, g, true);
    let lastMain: TypedRow | undefined;
    for (const lr of lrows) {
      const tr = typedRow(grid, lr, g.valueCols, names, domain, block, page, warnings);
      if (!tr) continue;
      if (groups.length > 1) tr.side = gi === 0 ? "left" : "right";
      const printed = rowName(lr);
      if (printed !== tr.name) tr.label = printed;
      // "其中：…" without a code: part of the row above, never an addend of a total
      if (!tr.code && /^其中[：:]?/.test(printed) && lastMain) {
        tr.role = "component";
        tr.parent = lastMain.code ? `${lastMain.code} ${lastMain.name}` : lastMain.name;
      } else lastMain = tr;
      rows.push(tr);
    }
  });
  const codeDomain = rows.some((r) => r.code) ? domain : id === "T6" ? "economic" : "functional";
  return { columns: columnsAll, columnDefs: defsAll, rows, codeDomain, warnings };
}

function typedRow(grid: Grid, lr: LRow, valueCols: number[], names: string[], domain: CodeDomain, block: number, page: number | undefined, warnings: string[]): TypedRow | undefined {
  let code = rowCode(lr);
  const name = stripEnum(rowName(lr));
  if (code && codeDomainOf(code) !== domain) {
    warnings.push(`编码 ${code} 不属于${domain === "functional" ? "支出功能分类" : "支出经济分类"}，已忽略编码`);
    code = undefined;
  }
  if (!code && !name && lr.values.size === 0) return undefined;
  let role: TypedRow["role"] = "detail";
  if (!code && (TOTAL.test(name) || PERSONNEL_TOTAL.test(name) || PUBLIC_TOTAL.test(name))) role = "total";
  else if (code) {
    const lv = codeLevel(code, domain);
    if (domain === "functional") role = lv === "item" ? "detail" : "subtotal";
    else role = lv === "class" ? "subtotal" : "detail";
  } else if (!name) {
    warnings.push(`第 ${lr.rows[0] + 1} 行有数无名，未能归入任何行`);
  }
  const values: TypedRow["values"] = {};
  valueCols.forEach((c, i) => {
    const cell = lr.values.get(c) ?? grid.rows[lr.rows[0]][c];
    values[names[i]] = typedCell(cell, { block, r: cell?.r ?? 0, c, page });
  });
  return { ...(code ? { code } : {}), name: name || (code ?? ""), role, values };
}

/** Generic tables: the code domain the printed codes belong to (majority of leading digits 2 vs 3/5). */
function guessDomain(grid: Grid, l: Layout): CodeDomain {
  let f = 0;
  let e = 0;
  for (const g of l.groups) for (const r of l.dataRows) for (const c of [...g.codeCols, g.nameCol]) {
    const t = grid.rows[r][c]?.t ?? "";
    if (/^2\d{2}/.test(t)) f++;
    else if (/^[35]\d{2}/.test(t)) e++;
  }
  return e > f ? "economic" : "functional";
}
