/**
 * Text cut by the page edge. A producer that lays a table out wider than the page (LibreOffice does) prints the
 * run that crosses the edge and drops the glyphs beyond it: "97.85%" becomes "97.8". Such a run ends with "…",
 * so the cell no longer reads as a number and nothing cut short becomes a fact. When the text does go on beyond
 * the edge (the file still holds it), the run is whole and is left alone.
 */
import type { TItem } from "./types.js";

export const CUT_MARK = "…";

/** Mark the runs that cross the left or right page edge and do not go on beyond it; returns how many. */
export function markCutRuns(items: TItem[], offPage: TItem[], view: number[]): number {
  const left = view[0]!;
  const right = view[2]!;
  let n = 0;
  for (const it of items) {
    const crossesRight = it.x0 < right && it.x1 > right + 0.5;
    if (!crossesRight || it.str.endsWith(CUT_MARK)) continue;
    const goesOn = offPage.some((o) => Math.abs(o.y - it.y) <= 0.3 * it.size && o.x0 >= it.x1 - 0.5 * it.size && o.x0 <= it.x1 + 1.5 * it.size);
    if (goesOn) continue;
    it.str += CUT_MARK;
    n++;
  }
  for (const it of items) {
    const crossesLeft = it.x1 > left && it.x0 < left - 0.5;
    if (crossesLeft && !it.str.startsWith(CUT_MARK)) {
      it.str = CUT_MARK + it.str;
      n++;
    }
  }
  return n;
}
