/**
 * Locating the blocks of a form: which rows are its head, its fund block(s), its goal, its indicator block(s),
 * its total and grade rows. A fund, goal or indicator block starts at its header row and runs until the next
 * header; the head's label/value pairs are read until the indicators begin. Rows are numbered from 1 over all
 * rows of the form (empty ones included): records keep that number.
 */
import { GOAL_PART, has, isFundHeader, isGoalRow, isGradeRow, isIndicatorHeader, isTotalRow } from "./columns.js";
import { printedCells, type FRow } from "./grid.js";
import { headPairs } from "./head.js";

/** A row of the form with its number (1-based, over all rows). */
export interface NumberedRow {
  row: FRow;
  no: number;
}

/** A block that starts with a header row. */
export interface Block {
  header: FRow;
  rows: NumberedRow[];
}

/** A 总分 row (with the indicator header in force, for its columns) or a grade row, in the order printed. */
export type EndRow = { kind: "total"; row: FRow; indicatorHeader?: FRow } | { kind: "grade"; row: FRow };

export interface FormBlocks {
  head: FRow[];
  funds: Block[];
  goals: Block[];
  indicators: Block[];
  ends: EndRow[];
}

/** 总分 (never a fund row's label, unlike 合计). */
function isScoreTotal(row: FRow): boolean {
  const first = printedCells(row)[0];
  return first !== undefined && /^(总分|自评总分|综合得分)$/.test(first.text.replace(/[\s\u3000\u00a0]/g, ""));
}

export function locateBlocks(rows: FRow[]): FormBlocks {
  const out: FormBlocks = { head: [], funds: [], goals: [], indicators: [], ends: [] };
  let state: "head" | "funds" | "goal" | "indicators" | "after" = "head";
  let current: Block | undefined;
  let indicatorHeader: FRow | undefined;
  let goalHasColumns = false;
  let no = 0;
  for (const row of rows) {
    no++;
    if (printedCells(row).length === 0) continue;
    if ((state === "head" || state === "funds") && headPairs(row)) {
      out.head.push(row);
      continue;
    }
    if (isIndicatorHeader(row)) {
      current = { header: row, rows: [] };
      out.indicators.push(current);
      indicatorHeader = row;
      state = "indicators";
      continue;
    }
    if (isFundHeader(row)) {
      current = { header: row, rows: [] };
      out.funds.push(current);
      state = "funds";
      continue;
    }
    // A goal row. Its label ("年度总体目标") is merged over the header and the text rows; printed without
    // rules, the label is centred and may sit on the text row: that row is content when the block already has
    // its column headers (预期目标 | 实际完成情况) and this row has none.
    if (isGoalRow(row) && !(state === "goal" && goalHasColumns && !has(row, GOAL_PART))) {
      current = { header: row, rows: [] };
      out.goals.push(current);
      goalHasColumns = has(row, GOAL_PART);
      state = "goal";
      continue;
    }
    // a 总分 row ends the form whatever came before it (a text dump may give the fund block and the 总分 row only)
    if ((state === "indicators" || state === "after" || (state !== "head" && isScoreTotal(row))) && isTotalRow(row)) {
      out.ends.push({ kind: "total", row, ...(indicatorHeader ? { indicatorHeader } : {}) });
      state = "after";
      continue;
    }
    if ((state === "indicators" || state === "after") && isGradeRow(row)) {
      out.ends.push({ kind: "grade", row });
      continue;
    }
    if ((state === "funds" || state === "goal" || state === "indicators") && current) current.rows.push({ row, no });
  }
  return out;
}
