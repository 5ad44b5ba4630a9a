/**
 * A table continued on the next page: join when the columns agree (a repeated header row is dropped).
 * "Agree" = the same column boundaries, or the same outer edges with the boundaries of one part a subset of the
 * other's (a form whose rows on the next page split some columns further); the parts are then put on the finer
 * grid, with column spans. A row broken by the page (its wrapped text continues at the top of the next page) is
 * put back together.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { joinFragments } from "./normalize.js";
import { buildStreamPart, columnStarts, type StreamPart } from "./stream-table.js";
import type { Grid } from "./table-grid.js";
import type { BBox } from "./types.js";

export interface PTable {
  page: number;
  grid?: Grid;
  /** Column boundaries, ascending. */
  xs: number[];
  bbox: BBox;
  rows: Cell[][];
  caption: string[];
  /** Last page the table runs onto (after joins). */
  endPage?: number;
  /** Per column of the last row: its text runs to the right edge of the cell (it may wrap onto the next page). */
  lastRowWraps?: boolean[];
  /** A borderless table rebuilt from text positions (stream-table.ts): its lines, page by page. */
  stream?: {
    parts: StreamPart[];
    right: number;
    /** Column starts seen in the table so far (this part and the parts on earlier pages). */
    known?: number[];
  };
}

const TOL = 4;

export function columnsAgree(a: number[], b: number[], tol = TOL): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => Math.abs(x - b[i]!) <= tol);
}

function isSubset(small: number[], big: number[]): boolean {
  return small.every((x) => big.some((y) => Math.abs(x - y) <= TOL));
}

/** Put rows drawn on boundaries `from` onto the finer boundaries `to` (every `from` boundary is in `to`). */
export function regrid(rows: Cell[][], from: number[], to: number[]): Cell[][] {
  if (columnsAgree(from, to)) return rows;
  const map = from.map((x) => {
    let best = 0;
    for (let i = 1; i < to.length; i++) if (Math.abs(to[i]! - x) < Math.abs(to[best]! - x)) best = i;
    return best;
  });
  const width = to.length - 1;
  const out: Cell[][] = rows.map(() => new Array<Cell>(width));
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.spanOf) return;
      const c0 = map[c]!;
      const c1 = map[c + cell.colSpan] ?? width;
      const cs = Math.max(1, c1 - c0);
      for (let rr = r; rr < r + cell.rowSpan && rr < rows.length; rr++) {
        for (let cc = c0; cc < c0 + cs && cc < width; cc++) {
          out[rr]![cc] = rr === r && cc === c0 ? { ...cell, colSpan: cs } : { ...cell, rowSpan: 1, colSpan: 1, spanOf: [r, c0] };
        }
      }
    });
  });
  for (const row of out) for (let c = 0; c < width; c++) row[c] ??= makeCell("");
  return out;
}

/** Per-column flags on boundaries `from` → on the finer boundaries `to` (a column keeps the flag of the one it lies in). */
function regridWraps(wraps: boolean[] | undefined, from: number[], to: number[]): boolean[] | undefined {
  if (!wraps || !isSubset(from, to)) return undefined;
  return to.slice(0, -1).map((x0, i) => {
    const mid = (x0 + to[i + 1]!) / 2;
    const c = from.findIndex((f, k) => k < from.length - 1 && mid >= f && mid <= from[k + 1]!);
    return c >= 0 ? (wraps[c] ?? false) : false;
  });
}

const rowKey = (row: Cell[]) => row.map((c) => c.text.replace(/\s+/g, "")).join("\u0001");
const SENTENCE_END = /[。！？!?；;]$/;

/**
 * Is `next` (first row on the new page) the rest of `prev` (last row on the old page), broken by the page?
 * Every cell printed in `next` must go on from a cell of `prev` whose text ran to the right edge of its cell
 * without ending a sentence, and none of them may be a number (a number is never broken by a page).
 */
