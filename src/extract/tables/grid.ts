/**
 * A reader grid (one or more table blocks, e.g. a table continued over pages) as a list of rows of cells
 * that remember where they came from. Spanned positions are marked `covered` (their text belongs to
 * another cell): they count for header labels, never as values.
 */
import type { CellState, TableBlock } from "../../model/document.js";
import { amount, CJK, codeText, norm } from "./text.js";

export type BBox = [number, number, number, number];

export interface GCell {
  text: string;
  /** Normalised text (no spaces …). */
  t: string;
  state: CellState;
  block: number;
  r: number;
  c: number;
  page?: number;
  bbox?: BBox;
  /** A position covered by a span whose owner is another cell. */
  covered: boolean;
  /** The reader's doubt about the cell. */
  doubt?: string;
}

export interface Grid {
  rows: GCell[][];
  ncols: number;
  blocks: number[];
}

export function toGrid(parts: { block: number; table: TableBlock }[]): Grid {
  const rows: GCell[][] = [];
  let ncols = 0;
  const width0 = parts[0]?.table.rows.reduce((m, r) => Math.max(m, r.length), 0) ?? 0;
  parts.forEach(({ block, table }, k) => {
    const width = table.rows.reduce((m, r) => Math.max(m, r.length), 0);
    // A continuation printed with other columns (split code columns merged on the next page): put its
    // columns under the first part's.
    const map = k > 0 && width !== width0 ? alignColumns(parts[0].table, table, width0, width) : undefined;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const cells: GCell[] = row.map((cell, c) => {
        const covered = !!cell.spanOf && (cell.spanOf[0] !== r || cell.spanOf[1] !== c);
        return {
          text: cell.text,
          t: norm(cell.text),
          state: cell.state,
          block,
          r,
          c,
          ...(cell.page !== undefined ? { page: cell.page } : table.loc.page !== undefined ? { page: table.loc.page } : {}),
          ...(cell.bbox ? { bbox: cell.bbox } : {}),
          ...(cell.doubt ? { doubt: cell.doubt } : {}),
          covered,
        };
      });
      let out = cells;
      if (map) {
        out = Array.from({ length: width0 }, (_, c) => blankCell(block, r, c));
        cells.forEach((cell, c) => {
          const to = map[c];
          if (to !== undefined) out[to] = cell;
        });
      }
      ncols = Math.max(ncols, out.length);
      rows.push(out);
    }
  });
  // pad rows to the same width
  for (const row of rows) {
    while (row.length < ncols) {
      const last = row[row.length - 1];
      row.push(blankCell(last?.block ?? parts[0].block, last?.r ?? 0, row.length));
    }
  }
  return { rows, ncols, blocks: parts.map((p) => p.block) };
}

function blankCell(block: number, r: number, c: number): GCell {
  return { text: "", t: "", state: "blank", block, r, c, covered: false };
}

/** Per column: does it hold numbers (value column) rather than codes and labels? */
function numericColumns(table: TableBlock, width: number): boolean[] {
  const num = new Array<number>(width).fill(0);
  const other = new Array<number>(width).fill(0);
  for (const row of table.rows) row.forEach((cell, c) => {
    const t = norm(cell.text);
    if (!t || (cell.spanOf && (cell.spanOf[1] !== c))) return;
    if (/^[235]\d{2}(\d{2}){0,2}$/.test(t) || CJK.test(t)) other[c]++;
    else if (amount(cell.text) !== undefined) num[c]++;
  });
  return num.map((n, c) => n > other[c]);
}

/**
 * Map the columns of a continuation part onto the first part's: by x position when the reader gave boxes,
 * else label columns to label columns (first to first, last to last) and value columns right-aligned.
 */
export function alignColumns(first: TableBlock, next: TableBlock, w0: number, w1: number): (number | undefined)[] {
  const xs = (table: TableBlock, width: number) => {
    const out: number[][] = Array.from({ length: width }, () => []);
    for (const row of table.rows) row.forEach((cell, c) => {
      if (cell.bbox && cell.text.trim() && !(cell.spanOf && (cell.spanOf[0] !== table.rows.indexOf(row) || cell.spanOf[1] !== c)) && cell.colSpan === 1) out[c].push((cell.bbox[0] + cell.bbox[2]) / 2);
    });
    return out.map((l) => (l.length ? l.sort((a, b) => a - b)[Math.floor(l.length / 2)] : undefined));
  };
  const x0 = xs(first, w0);
  const x1 = xs(next, w1);
  if (x1.every((x) => x !== undefined) && x0.filter((x) => x !== undefined).length >= w1) {
    const map = x1.map((x) => {
      let best: number | undefined;
      x0.forEach((y, c) => {
        if (y === undefined) return;
        if (best === undefined || Math.abs(y - (x as number)) < Math.abs((x0[best] as number) - (x as number))) best = c;
      });
      return best;
    });
    const increasing = map.every((m, i) => m !== undefined && (i === 0 || m > (map[i - 1] as number)));
    if (increasing) return map;
  }
  const n0 = numericColumns(first, w0);
  const n1 = numericColumns(next, w1);
  const labels0 = n0.findIndex((v) => v);
  const labels1 = n1.findIndex((v) => v);
  const l0 = labels0 < 0 ? w0 : labels0;
  const l1 = labels1 < 0 ? w1 : labels1;
  const map: (number | undefined)[] = new Array(w1).fill(undefined);
  for (let c = 0; c < l1; c++) map[c] = c === l1 - 1 ? l0 - 1 : Math.min(c, l0 - 1);
  for (let c = l1; c < w1; c++) {
    const to = w0 - (w1 - c);
    map[c] = to >= l0 ? to : undefined;
  }
  const seen = new Set<number>();
  return map.map((m) => (m === undefined || m < 0 || seen.has(m) ? undefined : (seen.add(m), m)));
}

/** The text a cell shows (covered cells show their owner's text, which readers repeat). */
export function shown(c: GCell | undefined): string {
  return c ? c.t : "";
}

export function isBlank(c: GCell | undefined): boolean {
  return !c || c.covered || c.t === "";
}

/** A value cell: a number (not covered). */
export function isNumberCell(c: GCell | undefined): boolean {
  return !!c && !c.covered && c.t !== "" && amount(c.text) !== undefined && !CJK.test(c.t);
}

export function hasCJK(c: GCell | undefined): boolean {
  return !!c && CJK.test(c.t);
}

export function isCodeCell(c: GCell | undefined): boolean {
  return !!c && !c.covered && codeText(c.text) !== undefined && !/[.,，]/.test(c.t);
}

/** Vertical centre of a cell (PDF coordinates, origin bottom-left), when the reader gave a bbox. */
export function yCenter(cells: GCell[]): number | undefined {
  const ys = cells.filter((c) => c.bbox && !c.covered && c.t !== "").map((c) => (c.bbox![1] + c.bbox![3]) / 2);
  if (ys.length === 0) return undefined;
  return ys.reduce((a, b) => a + b, 0) / ys.length;
}

export function xCenter(c: GCell): number | undefined {
  return c.bbox ? (c.bbox[0] + c.bbox[2]) / 2 : undefined;
}
