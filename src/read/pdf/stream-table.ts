/**
 * Borderless tables whose cells hold wrapped text (performance forms and the like, printed without rulings):
 * the grid is rebuilt from where the text sits.
 *
 * - Columns: cell text is left-aligned, so every line of a cell starts at its column's left edge; the x where
 *   several lines (or pieces after a wide gap) start are the column starts. A line is cut into pieces at those
 *   starts (where the text has a gap), so two cells printed close together come apart.
 * - Cells: in one column, lines one line-pitch apart belong to the same cell (a wrapped text); a larger step
 *   starts another cell (the cell padding and paragraph spacing lie between rows).
 * - Rows: the cells of one row overlap vertically (top-aligned cells share their first line, vertically centred
 *   cells share the row's middle), cells of different rows do not. A cell that alone joins otherwise separate
 *   rows spans them (a merged label centred over its rows).
 * - A piece whose text runs past the next column start spans those columns.
 *
 * The parts of one table on consecutive pages are rebuilt together (columns from all parts), then joined by
 * continuation.ts like ruled tables: a repeated header row is dropped and a row broken by the page is put back.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { cellText } from "./cells.js";
import { isCjk } from "./normalize.js";
import type { BBox, Line, TItem } from "./types.js";

/** Text of one line inside one cell. */
export interface Piece {
  items: TItem[];
  x0: number;
  x1: number;
  y: number;
  top: number;
  bottom: number;
  size: number;
  /** Index of the line it came from (within its part). */
  line: number;
}

/** The lines of a borderless table on one page. */
export interface StreamPart {
  page: number;
  lines: Line[];
}

/** A cell of one column: pieces one line-pitch apart. */
interface Block {
  col: number;
  pieces: Piece[];
  top: number;
  bottom: number;
  x1: number;
}

const START_TOL = 1.5; // x of a line start that counts as the column start
const WIDE_GAP = 0.8; // · size: a gap this wide always separates two cells
const CELL_GAP = 0.35; // · size: a gap this wide may separate two cells (wider than a word space or autospacing)

/**
 * pdfjs merges runs drawn close together into one item, with a space where the gap was ("资金 0.00" from two
 * cells): split such items at their spaces. Positions are estimated: an ideograph is one em wide, a digit or
 * Latin letter about 0.55 em, narrow punctuation 0.3 em; what is left of the item's width is the spaces'.
 */
