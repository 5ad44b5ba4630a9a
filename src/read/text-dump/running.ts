/**
 * Page furniture in a dump: bare page numbers ("3", "- 3 -", "第3页 共20页") and running heads/feet (the same
 * text, digits masked, at the top or bottom of at least 40% of the pages and of 3 pages or more). Only the two
 * outermost non-blank lines at each end of a page are candidates, as in the PDF reader.
 */
import { isPageNumber } from "../pdf/headers-footers.js";
import type { DumpLine } from "./lines.js";

export function findRunningLines(lines: DumpLine[]): Set<DumpLine> {
  const drop = new Set<DumpLine>();
  const pages = new Map<number, DumpLine[]>();
  for (const l of lines) {
    if (l.text === "") continue;
    let arr = pages.get(l.page);
    if (!arr) pages.set(l.page, (arr = []));
    arr.push(l);
  }
  const n = pages.size;
  if (n < 2) return drop;
  const key = (l: DumpLine) => l.text.replace(/\d+/g, "#").replace(/\s+/g, "");
  const counts = new Map<string, DumpLine[]>();
  // bare numbers at the same end of the page on 2 pages or more (a lone number once may be a table cell)
  const numbers: Record<"top" | "bottom", DumpLine[]> = { top: [], bottom: [] };
  for (const arr of pages.values()) {
    const ends: Array<["top" | "bottom", DumpLine]> = [];
    arr.slice(0, 2).forEach((l) => ends.push(["top", l]));
    arr.slice(-2).forEach((l) => ends.push(["bottom", l]));
    for (const [end, l] of ends) {
      if (isPageNumber(l.text)) {
        // only the outermost line may be a page number
        if ((end === "top" && l === arr[0]) || (end === "bottom" && l === arr[arr.length - 1])) numbers[end].push(l);
        continue;
      }
      if (l.text.length > 40 || /[。；]$/.test(l.text)) continue;
      const k = `${end}|${key(l)}`;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = []));
      if (!c.includes(l)) c.push(l);
    }
  }
  for (const end of ["top", "bottom"] as const) {
    const arr = numbers[end];
    if (arr.length >= 2 && arr.length >= Math.min(3, Math.ceil(n * 0.3))) for (const l of arr) drop.add(l);
  }
  if (n >= 3) {
    const need = Math.max(3, Math.ceil(n * 0.4));
    for (const arr of counts.values()) if (new Set(arr.map((l) => l.page)).size >= need) for (const l of arr) drop.add(l);
  }
  return drop;
}
