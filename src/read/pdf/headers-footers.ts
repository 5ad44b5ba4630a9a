/** Running headers/footers and page numbers: lines repeated across pages at the same height, bare page numbers. */
import type { Line } from "./types.js";
import { segmentsOf } from "./text-lines.js";

function segmentCount(l: Line): number {
  return segmentsOf(l, 2).length;
}

const PAGE_NUMBER_RES = [
  /^[-—–‒_~·•\s]*\d{1,4}[-—–‒_~·•\s]*$/, // 3, - 3 -, —3—
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第3页 共20页
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/20
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-—–\s]*[ivxlcIVXLC]{1,6}[-—–\s]*$/, // roman page numbers
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 16 && PAGE_NUMBER_RES.some((re) => re.test(t));
}

export interface PageLines {
  page: number;
  /** Page box [x0, y0, x1, y1]. */
  view: number[];
  lines: Line[];
}

/**
 * Mark lines to drop: in the top or bottom band of a page, either a bare page number or text (digits masked)
 * that recurs at about the same height on at least 40% of the pages (and on 3 pages or more).
 */
export function findRunningLines(pages: PageLines[]): Set<Line> {
  const drop = new Set<Line>();
  const band = (p: PageLines, l: Line): "top" | "bottom" | undefined => {
    const y0 = p.view[1] ?? 0;
    const y1 = p.view[3] ?? 842;
    const h = y1 - y0;
    if (l.bottom >= y1 - h * 0.1) return "top";
    if (l.top <= y0 + h * 0.1) return "bottom";
    return undefined;
  };
  const key = (l: Line) => l.text.replace(/\d+/g, "#").replace(/\s+/g, "");
  const counts = new Map<string, Array<{ page: number; y: number; line: Line }>>();
  for (const p of pages) {
    // only the two outermost lines at each end of the page can be running lines; column-like lines are table rows
    const sorted = [...p.lines].sort((a, b) => b.y - a.y);
    const ends = new Set([...sorted.slice(0, 2), ...sorted.slice(-2)]);
    const inBand = sorted.filter((l) => ends.has(l) && band(p, l) !== undefined && segmentCount(l) < 3);
    for (const l of inBand) {
      if (isPageNumber(l.text)) {
        // a bare number in the band is a page number unless it belongs to a column of numbers (a table row)
        drop.add(l);
        continue;
      }
      const k = `${band(p, l)}|${key(l)}`;
      let arr = counts.get(k);
      if (!arr) counts.set(k, (arr = []));
      arr.push({ page: p.page, y: l.y, line: l });
    }
  }
  const n = pages.length;
  const need = Math.max(3, Math.ceil(n * 0.4));
  if (n < 3) return drop;
  for (const arr of counts.values()) {
    if (new Set(arr.map((a) => a.page)).size >= need) for (const a of arr) drop.add(a.line);
  }
  return drop;
}