export function splitItem(it: TItem): Array<TItem & { estimated?: boolean }> {
  if (!/\S\s+\S/.test(it.str)) return [it];
  const chars = Array.from(it.str);
  const natural = (ch: string) => (isCjk(ch) ? 1 : /[.,:;'!|il]/.test(ch) ? 0.3 : 0.55) * it.size;
  const spaces = chars.filter((ch) => /\s/.test(ch)).length;
  const ink = chars.filter((ch) => !/\s/.test(ch)).reduce((w, ch) => w + natural(ch), 0);
  const total = it.x1 - it.x0;
  const space = (total - ink) / spaces;
  // a width that does not fit the estimate (other glyph widths): scale everything, spaces as 0.25 em
  const scale = space >= 0 ? 1 : total / (ink + spaces * 0.25 * it.size);
  const spaceW = space >= 0 ? space : 0.25 * it.size * scale;
  const out: Array<TItem & { estimated?: boolean }> = [];
  let x = it.x0;
  let cur = "";
  let x0 = x;
  for (const ch of chars) {
    const w = /\s/.test(ch) ? spaceW : natural(ch) * scale;
    if (/\s/.test(ch)) {
      if (cur) out.push({ ...it, str: cur, x0, x1: x, estimated: out.length > 0 });
      cur = "";
    } else {
      if (!cur) x0 = x;
      cur += ch;
    }
    x += w;
  }
  if (cur) out.push({ ...it, str: cur, x0, x1: x, estimated: out.length > 0 });
  return out.length ? out : [it];
}

function rawPieces(lines: Line[]): Piece[] {
  const out: Piece[] = [];
  lines.forEach((l, li) => {
    let cur: TItem[] = [];
    const flush = () => {
      if (cur.length) out.push(pieceOf(cur, li));
      cur = [];
    };
    let prevX1 = -Infinity;
    for (const it of l.items.flatMap(splitItem)) {
      // a wide gap between runs (not a space inside a run, whose width is only estimated)
      if (cur.length && !(it as { estimated?: boolean }).estimated && it.x0 - prevX1 > WIDE_GAP * it.size) flush();
      cur.push(it);
      prevX1 = Math.max(prevX1, it.x1);
    }
    flush();
  });
  return out;
}

function pieceOf(items: TItem[], line: number): Piece {
  return {
    items,
    x0: Math.min(...items.map((i) => i.x0)),
    x1: Math.max(...items.map((i) => i.x1)),
    y: items.reduce((s, i) => s + i.y, 0) / items.length,
    top: Math.max(...items.map((i) => i.top)),
    bottom: Math.min(...items.map((i) => i.bottom)),
    size: Math.max(...items.map((i) => i.size)),
    line,
  };
}

/** Column starts: x where text begins (a line start, or after a gap) on at least `minSupport` lines (clustered). */
export function columnStarts(parts: StreamPart[], minSupport = 2): number[] {
  const starts: Array<{ x: number; key: string }> = [];
  parts.forEach((p, pi) => {
    p.lines.forEach((l, li) => {
      // only real runs count here: a split at a space (splitItem) is placed by estimate, and a space between a
      // number and its unit ("=5 门", "2024 年") would otherwise make columns
      let prevX1 = -Infinity;
      for (const it of l.items) {
        if (it.x0 - prevX1 >= CELL_GAP * it.size) starts.push({ x: it.x0, key: `${pi}:${li}` });
        prevX1 = Math.max(prevX1, it.x1);
      }
    });
  });
  starts.sort((a, b) => a.x - b.x);
  const out: number[] = [];
  let group: typeof starts = [];
  const flush = () => {
    if (!group.length) return;
    const support = new Set(group.map((g) => g.key)).size;
    if (support >= minSupport) out.push(Math.min(...group.map((g) => g.x)));
    group = [];
  };
  for (const s of starts) {
    if (group.length && s.x - group[group.length - 1]!.x > START_TOL) flush();
    group.push(s);
  }
  flush();
  return out;
}

/** Cut the lines into pieces: at wide gaps, and where an item begins at a column start after a gap. */
export function piecesAt(lines: Line[], starts: number[]): Piece[] {
  const out: Piece[] = [];
  for (const raw of rawPieces(lines)) {
    let cur: TItem[] = [];
    let prevX1 = -Infinity;
    for (const it of raw.items as Array<TItem & { estimated?: boolean }>) {
      const atStart = starts.some((s) => Math.abs(it.x0 - s) <= START_TOL);
      // between two runs a gap wider than autospacing (CJK next to Latin, ~0.2 em); inside a run, a space that
      // pdfjs put there for a gap (its width is estimated) at a column start
      const minGap = (it.estimated ? 0.2 : 0.25) * it.size;
      if (cur.length && atStart && it.x0 - prevX1 >= minGap) {
        out.push(pieceOf(cur, raw.line));
        cur = [];
      }
      cur.push(it);
      prevX1 = Math.max(prevX1, it.x1);
    }
    if (cur.length) out.push(pieceOf(cur, raw.line));
  }
  return out;
}

/** Union of column starts (starts closer than the tolerance are one). */
export function mergeStarts(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!out.length || x - out[out.length - 1]! > START_TOL) out.push(x);
  return out;
}

function columnOf(x0: number, starts: number[]): number {
  let c = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= x0 + START_TOL) c = i;
  return c;
}

