/**
 * One performance self-evaluation form (rows already joined across blocks) → a PerformanceForm record and its
 * facts: locate its blocks (locate.ts), read the head, fund rows, goal, indicator rows and totals (head.ts,
 * funds.ts, goal.ts, indicators.ts, totals.ts), emit facts (emit.ts). Columns are found by header text, never by
 * position, so the same code reads the plain-text shape (rowspans as leading blanks) and the HTML/DOCX/PDF grids
 * (spans as `spanOf` copies).
 */
import type { Fact } from "../../model/fact.js";
import type { PerformanceForm } from "../../model/records.js";
import { emitForm } from "./emit.js";
import { readFunds } from "./funds.js";
import { readGoal } from "./goal.js";
import type { FRow } from "./grid.js";
import { readHead } from "./head.js";
import { readIndicators } from "./indicators.js";
import { locateBlocks } from "./locate.js";
import { readTotals } from "./totals.js";

export { UNIT_PROJECT } from "./emit.js";

export interface ParsedForm {
  form: PerformanceForm;
  facts: Fact[];
}

export function parseForm(rows: FRow[], kind: "unit" | "project", title: string | undefined, blocks: number[]): ParsedForm {
  const located = locateBlocks(rows);
  return emitForm({
    kind,
    ...(title !== undefined ? { title } : {}),
    blocks,
    head: readHead(located.head),
    funds: readFunds(located.funds),
    goal: readGoal(located.goals),
    indicators: readIndicators(located.indicators),
    totals: readTotals(located.ends),
  });
}
