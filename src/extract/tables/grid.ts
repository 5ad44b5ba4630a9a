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
}

export interface Grid {
  rows: GCell[][];
  ncols: number;
  blocks: number[];
}

export function toGrid(parts: { block: number; table: TableBlock }[]): Grid {
  const rows: GCell[][] = [];
  let ncols = 0;
  for (const { block, table } of parts) {
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const out: GCell[] = row.map((cell, c) => {
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
          covered,
        };
      });
      ncols = Math.max(ncols, out.length);
      rows.push(out);
    }
  }
  // pad rows to the same width
  for (const row of rows) {
    while (row.length < ncols) {
      const last = row[row.length - 1];
      row.push({ text: "", t: "", state: "blank", block: last?.block ?? parts[0].block, r: last?.r ?? 0, c: row.length, covered: false });
    }
  }
  return { rows, ncols, blocks: parts.map((p) => p.block) };
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
