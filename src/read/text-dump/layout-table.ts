/**
 * A table printed by `pdftotext -layout`: cells are runs of text at character columns. Columns come from the data
 * lines (numbers are right-aligned, codes and labels left-aligned: anchors are clustered per kind), plus header-only
 * columns (a column no data line fills, e.g. 事业收入 in a report without it) from the header fragments that lie in
 * the gaps. Every line is then aligned to the columns in order (an order-preserving assignment that minimises the
 * distance), so a line that pdftotext printed a few characters off still lands in its columns. One grid row per
 * printed line: the typing step joins numbers printed above their label and labels wrapped over lines, as it does
 * for PDF grids. Header fragments that reach over several columns get a column span.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { kindOf, splitCells, type Kind } from "./cells.js";
import { fields, type DumpLine } from "./lines.js";
import { joinFragments, tidyText } from "../pdf/normalize.js";
import { maxOf, minOf } from "../../util/arrays.js";

interface F {
  text: string;
  start: number;
  end: number;
  kind: Kind;
}

interface Col {
  lo: number;
  hi: number;
  /** Anchor position (right edge for numbers, left edge for labels). */
  at: number;
  kind: Kind;
  support: number;
}

export interface LayoutTable {
  rows: Cell[][];
  /** Lines whose cells could not be placed with confidence (1-based file lines). */
  doubtful: number[];
}

const ENUM = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/;

export function lineFields(l: DumpLine): F[] {
  return fields(l.raw, 2).flatMap((f) => splitCells(f)).map((f) => ({ ...f, kind: kindOf(f.text) }));
}

/** A data line: it has a number or a code, or starts with an enumerated row label (一、 （一）). */
export function isDataLine(fs: F[]): boolean {
  return fs.some((f) => f.kind !== "text") || (fs.length > 0 && ENUM.test(fs[0]!.text));
}

function cluster(points: { at: number; f: F; line: number }[], tol: number): { at: number; members: { at: number; f: F; line: number }[] }[] {
  const s = [...points].sort((a, b) => a.at - b.at);
  const out: { at: number; members: typeof s }[] = [];
  for (const p of s) {
    const last = out[out.length - 1];
    if (last && p.at - last.members[last.members.length - 1]!.at <= tol) last.members.push(p);
    else out.push({ at: p.at, members: [p] });
  }
  for (const c of out) {
    const xs = c.members.map((m) => m.at).sort((a, b) => a - b);
    c.at = xs[Math.floor(xs.length / 2)]!;
  }
  return out;
}

function gapTo(f: { start: number; end: number }, c: Col): number {
  if (f.end <= c.lo) return c.lo - f.end + 0.5;
  if (f.start >= c.hi) return f.start - c.hi + 0.5;
  return 0;
}

function anchorOf(f: F): number {
  return f.kind === "num" ? f.end : f.start;
}

/** Placing a field of one kind in a column of another: a number never goes in a label column. */
const PENALTY: Record<Kind, Record<Kind, number>> = {
  num: { num: 0, code: 12, text: 12 },
  code: { num: 10, code: 0, text: 5 },
  text: { num: 6, code: 3, text: 0 },
};

/**
 * Order-preserving assignment of a line's fields to columns (several text fields may share a column, joined);
 * cost = distance to the column + a penalty for a number in a label column or a label in a number column.
 */
export function align(fs: F[], cols: Col[], header: boolean): { col: number[]; cost: number } {
  const n = fs.length;
  const m = cols.length;
  if (n === 0) return { col: [], cost: 0 };
  const cost = (i: number, j: number) => {
    const f = fs[i]!;
    const c = cols[j]!;
    // a header is centred over its column; a data cell sits at its column's anchor
    const far = header ? Math.abs((f.start + f.end) / 2 - (c.lo + c.hi) / 2) : Math.abs(anchorOf(f) - c.at);
    let d = gapTo(f, c) + 0.15 * far;
    if (!header && f.kind !== c.kind) d += PENALTY[f.kind][c.kind];
    return d;
  };
  const INF = 1e9;
  // best[i][j]: fields 0..i placed, field i in column j
  const best: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(INF));
  const from: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-1));
  for (let j = 0; j < m; j++) best[0]![j] = cost(0, j);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const c = cost(i, j);
      for (let k = 0; k <= j; k++) {
        const prev = best[i - 1]![k]!;
        if (prev >= INF) continue;
        // sharing a column: only text with text, and at a price
        const share = k === j ? (fs[i]!.kind === "text" && fs[i - 1]!.kind === "text" ? 4 : INF) : 0;
        const v = prev + c + share;
        if (v < best[i]![j]!) {
          best[i]![j] = v;
          from[i]![j] = k;
        }
      }
    }
  }
  let j = 0;
  for (let k = 1; k < m; k++) if (best[n - 1]![k]! < best[n - 1]![j]!) j = k;
  const total = best[n - 1]![j]!;
  const col = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    col[i] = j;
    j = from[i]![j]!;
  }
  return { col, cost: total };
}

