/** Fund rows of a form: one line per funding source (年度资金总额, 其中：财政拨款, 其他资金 …). */
import type { FundRow } from "../../model/records.js";
import { fundKey, mapColumns, TOTAL_FUND, type FundKey } from "./columns.js";
import { cellAt, isDash, squash, type FCell, type FRow } from "./grid.js";
import type { Block } from "./locate.js";
import { cellNumber, percentCell, pointsCell } from "./values.js";

/** A fund row with the cells its values were read from. */
export interface FundLine extends FundRow {
  cells: Partial<Record<FundKey, FCell>>;
  label: FCell;
  r: FRow;
}

export function readFunds(blocks: Block[]): FundLine[] {
  const funds: FundLine[] = [];
  for (const b of blocks) {
    const cols = mapColumns(b.header, fundKey);
    const firstValueCol = Math.min(...cols.values());
    for (const { row, no } of b.rows) {
      // the label: the nearest own cell left of the values (a label merged over the block is not it)
      const labelCell = [...row.cells]
        .reverse()
        .find((c) => c.col < firstValueCol && !c.coveredFromAbove && !c.covered && squash(c.text) !== "");
      if (!labelCell) continue;
      const label = squash(labelCell.text).replace(/^其中[:：]?/, "");
      if (/资金（万元）|资金\(万元\)|^资金来源$/.test(label)) continue;
      const fr: FundLine = { source: label, row: no, cells: {}, label: labelCell, r: row };
      if (TOTAL_FUND.test(label)) fr.total = true;
      for (const [k, col] of cols) {
        const c = cellAt(row, col);
        if (!c || c.covered || isDash(c.text)) continue;
        const n = k === "rate" ? percentCell(c.text) : k === "weight" || k === "score" ? pointsCell(c.text) : cellNumber(c.text);
        if (!n) continue;
        fr[k] = n.value;
        fr.cells[k] = c;
      }
      funds.push(fr);
    }
  }
  return funds;
}
