/**
 * Borderless tables: runs of flow lines whose pieces line up in columns. Columns come from x-clustering of the
 * body rows (rows with numbers); every piece is mapped to a column by position, never by counting, so a blank
 * cell stays blank. Header lines above the first body row (possibly wrapped over several lines) become one
 * header row; a wrapped text line inside the body is appended to the row above.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { joinFragments } from "./normalize.js";
import { joinItems, segmentsOf } from "./text-lines.js";
import type { PTable } from "./continuation.js";
import { detectStreamTables } from "./stream-regions.js";
import type { BBox, Line, TItem } from "./types.js";
import { maxOf, minOf } from "../../util/arrays.js";

const NUMERIC = /^[-−+]?\(?[\d,，.．]*\d[\d,，.．]*\)?[%％]?$/;
const AMOUNT = /\d[.．]\d|\d,\d{3}|%/;

interface Seg {
  x0: number;
  x1: number;
  text: string;
  numeric: boolean;
}

function segsOf(l: Line): Seg[] {
  return segmentsOf(l, 1.5).map((its: TItem[]) => {
    const text = joinItems(its);
    return { x0: minOf(its, (i) => i.x0), x1: maxOf(its, (i) => i.x1), text, numeric: NUMERIC.test(text.replace(/\s+/g, "")) };
  });
}

export interface BorderlessOptions {
  /** Page box (for the body edges). */
  view?: number[];
  /** The table the previous page ended with: it may go on at the top of this page. */
  prev?: PTable;
  /** Text beyond the page edge: kept only where a table runs off the page. */
  offPage?: TItem[];
}

/** Borderless tables among a page's flow lines: text tables under a title (stream-regions.ts), then number runs. */
export function detectBorderless(flow: Line[], page: number, bodySize: number, opts: BorderlessOptions = {}): { tables: PTable[]; rest: Line[] } {
  const stream = detectStreamTables(flow, page, opts.view ?? [0, 0, 595, 842], { prev: opts.prev, offPage: opts.offPage });
  const numbers = detectNumberRuns(stream.rest, page, bodySize);
  return { tables: [...stream.tables, ...numbers.tables], rest: numbers.rest };
}

function detectNumberRuns(flow: Line[], page: number, bodySize: number): { tables: PTable[]; rest: Line[] } {
  void bodySize;
  const segs = flow.map(segsOf);
  const tables: PTable[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < flow.length) {
    // a body run: consecutive lines with ≥2 pieces, at least one of them numeric; single wrapped lines allowed inside
    if (!(segs[i]!.length >= 2)) {
      i++;
      continue;
    }
    let j = i;
    let lastMulti = i;
    while (j + 1 < flow.length) {
      const a = flow[j]!;
      const b = flow[j + 1]!;
      if (a.y - b.y > 3 * Math.max(a.size, b.size)) break;
      if (segs[j + 1]!.length >= 2) lastMulti = j + 1;
      else if (j + 1 - lastMulti > 1) break;
      j++;
    }
    const end = lastMulti; // inclusive
    const idx = range(i, end);
    const bodyIdx = idx.filter((k) => segs[k]!.length >= 2 && segs[k]!.some((s) => s.numeric));
    const amountLines = bodyIdx.filter((k) => segs[k]!.some((s) => s.numeric && AMOUNT.test(s.text))).length;
    const columns = bodyIdx.length ? clusterColumns(bodyIdx.flatMap((k) => segs[k]!)) : [];
    const ok = bodyIdx.length >= 3 && columns.length >= 2 && (columns.length >= 3 || amountLines >= 2) && amountLines >= 1;
    if (!ok) {
      i = end + 1;
      continue;
    }
    // header lines: multi-piece lines (and wrapped single lines) directly above the first body line
    const firstBody = bodyIdx[0]!;
    let h = firstBody;
    while (h - 1 >= 0 && !used.has(h - 1) && flow[h - 1]!.y - flow[h]!.y <= 2.6 * flow[h]!.size && segs[h - 1]!.length >= 2 && !segs[h - 1]!.some((s) => s.numeric && AMOUNT.test(s.text))) h--;
    const start = Math.min(h, i);
    const table = buildTable(range(start, end), firstBody, flow, segs, columns, page);
    for (const k of range(start, end)) used.add(k);
    tables.push(table);
    i = end + 1;
  }
  return { tables, rest: flow.filter((_, k) => !used.has(k)) };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k <= b; k++) out.push(k);
  return out;
}

/** Union of overlapping x-intervals of the body pieces → column intervals, left to right. */
function clusterColumns(all: Seg[]): Array<[number, number]> {
  const s = [...all].sort((a, b) => a.x0 - b.x0);
  const cols: Array<[number, number]> = [];
  for (const g of s) {
    const last = cols[cols.length - 1];
    if (last && g.x0 <= last[1] + 1) last[1] = Math.max(last[1], g.x1);
    else cols.push([g.x0, g.x1]);
  }
  return cols;
}

function columnOf(seg: Seg, cols: Array<[number, number]>): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < cols.length; c++) {
    const [a, b] = cols[c]!;
    const ov = Math.min(b, seg.x1) - Math.max(a, seg.x0);
    const score = ov > 0 ? ov : -Math.min(Math.abs(seg.x0 - b), Math.abs(a - seg.x1));
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

function buildTable(lineIdx: number[], firstBody: number, flow: Line[], segs: Seg[][], cols: Array<[number, number]>, page: number): PTable {
  const C = cols.length;
  const rows: string[][] = [];
  const header: string[] = new Array<string>(C).fill("");
  let hasHeader = false;
  for (const k of lineIdx) {
    const cells = new Array<string>(C).fill("");
    for (const s of segs[k]!) {
      const c = columnOf(s, cols);
      cells[c] = joinFragments(cells[c]!, s.text);
    }
    if (k < firstBody) {
      hasHeader = true;
      for (let c = 0; c < C; c++) header[c] = joinFragments(header[c]!, cells[c]!);
      continue;
    }
    const isWrap = segs[k]!.length === 1 && !segs[k]![0]!.numeric && rows.length > 0;
    if (isWrap) {
      const prev = rows[rows.length - 1]!;
      for (let c = 0; c < C; c++) if (cells[c]) prev[c] = joinFragments(prev[c]!, cells[c]!);
      continue;
    }
    rows.push(cells);
  }
  const all = hasHeader ? [header, ...rows] : rows;
  const cellRows: Cell[][] = all.map((r) => r.map((t) => makeCell(t, { page })));
  const lines = lineIdx.map((k) => flow[k]!);
  const bbox: BBox = [minOf(lines, (l) => l.x0), minOf(lines, (l) => l.bottom), maxOf(lines, (l) => l.x1), maxOf(lines, (l) => l.top)];
  const xs = [cols[0]![0], ...cols.slice(1).map((c, i) => (cols[i]![1] + c[0]) / 2), cols[C - 1]![1]];
  return { page, xs, bbox, rows: cellRows, caption: [] };
}
