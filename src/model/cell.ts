/**
 * Making a grid cell. Kept apart from the zod schemas in document.ts so that readers need not load zod at run time
 * (zod is ~95 modules: a large part of the CLI's start-up). document.ts re-exports these.
 */
import type { Cell, CellState } from "./document.js";

/** Classify a cell's printed text. Blank = nothing printed; number = a parseable amount/percent/count. */
export function cellState(text: string): CellState {
  const t = text.replace(/[\s\u3000]/g, "");
  if (t === "") return "blank";
  return /^[-−－+]?[\d０-９][\d０-９,，.．]*[%％]?$/.test(t) ? "number" : "text";
}

export function makeCell(text: string, extra: Partial<Cell> = {}): Cell {
  return { text, state: cellState(text), rowSpan: 1, colSpan: 1, ...extra };
}
