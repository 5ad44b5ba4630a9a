import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Block, Doc, TableBlock } from "../../../src/model/document.js";

export const root = fileURLToPath(new URL("../../../", import.meta.url));

export function bytesOf(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(root + rel));
}

export function tables(doc: Doc): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.type === "table");
}

export function tableByCaption(doc: Doc, re: RegExp): TableBlock {
  const t = tables(doc).find((b) => b.caption.some((c) => re.test(c)));
  if (!t) throw new Error(`no table with caption ${re}`);
  return t;
}

export function texts(doc: Doc): string[] {
  return doc.blocks.filter((b): b is Exclude<Block, TableBlock> => b.type !== "table").map((b) => b.text);
}

/** Column index of the first header cell (in the first `depth` rows) whose text equals `label`. */
export function col(t: TableBlock, label: string, depth = 5): number {
  for (const row of t.rows.slice(0, depth)) {
    const i = row.findIndex((c) => c.text === label && !c.spanOf);
    if (i >= 0) return i;
  }
  throw new Error(`no column ${label}`);
}

/** The first row whose cells at the given positions have the given texts. */
export function row(t: TableBlock, match: Record<number, string>): TableBlock["rows"][number] {
  const r = t.rows.find((cells) => Object.entries(match).every(([i, v]) => cells[Number(i)]?.text === v));
  if (!r) throw new Error(`no row ${JSON.stringify(match)}`);
  return r;
}

/** The first row containing a cell with this text. */
export function rowWith(t: TableBlock, label: string): TableBlock["rows"][number] {
  const r = t.rows.find((cells) => cells.some((c) => c.text === label));
  if (!r) throw new Error(`no row with ${label}`);
  return r;
}