function isBrokenRow(prev: Cell[], next: Cell[], wraps: boolean[] | undefined): boolean {
  if (!wraps) return false;
  const filledPrev = prev.filter((c) => c.text.trim() !== "" && !c.spanOf).length;
  let filledNext = 0;
  let shortLabels = true;
  let longText = false;
  let orphans = 0;
  for (let i = 0; i < next.length; i++) {
    const n = next[i]!;
    if (n.text.trim() === "" || n.spanOf) continue;
    filledNext++;
    const p = prev[i];
    if (n.state === "number") return false;
    // the tail of a label merged over this row and the one above ("年度总体" | "目标"), under an empty cell
    if ((!p || p.text.trim() === "") && squash(n.text).length <= 6) {
      orphans++;
      continue;
    }
    if (!p || p.text.trim() === "" || SENTENCE_END.test(p.text.trim()) || !wraps[i]) return false;
    if (squash(p.text).length > 8 || /[，,。；;：:]/.test(p.text)) shortLabels = false;
    if (squash(n.text).length >= 30) longText = true;
  }
  // a row of short labels that happen to fill their cells, over long texts: a header row and the row under it
  if (shortLabels && longText) return false;
  if (orphans > 1 || (orphans === 1 && filledNext - orphans < 2)) return false;
  return filledNext > 0 && filledNext - orphans <= filledPrev;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** Do the cells at column c of two rows cover the same columns? */
function sameExtent(a: Cell[], b: Cell[], c: number): boolean {
  const width = (row: Cell[]) => {
    const own = row[c]!.spanOf ? undefined : row[c]!;
    if (own) return own.colSpan;
    let n = 1;
    while (c + n < row.length && row[c + n]!.spanOf && row[c + n]!.spanOf![1] === row[c]!.spanOf![1] && row[c + n]!.spanOf![0] === row[c]!.spanOf![0]) n++;
    return n;
  };
  const starts = (row: Cell[]) => (row[c]!.spanOf ? row[c]!.spanOf![1] === c : true);
  return starts(a) && starts(b) && width(a) === width(b);
}

export function joinContinuedTables(a: PTable, b: PTable): PTable | undefined {
  if (a.stream && b.stream) return joinStreams(a, b);
  if (a.stream || b.stream) return undefined;
  return joinRuled(a, b);
}

/**
 * Two parts of a borderless table: rebuilt on the column starts of all parts together (a part sees only the
 * columns its own rows use), then joined part by part like ruled tables.
 */
function joinStreams(a: PTable, b: PTable): PTable | undefined {
  const parts = [...a.stream!.parts, ...b.stream!.parts];
  const starts = columnStarts(parts);
  if (starts.length < 2) return undefined;
  const right = Math.max(a.stream!.right, b.stream!.right);
  let acc: PTable | undefined;
  for (const part of parts) {
    const built = buildStreamPart(part, starts, right);
    const t: PTable = { page: part.page, xs: built.xs, bbox: built.bbox, rows: built.rows, caption: [], lastRowWraps: built.lastRowWraps };
    acc = acc ? joinRuled(acc, t) : t;
    if (!acc) return undefined;
  }
  return { ...acc!, page: a.page, bbox: a.bbox, caption: a.caption, endPage: b.endPage ?? b.page, stream: { parts, right, known: b.stream!.known } };
}

function joinRuled(a: PTable, b: PTable): PTable | undefined {
  let xs: number[];
  let aRows = a.rows;
  let bRows = b.rows;
  if (columnsAgree(a.xs, b.xs)) xs = a.xs;
  else {
    const outer = Math.abs(a.xs[0]! - b.xs[0]!) <= TOL && Math.abs(a.xs[a.xs.length - 1]! - b.xs[b.xs.length - 1]!) <= TOL;
    if (!outer) return undefined;
    if (isSubset(a.xs, b.xs)) {
      xs = b.xs;
      aRows = regrid(a.rows, a.xs, b.xs);
    } else if (isSubset(b.xs, a.xs)) {
      xs = a.xs;
      bRows = regrid(b.rows, b.xs, a.xs);
    } else return undefined;
  }
  // repeated header rows: the longest prefix of b equal to a prefix of a
  let drop = 0;
  for (let k = Math.min(4, bRows.length - 1, aRows.length - 1); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = rowKey(aRows[i]!) === rowKey(bRows[i]!) && bRows[i]!.some((c) => c.text !== "");
    if (same) {
      drop = k;
      break;
    }
  }
  // a row split by the page break leaves an empty sliver at the top of the continuation: drop it
  while (drop < bRows.length - 1 && bRows[drop]!.every((c) => c.text.trim() === "")) drop++;
  aRows = aRows.map((r) => r.map((c) => ({ ...c })));
  const lastIdx = aRows.length - 1;
  const last = aRows[lastIdx];
  /** Position of the owner of a cell of the last row of `a`. */
  const ownerAt = (c: number): [number, number] => last![c]!.spanOf ?? [lastIdx, c];
  const cellAt = (pos: [number, number]) => aRows[pos[0]]![pos[1]]!;
  const setText = (pos: [number, number], text: string) => {
    const owner = cellAt(pos);
    owner.text = text;
    owner.state = makeCell(text).state;
    for (const row of aRows) for (const c of row) if (c.spanOf && c.spanOf[0] === pos[0] && c.spanOf[1] === pos[1]) c.text = text;
  };
  // Merged cells of `b` that go on from a cell of `a`'s last row: b position "r:c" → a owner position
  const joinTo = new Map<string, [number, number]>();
  // a row broken by the page: append its wrapped text to the cells of the last row
  if (last && drop < bRows.length && isBrokenRow(last, bRows[drop]!, a.lastRowWraps)) {
    const next = bRows[drop]!;
    next.forEach((n, i) => {
      if (n.spanOf) return;
      const pos = ownerAt(i);
      if (n.text.trim() !== "") setText(pos, joinFragments(cellAt(pos).text, n.text));
      if (n.rowSpan > 1 && sameExtent(last, next, i)) joinTo.set(`${drop}:${i}`, pos);
    });
    drop++;
  }
  // a merged cell cut by the page break: its part on the new page is an empty cell spanning rows
  const first = bRows[drop];
  if (last && first) {
    first.forEach((n, i) => {
      if (n.spanOf || n.rowSpan < 2 || n.text.trim() !== "" || !sameExtent(last, first, i)) return;
      // only a cell already merged over rows above the break (a header cell above an empty merged cell is not
      // its beginning)
      const above = cellAt(ownerAt(i));
      if (above.text.trim() === "" || above.state === "number" || above.rowSpan < 2) return;
      joinTo.set(`${drop}:${i}`, ownerAt(i));
    });
  }
  // row r of b (r >= drop) becomes row r - drop + offset of the joined table
  const offset = aRows.length;
  const extra = new Map<string, number>();
  const rest = bRows.slice(drop).map((row, k) =>
    row.map((c, col): Cell => {
      const [r, cc] = c.spanOf ?? [drop + k, col];
      const target = joinTo.get(`${r}:${cc}`);
      if (target) {
        const owner = cellAt(target);
        if (cc === col && target[1] === col) extra.set(`${target[0]}:${target[1]}`, Math.max(extra.get(`${target[0]}:${target[1]}`) ?? 0, k + 1));
        return { ...c, text: owner.text, state: owner.state, rowSpan: 1, colSpan: 1, spanOf: target };
      }
      if (!c.spanOf) return c;
      if (r < drop) {
        const { spanOf: _, ...own } = c;
        void _;
        return own;
      }
      return { ...c, spanOf: [r - drop + offset, cc] };
    }),
  );
  // the owners joined to grow by the rows they now cover
  for (const [key, n] of extra) {
    const [r, c] = key.split(":").map(Number) as [number, number];
    const owner = aRows[r]![c]!;
    owner.rowSpan = lastIdx - r + 1 + n;
  }
  const wraps = columnsAgree(xs, b.xs) ? b.lastRowWraps : regridWraps(b.lastRowWraps, b.xs, xs);
  return { ...a, xs, rows: [...aRows, ...rest], endPage: b.endPage ?? b.page, lastRowWraps: wraps };
}
