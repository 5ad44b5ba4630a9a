/** Part 4 tables: recognise the nine tables in reader grids, type them, emit table facts. Stub. */
import type { Doc } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { Message } from "../../model/document.js";
import type { TypedTable } from "../../model/table.js";

export interface TablesResult {
  tables: TypedTable[];
  facts: Fact[];
  warnings: Message[];
  /** Block indexes consumed as part-4 tables (so other extractors skip them). */
  blocks: number[];
}

export function extractTables(doc: Doc, skip: Set<number> = new Set()): TablesResult {
  void doc;
  void skip;
  return { tables: [], facts: [], warnings: [], blocks: [] };
}
