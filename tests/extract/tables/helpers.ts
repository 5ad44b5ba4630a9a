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

/**
 * Rows of printed texts → grid cells. A CJK text repeated to the right or below stands for a merged cell:
 * the repeats get `spanOf` the first position (as readers mark spans).
 */
export function tableBlock(rows: string[][], page?: number, caption: string[] = []): Block {
  const n = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: n }, (_, i) => makeCell(r[i] ?? "", page !== undefined ? { page } : {})));
  const cjk = /[\u4e00-\u9fff]/;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < n; c++) {
      const t = grid[r][c].text;
      if (!t || !cjk.test(t)) continue;
      const left = c > 0 ? grid[r][c - 1] : undefined;
      const up = r > 0 ? grid[r - 1][c] : undefined;
      if (left && left.text === t) grid[r][c].spanOf = left.spanOf ?? [r, c - 1];
      else if (up && up.text === t) grid[r][c].spanOf = up.spanOf ?? [r - 1, c];
    }
  }
  return {
    type: "table",
    rows: grid,
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
