/**
 * T7 财政拨款“三公”经费支出决算表: 6 groups × (预算数, 决算数) in one data row — 合计 | 因公出国（境）费 |
 * 公务用车购置及运行(维护)费: 小计 | 购置费 | 运行(维护)费 | 公务接待费. Variants add 会议费/培训费 groups, or
 * print the items as rows with 预算数/决算数 columns (handled too).
 */
import type { TypedRow } from "../../model/table.js";
import type { GCell, Grid } from "./grid.js";
import { isBlank, isNumberCell, xCenter } from "./grid.js";
import { typedCell } from "./cells.js";
import { CJK } from "./text.js";
import type { Built } from "./coded.js";

export const SANGONG_ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费"] as const;
const ORDER6 = SANGONG_ITEMS.slice(0, 6);

export function sangongItem(text: string): string | undefined {
  const t = text.replace(/\s/g, "");
  if (/会议/.test(t)) return "会议费";
  if (/培训/.test(t)) return "培训费";
  if (/接待/.test(t)) return "公务接待费";
  if (/购置及运行|小计/.test(t)) return "公务用车购置及运行维护费";
  if (/购置/.test(t)) return "公务用车购置费";
  if (/运行/.test(t)) return "公务用车运行维护费";
  if (/出国|出境/.test(t)) return "因公出国（境）费";
  if (/^(合计|总计)$/.test(t) || /三公.*合计|合计$/.test(t)) return "合计";
  return undefined;
}

const KIND = (t: string) => (/预算/.test(t) ? "预算数" : /决算|实际/.test(t) ? "决算数" : undefined);

export function buildSangong(grid: Grid, block: number, page?: number): Built {
  const warnings: string[] = [];
  // the 预算数/决算数 row
  let pairRow = -1;
  for (let r = 0; r < grid.rows.length; r++) {
    const k = grid.rows[r].filter((c) => !c.covered && KIND(c.t)).length;
    if (k >= 4) {
      pairRow = r;
      break;
    }
  }
  if (pairRow < 0) return buildVertical(grid, block, page, warnings);
  const pairCols = grid.rows[pairRow].filter((c) => !c.covered && KIND(c.t)).map((c) => c.c);
  // item of each pair column: the lowest header text above it that names an item
  const items = pairCols.map((c) => {
    for (let r = pairRow - 1; r >= 0; r--) {
      const t = grid.rows[r][c]?.t ?? "";
      if (!t || /三公/.test(t) && !/合计/.test(t)) continue;
      const it = sangongItem(t);
      if (it) return it;
    }
    return undefined;
  });
  const colNames: string[] = [];
  const seen = new Set<string>();
  let ok = items.every((it) => it);
  pairCols.forEach((c, i) => {
    const nm = `${items[i]}/${KIND(grid.rows[pairRow][c].t)}`;
    if (seen.has(nm)) ok = false;
    seen.add(nm);
    colNames.push(nm);
  });
  if (!ok) {
    if (pairCols.length === 12) {
      pairCols.forEach((c, i) => (colNames[i] = `${ORDER6[Math.floor(i / 2)]}/${KIND(grid.rows[pairRow][c].t)}`));
      warnings.push("三公经费表表头未能逐栏识别，按标准栏目顺序读取");
    } else warnings.push("三公经费表表头未能识别");
  }
  // the data row: the first row below with a number or blank cells in the pair columns
  const dataRows = grid.rows.slice(pairRow + 1).filter((row) => row.some((c) => isNumberCell(c)) || row.some((c) => !c.covered && CJK.test(c.t) && !/^注|说明/.test(c.t)));
  const data = dataRows.find((row) => row.some((c) => isNumberCell(c))) ?? dataRows[0];
  const values: TypedRow["values"] = {};
  if (data) {
    const byCol = new Map<number, GCell>();
    for (const cell of data) {
      if (!isNumberCell(cell) && !(cell.t && !isBlank(cell) && !CJK.test(cell.t))) continue;
      let c = cell.c;
      if (!pairCols.includes(c)) {
        // off-grid number: the nearest pair column (by x when known)
        const x = xCenter(cell);
        const pr = grid.rows[pairRow];
        c = pairCols.reduce((best, pc) => {
          const d = x !== undefined && xCenter(pr[pc]) !== undefined ? Math.abs(xCenter(pr[pc])! - x) : Math.abs(pc - cell.c);
          const db = x !== undefined && xCenter(pr[best]) !== undefined ? Math.abs(xCenter(pr[best])! - x) : Math.abs(best - cell.c);
          return d < db ? pc : best;
        }, pairCols[0]);
      }
      if (!byCol.has(c)) byCol.set(c, cell);
    }
    pairCols.forEach((c, i) => {
      const cell = byCol.get(c) ?? data[c];
      values[colNames[i]] = typedCell(cell, { block, r: cell?.r ?? 0, c, page });
    });
  } else warnings.push("三公经费表没有数据行");
  const rows: TypedRow[] = data ? [{ name: "财政拨款“三公”经费", role: "detail", values }] : [];
  return { columns: colNames, rows, codeDomain: "none", warnings };
}

/** Items as rows, 预算数 / 决算数 as columns. */
function buildVertical(grid: Grid, block: number, page: number | undefined, warnings: string[]): Built {
  let headerRow = -1;
  let budgetCol = -1;
  let finalCol = -1;
  for (let r = 0; r < grid.rows.length && headerRow < 0; r++) {
    for (const c of grid.rows[r]) {
      if (c.covered) continue;
      if (KIND(c.t) === "预算数" && budgetCol < 0) budgetCol = c.c;
      if (KIND(c.t) === "决算数" && finalCol < 0) finalCol = c.c;
    }
    if (budgetCol >= 0 && finalCol >= 0) headerRow = r;
  }
  if (headerRow < 0) {
    warnings.push("三公经费表未找到预算数、决算数栏");
    return { columns: [], rows: [], codeDomain: "none", warnings };
  }
  const values: TypedRow["values"] = {};
  const columns: string[] = [];
  for (const row of grid.rows.slice(headerRow + 1)) {
    const label = row.filter((c) => !c.covered && CJK.test(c.t)).map((c) => c.t).join("");
    const item = sangongItem(label);
    if (!item) continue;
    for (const [kind, col] of [["预算数", budgetCol], ["决算数", finalCol]] as const) {
      const nm = `${item}/${kind}`;
      if (values[nm]) continue;
      values[nm] = typedCell(row[col], { block, r: row[col]?.r ?? 0, c: col, page });
      columns.push(nm);
    }
  }
  return { columns, rows: [{ name: "财政拨款“三公”经费", role: "detail", values }], codeDomain: "none", warnings };
}
