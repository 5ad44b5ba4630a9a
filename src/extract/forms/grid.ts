/**
 * A form as one sequence of rows, possibly joined from several table blocks (a PDF page break splits a
 * form). Cells remember their block, grid position and whether they are a span copy, so values are
 * read once (from the owner cell) and facts point at the printed cell.
 */
import type { Cell, TableBlock } from "../../model/document.js";

export interface FCell {
  text: string;
  state: Cell["state"];
  block: number;
  /** Row and column in the block's grid. */
  row: number;
  col: number;
  /** A position covered by a span from another position (HTML/DOCX rowspan/colspan copy). */
  covered: boolean;
  /** Covered by a span whose owner sits in another row (a rowspan copy). */
  coveredFromAbove: boolean;
  page?: number;
  bbox?: [number, number, number, number];
}

export interface FRow {
  cells: FCell[];
  block: number;
  row: number;
  line?: number;
  page?: number;
}

export function rowsOf(block: TableBlock, index: number): FRow[] {
  return block.rows.map((cells, r) => ({
    block: index,
    row: r,
    line: block.loc.line,
    page: block.loc.page,
    cells: cells.map((c, col) => ({
      text: c.text,
      state: c.state,
      block: index,
      row: r,
      col,
      covered: c.spanOf !== undefined && !(c.spanOf[0] === r && c.spanOf[1] === col),
      coveredFromAbove: c.spanOf !== undefined && c.spanOf[0] !== r,
      ...(c.page !== undefined ? { page: c.page } : {}),
      ...(c.bbox ? { bbox: c.bbox } : {}),
    })),
  }));
}

/** Text with all whitespace (incl. full-width) removed: for matching labels. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0]/g, "");
}

/** Owner cells with something printed. */
export function printedCells(row: FRow): FCell[] {
  return row.cells.filter((c) => !c.covered && squash(c.text) !== "");
}

/** A cell that prints nothing or a dash ("-", "—", "/", "／", "－", "无"). */
export function isDash(text: string): boolean {
  return /^[-—–－―/／\\无]*$/.test(squash(text));
}

/** The cell of a row at a grid column (undefined when the column is unknown). */
export function cellAt(row: FRow, col: number | undefined): FCell | undefined {
  return col === undefined ? undefined : row.cells.find((c) => c.col === col);
}
