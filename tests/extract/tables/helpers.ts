/** Build small documents with table grids for tests. */
import { makeCell, type Block, type Doc } from "../../../src/model/document.js";

export interface TableSpec {
  title?: string;
  unit?: string;
  rows: string[][];
  /** Paragraphs after the table (notes). */
  notes?: string[];
  page?: number;
  /** Put title/unit into the caption instead of paragraphs. */
  caption?: boolean;
}

export function tableBlock(rows: string[][], page?: number, caption: string[] = []): Block {
  const n = Math.max(...rows.map((r) => r.length));
  return {
    type: "table",
    rows: rows.map((r) => Array.from({ length: n }, (_, i) => makeCell(r[i] ?? "", page !== undefined ? { page } : {}))),
    caption,
    loc: page !== undefined ? { page } : {},
  };
}

export function docOf(specs: TableSpec[], before: string[] = []): Doc {
  const blocks: Block[] = before.map((t) => ({ type: "paragraph", text: t, loc: {} }));
  for (const s of specs) {
    if (s.caption) {
      blocks.push(tableBlock(s.rows, s.page, [s.title ?? "", s.unit ?? ""].filter(Boolean)));
    } else {
      if (s.title) blocks.push({ type: "paragraph", text: s.title, loc: {} });
      if (s.unit) blocks.push({ type: "paragraph", text: s.unit, loc: {} });
      blocks.push(tableBlock(s.rows, s.page));
    }
    for (const n of s.notes ?? []) blocks.push({ type: "paragraph", text: n, loc: {} });
  }
  return { format: "pdf", blocks, warnings: [] };
}