/**
 * Columns from the data lines: anchors clustered per kind (numbers by right edge, codes and labels by left edge);
 * a cluster seen on one line only is kept only in a table of very few lines.
 */
function dataColumns(lines: F[][]): Col[] {
  const pts: Record<Kind, { at: number; f: F; line: number }[]> = { num: [], code: [], text: [] };
  lines.forEach((fs, li) => {
    for (const f of fs) pts[f.kind].push({ at: anchorOf(f), f, line: li });
  });
  let cols: Col[] = [];
  const minSupport = lines.length <= 3 ? 1 : 2;
  for (const kind of ["num", "code", "text"] as const) {
    for (const c of cluster(pts[kind], 2)) {
      const support = new Set(c.members.map((m) => m.line)).size;
      if (support < minSupport) continue;
      const lo = kind === "num" ? minOf(c.members, (m) => m.f.start) : c.at;
      const hi = maxOf(c.members, (m) => m.f.end);
      cols.push({ lo, hi, at: c.at, kind, support });
    }
  }
  // a label column starting inside the labels of the column to its left, with no number column between, is the
  // same column: centred or indented labels (本年收入合计, 总计) of a left-aligned label column
  const texts = cols.filter((c) => c.kind === "text").sort((a, b) => a.at - b.at);
  const gone = new Set<Col>();
  for (let i = 1; i < texts.length; i++) {
    const p = texts.slice(0, i).reverse().find((x) => !gone.has(x))!;
    const c = texts[i]!;
    const between = cols.some((n) => n.kind !== "text" && n.at > p.at && n.at <= c.at + 1);
    if (!between && c.at < p.hi - 1 && c.support < p.support) {
      gone.add(c);
      p.hi = Math.max(p.hi, c.hi);
      p.support += c.support;
    }
  }
  // columns of numbers (or of codes) do not overlap: where two clusters do, the smaller one is a few lines printed
  // off their columns (pdftotext shifts a run of lines now and then); those lines are aligned one by one
  for (const kind of ["num", "code"] as const) {
    const same = cols.filter((c) => c.kind === kind).sort((a, b) => a.at - b.at);
    for (let i = 1; i < same.length; i++) {
      const a = same.slice(0, i).reverse().find((x) => !gone.has(x));
      const b = same[i]!;
      if (a && b.lo <= a.hi && a.lo <= b.hi) gone.add(a.support < b.support ? a : b);
    }
  }
  // a label printed in a code column (合计 over the code columns) belongs to that column
  for (const t of cols) {
    if (t.kind !== "text" || gone.has(t)) continue;
    const c = cols.find((x) => x.kind === "code" && !gone.has(x) && Math.abs(x.at - t.at) <= 1 && x.support >= t.support);
    if (c) gone.add(t);
  }
  cols = cols.filter((c) => !gone.has(c)).sort((a, b) => a.at - b.at);
  // a long label reaches over the columns to its right: a column's extent stops where the next one starts
  for (let i = 0; i + 1 < cols.length; i++) if (cols[i]!.hi > cols[i + 1]!.lo) cols[i]!.hi = Math.max(cols[i]!.at + 1, cols[i + 1]!.lo);
  return cols;
}

/** Header fragments that fall in no data column make columns of their own (a column no data line fills). */
function headerColumns(header: F[][], cols: Col[]): Col[] {
  const frags = header.flat().filter((f) => !cols.some((c) => gapTo(f, c) <= 1));
  // a fragment that overlaps two fragments that do not overlap each other spans columns: not a column itself
  const overlaps = (a: F, b: F) => a.start < b.end && b.start < a.end;
  const leaves = frags.filter((f) => {
    const o = frags.filter((g) => g !== f && overlaps(f, g));
    return !o.some((a) => o.some((b) => a !== b && !overlaps(a, b)));
  });
  const sorted = [...leaves].sort((a, b) => a.start - b.start);
  const out: Col[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.hi) {
      last.hi = Math.max(last.hi, f.end);
      last.support++;
    } else out.push({ lo: f.start, hi: f.end, at: Math.round((f.start + f.end) / 2), kind: "num", support: 1 });
  }
  for (const c of out) c.at = c.hi; // value columns: numbers would end about here
  return out;
}

