/** GCell → TypedCell. Blank → "0" (state blank); text ("—", "/", "XX") → no value. */
import type { TypedCell } from "../../model/table.js";
import type { GCell } from "./grid.js";
import { cellValue } from "./rows.js";

export function typedCell(cell: GCell | undefined, fallback: { block: number; r: number; c: number; page?: number }): TypedCell {
  const src = cell ?? { text: "", block: fallback.block, r: fallback.r, c: fallback.c, page: fallback.page };
  const v = cellValue(cell);
  const out: TypedCell = {
    state: v.state,
    text: cell && !cell.covered ? cell.text : "",
    cell: [src.r, src.c],
    block: src.block,
    ...(v.value !== undefined ? { value: v.value } : {}),
  };
  if (cell?.page !== undefined) out.page = cell.page;
  else if (fallback.page !== undefined) out.page = fallback.page;
  if (cell?.bbox && !cell.covered) out.bbox = cell.bbox;
  if (cell?.doubt && !cell.covered) out.doubt = cell.doubt;
  return out;
}
