/** placeholder */
import type { Cell } from "../../model/document.js";
import type { DumpLine } from "./lines.js";
export function buildRowsTable(lines: DumpLine[]): { rows: Cell[][]; warnings: string[] } {
  void lines;
  return { rows: [], warnings: [] };
}