/**
 * A table continued on the next page is printed there with its columns shifted (pdftotext lays out each page on its
 * own). Shift each page's fields so that they line up with the columns of the page with the most rows: the shift
 * that puts the most fields on a column of their kind.
 */
function alignPages(printed: DumpLine[], fs: F[][]): { fields: F[][]; shifted: boolean } {
  const pages = [...new Set(printed.map((l) => l.page))];
  if (pages.length < 2) return { fields: fs, shifted: false };
  const byPage = new Map<number, F[][]>();
  fs.forEach((f, i) => {
    if (!isDataLine(f)) return;
    const p = printed[i]!.page;
    byPage.set(p, [...(byPage.get(p) ?? []), f]);
  });
  const dataOf = (p: number) => byPage.get(p) ?? [];
  const ref = pages.reduce((a, b) => (dataOf(b).length > dataOf(a).length ? b : a));
  const cols = dataColumns(dataOf(ref));
  if (!cols.length) return { fields: fs, shifted: false };
  const shift = new Map<number, number>();
  for (const p of pages) {
    if (p === ref) continue;
    const fields = dataOf(p).flat();
    const near = new Set(cols.flatMap((c) => [c.at - 1, c.at, c.at + 1].map((x) => `${c.kind}${x}`)));
    let best = 0;
    let bestScore = -1;
    for (let d = -40; d <= 40; d++) {
      let score = 0;
      for (const f of fields) if (near.has(`${f.kind}${anchorOf(f) + d}`)) score++;
      if (score > bestScore || (score === bestScore && Math.abs(d) < Math.abs(best))) [best, bestScore] = [d, score];
    }
    if (best !== 0 && bestScore >= Math.max(2, fields.length * 0.3)) shift.set(p, best);
  }
  return {
    fields: fs.map((line, i) => {
      const d = shift.get(printed[i]!.page);
      return d ? line.map((f) => ({ ...f, start: f.start + d, end: f.end + d })) : line;
    }),
    shifted: shift.size > 0,
  };
}