/** The step between the lines of one wrapped cell: the commonest baseline step inside a column. */
function linePitch(byCol: Piece[][]): number | undefined {
  const steps: number[] = [];
  for (const col of byCol) {
    for (let i = 1; i < col.length; i++) {
      const d = col[i - 1]!.y - col[i]!.y;
      const size = Math.max(col[i - 1]!.size, col[i]!.size);
      if (d >= 0.9 * size && d <= 2 * size) steps.push(d);
    }
  }
  if (!steps.length) return undefined;
  const counts = new Map<number, number>();
  for (const s of steps) counts.set(Math.round(s * 2) / 2, (counts.get(Math.round(s * 2) / 2) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [k, v] of counts) if (v > n || (v === n && k < best)) [best, n] = [k, v];
  return best;
}

function blocksOf(pieces: Piece[], starts: number[]): Block[] {
  const byCol: Piece[][] = starts.map(() => []);
  for (const p of pieces) byCol[columnOf(p.x0, starts)]!.push(p);
  for (const col of byCol) col.sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const pitch = linePitch(byCol);
  const blocks: Block[] = [];
  byCol.forEach((col, c) => {
    let cur: Piece[] = [];
    const flush = () => {
      if (!cur.length) return;
      blocks.push({
        col: c,
        pieces: cur,
        top: Math.max(...cur.map((p) => p.top)),
        bottom: Math.min(...cur.map((p) => p.bottom)),
        x1: Math.max(...cur.map((p) => p.x1)),
      });
      cur = [];
    };
    for (const p of col) {
      const last = cur[cur.length - 1];
      if (last) {
        const d = last.y - p.y;
        const sameLine = d < 0.3 * p.size;
        const wrapped = pitch !== undefined && d <= pitch * 1.2;
        if (!sameLine && !wrapped) flush();
      }
      cur.push(p);
    }
    flush();
  });
  return blocks;
}

const overlaps = (a: Block, b: Block) => a.bottom < b.top - 0.5 && b.bottom < a.top - 0.5;

/** Connected groups of vertically overlapping blocks, top first. */
function bands(blocks: Block[]): Block[][] {
  const s = [...blocks].sort((a, b) => b.top - a.top);
  const out: Block[][] = [];
  let cur: Block[] = [];
  let low = Infinity;
  for (const b of s) {
    if (cur.length && b.top - 0.5 <= low) {
      out.push(cur);
      cur = [];
      low = Infinity;
    }
    cur.push(b);
    low = Math.min(low, b.bottom);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Does every group have a column (other than `except`) in common with another group? */
function sharesColumns(groups: Block[][], except: number): boolean {
  const cols = groups.map((g) => new Set(g.map((x) => x.col).filter((c) => c !== except)));
  return cols.every((s, i) => cols.some((t, j) => j !== i && [...s].some((c) => t.has(c))));
}

interface Rows {
  rows: Block[][];
  /** Blocks that join several rows: merged cells spanning them. */
  spanning: Block[];
}

/** Rows from blocks: overlap groups; a block that alone joins several groups spans them. */
function rowsOf(blocks: Block[]): Rows {
  const rows: Block[][] = [];
  const spanning: Block[] = [];
  for (const band of bands(blocks)) {
    if (band.length <= 2) {
      rows.push(band);
      continue;
    }
    let rest = band;
    let groups = 1;
    const removed: Block[] = [];
    for (const b of [...band].sort((p, q) => q.top - q.bottom - (p.top - p.bottom))) {
      const without = rest.filter((x) => x !== b);
      const parts = bands(without);
      // only a split into rows that share columns (rows of one table): a label centred over its rows that
      // touches one line of a neighbouring cell must not make a row of its own
      if (parts.length > groups && sharesColumns(parts, b.col)) {
        removed.push(b);
        rest = without;
        groups = parts.length;
      }
    }
    if (!removed.length) {
      rows.push(band);
      continue;
    }
    const sub = rowsOf(rest);
    rows.push(...sub.rows);
    spanning.push(...sub.spanning, ...removed);
  }
  rows.sort((a, b) => Math.max(...b.map((x) => x.top)) - Math.max(...a.map((x) => x.top)));
  return { rows, spanning };
}

/** A cell being built: its top-left grid position, spans and the blocks of text in it. */
interface Own {
  r: number;
  c: number;
  rs: number;
  cs: number;
  blocks: Block[];
}

const squashed = (o: Own) => o.blocks.flatMap((b) => b.pieces.flatMap((p) => p.items.map((i) => i.str))).join("").replace(/\s+/g, "");

/**
 * Labels merged over several rows and printed once, centred on them ("履职效能" over four indicator rows): in a
 * column of short labels with empty cells between them, give each label the rows around it whose middle is the
 * label's middle, so that the labels tile the rows between them. Applied only when every label of a run finds
 * such rows and every empty row between two labels goes to one of them; otherwise the column is left as it is.
 */
function centreSpans(owner: Array<Array<Own | undefined>>, rows: Block[][], C: number): void {
  const R = rows.length;
  for (let c = 0; c < C; c++) {
    // the extent of each row from its other columns (a label must not measure its own row)
    const top = rows.map((r) => Math.max(...r.filter((b) => b.col !== c).map((b) => b.top)));
    const bottom = rows.map((r) => Math.min(...r.filter((b) => b.col !== c).map((b) => b.bottom)));
    if (top.some((t) => !Number.isFinite(t)) || bottom.some((b) => !Number.isFinite(b))) continue;
    const cells: Own[] = [];
    for (let r = 0; r < R; r++) {
      const o = owner[r]![c];
      if (o && o.r === r && o.c === c) cells.push(o);
    }
    // runs of short labels (a number or a long text is a boundary, kept as it is)
    const isLabel = (o: Own) => o.cs === 1 && squashed(o).length <= 10 && !/^[-+]?[\d,.]+%?$/.test(squashed(o));
    let i = 0;
    while (i < cells.length) {
      if (!isLabel(cells[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < cells.length && isLabel(cells[j + 1]!)) j++;
      const run = cells.slice(i, j + 1);
      const lo = i > 0 ? cells[i - 1]!.r + cells[i - 1]!.rs : 0;
      const hi = j + 1 < cells.length ? cells[j + 1]!.r - 1 : R - 1;
      const spans = tileRun(run, lo, hi, top, bottom);
      if (spans) {
        run.forEach((o, k) => {
          const [a, b] = spans[k]!;
          for (let r = a; r <= b; r++) if (owner[r]![c] && owner[r]![c] !== o) return;
        });
        run.forEach((o, k) => {
          const [a, b] = spans[k]!;
          o.r = a;
          o.rs = b - a + 1;
          for (let r = a; r <= b; r++) owner[r]![c] = o;
        });
      }
      i = j + 1;
    }
  }
}

/** Rows [a, b] for each label of a run, centred on it, tiling the rows between consecutive labels. */
function tileRun(run: Own[], lo: number, hi: number, top: number[], bottom: number[]): Array<[number, number]> | undefined {
  const centre = (o: Own) => {
    const t = Math.max(...o.blocks.map((b) => b.top));
    const btm = Math.min(...o.blocks.map((b) => b.bottom));
    return { mid: (t + btm) / 2, size: Math.max(...o.blocks.flatMap((b) => b.pieces.map((p) => p.size))) };
  };
  const fits = (o: Own, a: number, b: number) => {
    const { mid, size } = centre(o);
    return Math.abs((top[a]! + bottom[b]!) / 2 - mid) <= 0.3 * size;
  };
  // depth-first over the rows each label takes above it; the rows below follow from the next label's start
  const out: Array<[number, number]> = [];
  let extended = false;
  const go = (k: number, start: number): boolean => {
    const o = run[k]!;
    const end0 = o.r + o.rs - 1;
    const last = k === run.length - 1;
    const maxEnd = last ? hi : run[k + 1]!.r - 1;
    for (let end = end0; end <= maxEnd; end++) {
      if (!fits(o, start, end)) continue;
      out[k] = [start, end];
      if (last || go(k + 1, end + 1)) return true;
    }
    return false;
  };
  const first = run[0]!;
  // the first label may take some of the rows above it (the rest stay empty); the rows between labels all go
  for (let start = first.r; start >= lo; start--) {
    out.length = 0;
    if (go(0, start)) {
      extended = out.some(([a, b], k) => a !== run[k]!.r || b !== run[k]!.r + run[k]!.rs - 1);
      return extended ? out : undefined;
    }
  }
  return undefined;
}

export interface StreamTable {
  rows: Cell[][];
  /** Column boundaries, ascending. */
  xs: number[];
  bbox: BBox;
  /** Per column of the last row: its text runs to the right edge of the cell (it may go on on the next page). */
  lastRowWraps: boolean[];
}

/** Build one page's part of a borderless table on the given column starts. */
export function buildStreamPart(part: StreamPart, starts: number[], right: number): StreamTable {
  const pieces = piecesAt(part.lines, starts);
  const blocks = blocksOf(pieces, starts);
  const { rows: bandRows, spanning } = rowsOf(blocks);
  const C = starts.length;
  const xs = [...starts.map((s) => s - 2), Math.max(right, ...pieces.map((p) => p.x1)) + 2];
  const R = bandRows.length;
  const rowTop = bandRows.map((r) => Math.max(...r.map((b) => b.top)));
  const rowBottom = bandRows.map((r) => Math.min(...r.map((b) => b.bottom)));
  // owner cells: r, c, spans, blocks
  const owner: Array<Array<Own | undefined>> = Array.from({ length: R }, () => new Array<Own | undefined>(C));
  const place = (b: Block, r0: number, r1: number) => {
    const existing = owner[r0]![b.col];
    if (existing && existing.r === r0 && existing.c === b.col) {
      existing.blocks.push(b);
      return;
    }
    if (existing) return; // covered by a span from elsewhere: keep the text with the span's owner
    const o: Own = { r: r0, c: b.col, rs: r1 - r0 + 1, cs: 1, blocks: [b] };
    for (let r = r0; r <= r1; r++) if (!owner[r]![b.col]) owner[r]![b.col] = o;
  };
  bandRows.forEach((row, r) => {
    for (const b of [...row].sort((p, q) => p.col - q.col)) place(b, r, r);
  });
  for (const b of spanning) {
    const hit = bandRows.map((_, r) => r).filter((r) => b.bottom < rowTop[r]! - 0.5 && rowBottom[r]! < b.top - 0.5);
    if (!hit.length) continue;
    let r0 = hit[0]!;
    let r1 = hit[hit.length - 1]!;
    while (r0 < r1 && owner[r0]![b.col]) r0++;
    while (r1 > r0 && owner[r1]![b.col]) r1--;
    if (owner[r0]![b.col]) {
      // no free slot: join the text to the cell already there
      owner[r0]![b.col]!.blocks.push(b);
      continue;
    }
    for (let r = r0; r <= r1; r++) if (owner[r]![b.col]) r1 = r - 1;
    place(b, r0, r1);
  }
  centreSpans(owner, bandRows, C);
  // column spans: text running past the next column start, over empty positions
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const o = owner[r]![c];
      if (!o || o.r !== r || o.c !== c || o.cs > 1) continue;
      const x1 = Math.max(...o.blocks.map((b) => b.x1));
      let cs = 1;
      while (c + cs < C && starts[c + cs]! < x1 - 2 && rangeFree(owner, o.r, o.r + o.rs - 1, c + cs)) cs++;
      if (cs > 1) {
        o.cs = cs;
        for (let rr = o.r; rr < o.r + o.rs; rr++) for (let k = c + 1; k < c + cs; k++) owner[rr]![k] = o;
      }
    }
  }
  const rows: Cell[][] = [];
  for (let r = 0; r < R; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < C; c++) {
      const o = owner[r]![c];
      if (!o) {
        row.push(makeCell("", { page: part.page, bbox: [xs[c]!, rowBottom[r]!, xs[c + 1]!, rowTop[r]!] }));
        continue;
      }
      const bbox: BBox = [xs[o.c]!, rowBottom[o.r + o.rs - 1]!, xs[o.c + o.cs]!, rowTop[o.r]!];
      const text = cellText(
        o.blocks.flatMap((b) => b.pieces.flatMap((p) => p.items)),
        part.page,
      );
      if (o.r === r && o.c === c) row.push(makeCell(text, { rowSpan: o.rs, colSpan: o.cs, page: part.page, bbox }));
      else row.push(makeCell(text, { spanOf: [o.r, o.c], page: part.page, bbox }));
    }
    rows.push(row);
  }
  const lastRowWraps = R
    ? owner[R - 1]!.map((o) => {
        if (!o) return false;
        const pcs = o.blocks.flatMap((b) => b.pieces);
        const lowest = Math.min(...pcs.map((p) => p.y));
        const last = pcs.filter((p) => Math.abs(p.y - lowest) < 0.3 * p.size);
        const x1 = Math.max(...last.map((p) => p.x1));
        // the cell's right edge, less the gap to the next column and up to two characters moved on by line breaking
        return x1 >= xs[o.c + o.cs]! - 3 * last[0]!.size;
      })
    : [];
  const bbox: BBox = [xs[0]!, Math.min(...rowBottom), xs[C]!, Math.max(...rowTop)];
  return { rows, xs, bbox, lastRowWraps };
}

function rangeFree(owner: Array<Array<unknown>>, r0: number, r1: number, c: number): boolean {
  for (let r = r0; r <= r1; r++) if (owner[r]![c]) return false;
  return true;
}

/** How well the lines fit left-aligned columns: share of pieces that begin at a column start. */
export function startCoverage(lines: Line[], starts: number[]): number {
  const pieces = piecesAt(lines, starts);
  if (!pieces.length) return 0;
  const at = pieces.filter((p) => starts.some((s) => Math.abs(p.x0 - s) <= START_TOL)).length;
  return at / pieces.length;
}
