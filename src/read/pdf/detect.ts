/** Cheap test on a page's text: could it hold a table? Only then is the operator list (drawing) fetched. */
import { segmentsOf } from "./text-lines.js";
import type { Line } from "./types.js";

const NUM = /^[-−+]?\(?[\d０-９][\d０-９,，.．]*\)?[%％]?$/;

export function looksTabular(lines: Line[]): boolean {
  let multi = 0;
  let numericItems = 0;
  for (const l of lines) {
    if (segmentsOf(l, 1).length >= 2) multi++;
    for (const it of l.items) if (NUM.test(it.str.trim())) numericItems++;
    if (l.text.length <= 45 && (/单位[:：]\s*(亿|万|千)?元/.test(l.text) || /(决算|预算|明细|情况|汇总|统计|自评)表/.test(l.text) || /公开\d+表/.test(l.text))) return true;
  }
  if (multi >= 3) return true;
  // numbers standing alone in many items (a table whose columns sit close together)
  return numericItems >= 6 && numericItems >= lines.length * 0.3;
}