export function buildLayoutTable(lines: DumpLine[]): LayoutTable {
  const printed = lines.filter((l) => l.text !== "");
  const aligned = alignPages(printed, printed.map(lineFields));
  const fs = aligned.fields;
  const firstData = fs.findIndex(isDataLine);
  let headerN = firstData < 0 ? fs.length : firstData;
  // a label head printed above the first code line, after the blank line that ends the header, is data
  const at = new Map(lines.map((l, k) => [l, k]));
  const blankBefore = (l: DumpLine) => {
    const k = at.get(l)!;
    return k > 0 && lines[k - 1]!.text === "";
  };
  if (firstData > 0 && fs[firstData - 1]!.length === 1 && fs[firstData - 1]![0]!.kind === "text" && blankBefore(printed[firstData - 1]!) && !blankBefore(printed[firstData]!)) headerN--;
  const header = fs.slice(0, headerN);
  const data = fs.slice(headerN);
  let cols = dataColumns(data);
  const headerOnly = headerColumns(header, cols);
  cols = [...cols, ...headerOnly].sort((a, b) => a.at - b.at);
  if (!cols.length) cols = [{ lo: 0, hi: 1, at: 0, kind: "text", support: 1 }];
  if (process.env.JUESUAN_DUMP_DEBUG) console.error(JSON.stringify(cols), header.map((h) => h.map((f) => `${f.text}@${f.start}-${f.end}`).join(" ")));
  const doubtful: number[] = [];
  const rows: Cell[][] = printed.map((l, li) => {
    const row: Cell[] = cols.map(() => makeCell("", { page: l.page }));
    const line = fs[li]!;
    const isHeader = li < headerN;
    const { col, cost } = align(line, cols, isHeader);
    const lineDoubtful = !isHeader && line.length > 0 && cost / line.length > 8;
    if (lineDoubtful) doubtful.push(l.line);
    const texts = new Map<number, string[]>();
    const unsure = new Set<number>();
    line.forEach((f, i) => {
      const arr = texts.get(col[i]!) ?? [];
      arr.push(f.text);
      texts.set(col[i]!, arr);
      // a number whose right edge is not where its column's numbers end: its column is a guess
      if (!isHeader && f.kind === "num" && (lineDoubtful || Math.abs(anchorOf(f) - cols[col[i]!]!.at) > 2)) unsure.add(col[i]!);
    });
    for (const [j, arr] of texts) {
      row[j] = makeCell(tidyText(arr.join(" ")), { page: l.page, ...(unsure.has(j) ? { doubt: `文本导出第 ${l.line} 行的数字未对齐到栏位，所在栏为推测` } : {}) });
    }
    if (isHeader) {
      // spans: a header fragment reaching over neighbouring columns that this line leaves empty
      line.forEach((f, i) => {
        const j = col[i]!;
        let a = j;
        let b = j;
        while (a - 1 >= 0 && !texts.has(a - 1) && cols[a - 1]!.at >= f.start - 1 && cols[a - 1]!.lo >= f.start - 3) a--;
        while (b + 1 < cols.length && !texts.has(b + 1) && cols[b + 1]!.at <= f.end + 1 && cols[b + 1]!.hi <= f.end + 3) b++;
        if (a === b) return;
        const text = row[j]!.text;
        row[a] = makeCell(text, { colSpan: b - a + 1, page: l.page });
        for (let k = a + 1; k <= b; k++) row[k] = makeCell(text, { spanOf: [li, a], page: l.page });
      });
    }
    return row;
  });
  // A table whose columns had to be guessed somewhere (pages printed shifted, columns only a header names, lines
  // that fit no column well): a number may sit one column off without any row sum noticing, so every number of
  // it carries the doubt and no error rests on it.
  const shaky = [aligned.shifted ? "各页栏位错开" : "", headerOnly.length ? "部分栏目只见于表头" : "", doubtful.length ? "部分行未对齐" : ""].filter(Boolean);
  if (shaky.length) {
    const doubt = `文本导出表格的栏位由字符位置推断（${shaky.join("、")}），数字所在栏存疑`;
    for (const row of rows.slice(headerN)) for (let j = 0; j < row.length; j++) if (row[j]!.state !== "text" && !row[j]!.doubt && !row[j]!.spanOf) row[j] = { ...row[j]!, doubt };
  }
  return { rows: mergeRowGroups(rows, printed, lines, headerN), doubtful };
}

/** A line that starts a table row: a full code first, an enumerated label (一、 （一）) or a total (…合计, 总计). */
const NEW_ROW = /^(?:[235]\d{2}(?:\d{2}){0,2}|[一二三四五六七八九十]+[、.．].*|[（(][一二三四五六七八九十]+[)）].*|.*合计|总计|小计)$/;

interface Piece {
  cells: Cell[];
  /** Only number cells. */
  nums: boolean;
  /** Only text cells (no code, no number). */
  textOnly: boolean;
  starts: boolean;
}

function pieceOf(row: Cell[]): Piece {
  const filled = row.filter((c) => c.text !== "");
  const nums = filled.length > 0 && filled.every((c) => c.state === "number" && !/^\d{2,7}$/.test(c.text));
  const textOnly = filled.length > 0 && filled.every((c) => c.state === "text");
  const starts = row.some((c) => NEW_ROW.test(c.text.replace(/\s/g, "")));
  return { cells: row, nums, textOnly, starts };
}

/** Can `b` be laid over `a`? No column gets two numbers or codes; a label only goes on as a short wrapped tail. */
function fits(a: Cell[], b: Cell[]): boolean {
  return a.every((x, c) => {
    const y = b[c]!;
    if (x.text === "" || y.text === "") return true;
    if (x.state !== "text" || y.state !== "text") return false;
    return [...x.text].length >= 6 && [...y.text].length <= 6 && !NEW_ROW.test(y.text);
  });
}

/** `t` is a short tail (≤ 3 characters) for labels of `last` in columns `cur` leaves empty. */
function shortTailOf(last: Cell[], cur: Cell[], t: Cell[]): boolean {
  return t.every((x, c) => {
    if (x.text === "") return true;
    return [...x.text].length <= 3 && cur[c]!.text === "" && last[c]!.state === "text" && last[c]!.text !== "" && !/[)）]$/.test(last[c]!.text);
  });
}

