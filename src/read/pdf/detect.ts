/**
 * Cheap test on a page's text: could it hold a table? Only then is the operator list (drawing) fetched:
 * on narrative pages it would only cost time (fonts, images).
 */
import { segmentsOf } from "./text-lines.js";
import type { Line } from "./types.js";

const NUM = /^[-−+]?\(?[\d０-９][\d０-９,，.．]*\)?[%％]?$/;
const TITLE = /(决算|预算|明细|情况|汇总|统计|自评)表|公开\d+表/;
const UNIT = /单位[:：]\s*(亿|万|千)?元/;

export function looksTabular(lines: Line[]): boolean {
  let multi = 0;
  let isolatedNumbers = 0;
  for (const l of lines) {
    if (segmentsOf(l, 1).length >= 2) multi++;
    const its = l.items;
    for (let i = 0; i < its.length; i++) {
      const it = its[i]!;
      if (!NUM.test(it.str.trim())) continue;
      // a number standing apart from its neighbours (a cell), not inside a sentence
      const gl = i === 0 ? Infinity : it.x0 - its[i - 1]!.x1;
      const gr = i === its.length - 1 ? Infinity : its[i + 1]!.x0 - it.x1;
      if (gl >= 0.5 * it.size && gr >= 0.5 * it.size) isolatedNumbers++;
    }
    if (l.text.length <= 45 && (UNIT.test(l.text) || (TITLE.test(l.text) && !/[。；，]/.test(l.text)))) return true;
  }
  return multi >= 2 || (multi >= 1 && isolatedNumbers >= 1) || isolatedNumbers >= 4;
}
