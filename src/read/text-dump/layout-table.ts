/**
 * A table printed by `pdftotext -layout`: cells are runs of text at character columns. Columns come from the data
 * lines (numbers are right-aligned, codes and labels left-aligned: anchors are clustered per kind), plus header-only
 * columns (a column no data line fills, e.g. 事业收入 in a report without it) from the header fragments that lie in
 * the gaps. Every line is then aligned to the columns in order (an order-preserving assignment that minimises the
 * distance), so a line that pdftotext printed a few characters off still lands in its columns. One grid row per
 * printed line: the typing step joins numbers printed above their label and labels wrapped over lines, as it does
 * for PDF grids. Header fragments that reach over several columns get a column span.
 */
import { makeCell, type Cell } from "../../model/document.js";
import { kindOf, splitCells, type Kind } from "./cells.js";
import { fields, type DumpLine } from "./lines.js";

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
  kind: "num" | "label";
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
    let d = gapTo(f, c) + 0.15 * Math.abs(anchorOf(f) - c.at);
    if (!header) {
      if (f.kind === "num" && c.kind === "label") d += 12;
      if (f.kind !== "num" && c.kind === "num") d += 6;
    }
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

/** Columns from the data lines: anchors clustered per kind; clusters seen on one line only are kept when few lines. */
function dataColumns(lines: F[][]): Col[] {
  const pts = { num: [] as { at: number; f: F; line: number }[], label: [] as { at: number; f: F; line: number }[] };
  lines.forEach((fs, li) => {
    for (const f of fs) (f.kind === "num" ? pts.num : pts.label).push({ at: anchorOf(f), f, line: li });
  });
  let cols: Col[] = [];
  for (const kind of ["num", "label"] as const) {
    const cl = cluster(pts[kind], 2);
    const minSupport = lines.length <= 3 ? 1 : 2;
    for (const c of cl) {
      const support = new Set(c.members.map((m) => m.line)).size;
      if (support < minSupport) continue;
      // a label cluster made only of long text runs that other clusters sit inside is a wrapped label, not a column
      const lo = kind === "num" ? Math.min(...c.members.map((m) => m.f.start)) : c.at;
      const hi = Math.max(...c.members.map((m) => m.f.end));
      cols.push({ lo, hi, at: c.at, kind, support });
    }
  }
  // number columns do not overlap: where two clusters do, the smaller one is a few lines printed off their columns
  // (pdftotext shifts a run of lines now and then); those lines are aligned to the columns one by one
  const nums = cols.filter((c) => c.kind === "num").sort((a, b) => a.at - b.at);
  const dropped = new Set<Col>();
  for (let i = 1; i < nums.length; i++) {
    const a = nums.slice(0, i).reverse().find((x) => !dropped.has(x));
    const b = nums[i]!;
    if (a && b.lo <= a.hi && a.lo <= b.hi) dropped.add(a.support < b.support ? a : b);
  }
  cols = cols.filter((c) => !dropped.has(c));
  cols.sort((a, b) => a.at - b.at || (a.kind === "label" ? -1 : 1));
  // a label column right on top of a code/number column (合计 printed in the code column) is the same column
  const out: Col[] = [];
  for (const c of cols) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === c.kind && Math.abs(prev.at - c.at) <= 1) {
      prev.support += c.support;
      prev.lo = Math.min(prev.lo, c.lo);
      prev.hi = Math.max(prev.hi, c.hi);
      continue;
    }
    out.push({ ...c });
  }
  // a long label reaches over the columns to its right: a column's extent stops where the next one starts
  for (let i = 0; i + 1 < out.length; i++) if (out[i]!.hi > out[i + 1]!.lo) out[i]!.hi = Math.max(out[i]!.at + 1, out[i + 1]!.lo);
  return out;
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

export function buildLayoutTable(lines: DumpLine[]): LayoutTable {
  const printed = lines.filter((l) => l.text !== "");
  const fs = printed.map(lineFields);
  const firstData = fs.findIndex(isDataLine);
  const headerN = firstData < 0 ? fs.length : firstData;
  const header = fs.slice(0, headerN);
  const data = fs.slice(headerN);
  let cols = dataColumns(data);
  cols = [...cols, ...headerColumns(header, cols)].sort((a, b) => a.at - b.at);
  if (!cols.length) cols = [{ lo: 0, hi: 1, at: 0, kind: "label", support: 1 }];
  const doubtful: number[] = [];
  const rows: Cell[][] = printed.map((l, li) => {
    const row: Cell[] = cols.map(() => makeCell("", { page: l.page }));
    const line = fs[li]!;
    const isHeader = li < headerN;
    const { col, cost } = align(line, cols, isHeader);
    if (!isHeader && line.length && cost / line.length > 8) doubtful.push(l.line);
    const texts = new Map<number, string[]>();
    line.forEach((f, i) => {
      const arr = texts.get(col[i]!) ?? [];
      arr.push(f.text);
      texts.set(col[i]!, arr);
    });
    for (const [j, arr] of texts) row[j] = makeCell(arr.join(" "), { page: l.page });
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
  return { rows, doubtful };
}