/** `b` continues a label of `a` with a short tail, and its row label stands in a column `a` leaves empty. */
function sideTail(a: Cell[], b: Cell[]): boolean {
  let tail = false;
  let label = false;
  for (let c = 0; c < a.length; c++) {
    const x = a[c]!.text;
    const y = b[c]!.text.replace(/\s/g, "");
    if (!y) continue;
    if (x && a[c]!.state === "text" && [...y].length <= 3 && !NEW_ROW.test(y)) tail = true;
    else if (!x && NEW_ROW.test(y)) label = true;
    else if (x) return false;
  }
  return tail && label;
}

function overlay(a: Cell[], b: Cell[]): Cell[] {
  return a.map((x, c) => {
    const y = b[c]!;
    if (y.text === "") return x;
    if (x.text === "") return y;
    return makeCell(joinFragments(x.text, y.text), { page: x.page! });
  });
}

/**
 * Rows printed over several lines: numbers set a little higher than their label (printed on the line above), a
 * label wrapped over lines (its tail below, or its head above a code line that has no name), the 款 code of a
 * split code on the next line. Lines are laid together into one grid row when they fit (no column gets two numbers
 * or two codes): a number-only line goes with the row that starts next, other lines with the row above; a blank
 * line (a gap pdftotext saw) and a line that starts a row (a code, 一、, 合计) end the row being built.
 */
function mergeRowGroups(rows: Cell[][], printed: DumpLine[], lines: DumpLine[], headerN: number): Cell[][] {
  const blankBefore = new Set<DumpLine>();
  for (let i = 1; i < lines.length; i++) if (lines[i]!.text !== "" && lines[i - 1]!.text === "") blankBefore.add(lines[i]!);
  const out = rows.slice(0, headerN);
  let cur: Piece | undefined;
  let pending: Cell[][] = [];
  const close = () => {
    if (cur) out.push(cur.cells);
    cur = undefined;
  };
  const flushPending = () => {
    for (const p of pending) {
      if (cur && fits(cur.cells, p)) cur.cells = overlay(cur.cells, p);
      else out.push(p);
    }
    pending = [];
  };
  for (let r = headerN; r < rows.length; r++) {
    const l = printed[r]!;
    const piece = pieceOf(rows[r]!);
    const gap = blankBefore.has(l) || (r > headerN && printed[r - 1]!.page !== l.page);
    if (gap) {
      flushPending();
      close();
    }
    if (piece.nums) {
      pending.push(piece.cells);
      continue;
    }
    // the tail of a wrapped label printed on the line of the other side's next label ("款   二、外交支出"): the
    // same printed row when that label's column is still empty
    // a short label tail under a row whose label it ends, printed after the next row of the other side began
    // ("二、政府性基金预算财政拨" / "二、外交支出" / "款"): it goes with the row whose label it ends
    const last = out[out.length - 1];
    if (cur && last && out.length > headerN && piece.textOnly && !piece.starts && !pending.length && shortTailOf(last, cur.cells, piece.cells)) {
      out[out.length - 1] = overlay(last, piece.cells);
      continue;
    }
    const tailLine = !!cur && piece.starts && sideTail(cur.cells, piece.cells);
    if (cur && (!piece.starts || tailLine) && fits(cur.cells, piece.cells) && !(pending.length && piece.textOnly === false)) {
      // a fragment of the row being built (numbers pending above it go with it too when they fit)
      cur.cells = overlay(cur.cells, piece.cells);
      flushPending();
      continue;
    }
    // a new row: the number lines just above belong to it when they fit; a label head printed above a code line
    // with no name is part of it too
    let cells = piece.cells;
    const keep: Cell[][] = [];
    for (const p of pending) {
      if (fits(cells, p)) cells = overlay(cells, p);
      else keep.push(p);
    }
    pending = [];
    // what was built so far has no row label of its own (a label head, 类 款 项 with numbers): part of this row
    if (cur && !cur.starts && fits(cells, cur.cells)) {
      cells = overlay(cur.cells, cells);
      cur = undefined;
    }
    if (keep.length) {
      const saved = pending;
      pending = keep;
      flushPending();
      pending = saved;
    }
    close();
    cur = { ...piece, cells };
  }
  flushPending();
  close();
  return out;
}
