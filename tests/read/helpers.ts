/** Shared helpers for the reader tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Block, Cell, TableBlock } from "../../src/model/document.js";
import { readTextString } from "../../src/read/text.js";

export const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
export const sample = (p: string) => `${SAMPLES}${p}`;

export const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === "table");

/** The txt reader's tables for the seed text (the reference the other formats are compared with). */
export function txtTables(): TableBlock[] {
  return tables(readTextString(readFileSync(sample("changji-czj-2024.txt"), "utf8")).blocks);
}

/** Rows of a txt table after its leading one-cell caption rows (HTML/docx print those above the table). */
export function txtBody(t: TableBlock): Cell[][] {
  let k = 0;
  while (k < t.rows.length - 1 && t.rows[k].slice(1).every((c) => c.text === "")) k++;
  return t.rows.slice(k);
}

/**
 * Every owner cell (no spanOf) of a spanned grid must equal the txt cell at the same position: the seed
 * format prints a rowspan as empty leading cells and a colspan as a short row.
 */
export function ownerCellMismatches(grid: Cell[][], txt: Cell[][]): string[] {
  const bad: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.spanOf) return;
      const want = txt[r]?.[c]?.text;
      if (cell.text !== want) bad.push(`[${r},${c}] ${JSON.stringify(cell.text)} != ${JSON.stringify(want)}`);
    }),
  );
  return bad;
}

export const labelled = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type !== "table" && b.label !== undefined ? [{ label: b.label, text: b.text, type: b.type }] : []));
