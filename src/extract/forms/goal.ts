/** The goal of a form (年度总体目标): the planned text (预期目标) and the achieved text (实际完成情况). */
import { squash, printedCells, cellAt, type FCell, type FRow } from "./grid.js";
import type { Block } from "./locate.js";

export type GoalPart = "预期目标" | "实际完成情况";

export interface GoalCell {
  part: GoalPart;
  cell: FCell;
  r: FRow;
}

export interface Goal {
  cells: GoalCell[];
  goal?: { planned?: string; achieved?: string };
}

export function readGoal(blocks: Block[]): Goal {
  const cells: GoalCell[] = [];
  let goal: Goal["goal"];
  const put = (part: GoalPart, cell: FCell, r: FRow) => {
    cells.push({ part, cell, r });
    goal = { ...goal, [part === "预期目标" ? "planned" : "achieved"]: cell.text.trim() };
  };
  for (const b of blocks) {
    const header = printedCells(b.header);
    const cols = header
      .filter((c) => /预期目标|实际完成|完成情况/.test(squash(c.text)))
      .map((c) => ({ col: c.col, part: (/预期/.test(squash(c.text)) ? "预期目标" : "实际完成情况") as GoalPart }));
    // a one-cell goal ("年度总体目标 | text") printed on the label row itself
    const text = header.find((c) => !/目标|完成情况/.test(squash(c.text)) && squash(c.text).length > 8);
    if (text && cols.length === 0) put("预期目标", text, b.header);
    for (const { row } of b.rows) {
      for (const g of cols) {
        const c = cellAt(row, g.col);
        if (!c || c.covered || squash(c.text) === "") continue;
        put(g.part, c, row);
      }
    }
  }
  return { cells, ...(goal ? { goal } : {}) };
}
