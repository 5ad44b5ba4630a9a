/** Ruling segments → bordered table grids: merged lines, connected components, cells with row/column spans. */
import type { HSeg, Rulings, VSeg } from "./rulings.js";
import type { BBox } from "./types.js";
import { maxOf, minOf } from "../../util/arrays.js";

/** A bordered table: column boundaries xs (ascending), row boundaries ys (descending, top first), owner cells. */
export interface Grid {
  xs: number[];
  ys: number[];
  /** owner[r][c] = index into cells of the cell covering grid position (r, c). */
  owner: number[][];
  cells: Array<{ r: number; c: number; rs: number; cs: number }>;
  bbox: BBox;
}

const SNAP = 2; // coordinates closer than this are the same line
const JOIN = 3.5; // collinear pieces with a gap up to this are one line

function cluster(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of s) {
    if (group.length && v - group[group.length - 1]! > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** Merge collinear, overlapping or nearly touching segments. */
export function mergeH(segs: HSeg[]): HSeg[] {
  const s = [...segs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  // group by y
  const rows: HSeg[][] = [];
  for (const g of s) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(g.y - last[0]!.y) <= SNAP) last.push(g);
    else rows.push([g]);
  }
  const out: HSeg[] = [];
  for (const row of rows) {
    const y = row.reduce((a, b) => a + b.y, 0) / row.length;
    row.sort((a, b) => a.x0 - b.x0);
    let cur: HSeg | undefined;
    for (const g of row) {
      if (cur && g.x0 <= cur.x1 + JOIN) cur.x1 = Math.max(cur.x1, g.x1);
      else {
        if (cur) out.push(cur);
        cur = { y, x0: g.x0, x1: g.x1 };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

export function mergeV(segs: VSeg[]): VSeg[] {
  const m = mergeH(segs.map((v) => ({ y: v.x, x0: v.y0, x1: v.y1 })));
  return m.map((g) => ({ x: g.y, y0: g.x0, y1: g.x1 }));
}

function coverage(intervals: Array<[number, number]>, lo: number, hi: number): number {
  const len = hi - lo;
  if (len <= 0) return 1;
  const parts = intervals
    .map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = lo;
  for (const [a, b] of parts) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered / len;
}

/** Find bordered tables on a page. */
export function findGrids(r: Rulings): Grid[] {
  const H = mergeH(r.h);
  const V = mergeV(r.v);
  if (H.length < 2 || V.length < 2) return [];
  // connected components over intersections (union-find; H indices 0..H-1, V indices H..)
  const parent = Array.from({ length: H.length + V.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const tol = JOIN;
  for (let i = 0; i < H.length; i++) {
    const h = H[i]!;
    for (let j = 0; j < V.length; j++) {
      const v = V[j]!;
      if (v.x >= h.x0 - tol && v.x <= h.x1 + tol && h.y >= v.y0 - tol && h.y <= v.y1 + tol) {
        parent[find(i)] = find(H.length + j);
      }
    }
  }
  const comps = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  for (let i = 0; i < H.length + V.length; i++) {
    const root = find(i);
    let c = comps.get(root);
    if (!c) comps.set(root, (c = { h: [], v: [] }));
    if (i < H.length) c.h.push(H[i]!);
    else c.v.push(V[i - H.length]!);
  }
  const grids: Grid[] = [];
  for (const c of comps.values()) {
    if (c.h.length < 2 || c.v.length < 2) continue;
    const g = buildGrid(c.h, c.v);
    if (g) grids.push(g);
  }
  grids.sort((a, b) => b.bbox[3] - a.bbox[3] || a.bbox[0] - b.bbox[0]);
  return grids;
}

function buildGrid(hs: HSeg[], vs: VSeg[]): Grid | undefined {
  const hx0 = minOf(hs, (h) => h.x0);
  const hx1 = maxOf(hs, (h) => h.x1);
  const vy0 = minOf(vs, (v) => v.y0);
  const vy1 = maxOf(vs, (v) => v.y1);
  const xsRaw = vs.map((v) => v.x);
  const ysRaw = hs.map((h) => h.y);
  // open sides: rules that run past the outermost verticals / horizontals bound the table there
  const vx0 = minOf(xsRaw, (x) => x);
  const vx1 = maxOf(xsRaw, (x) => x);
  if (hx0 < vx0 - 6) xsRaw.push(hx0);
  if (hx1 > vx1 + 6) xsRaw.push(hx1);
  const hy0 = minOf(ysRaw, (y) => y);
  const hy1 = maxOf(ysRaw, (y) => y);
  if (vy0 < hy0 - 6) ysRaw.push(vy0);
  if (vy1 > hy1 + 6) ysRaw.push(vy1);
  const xs = cluster(xsRaw, SNAP);
  const ys = cluster(ysRaw, SNAP).reverse();
  const R = ys.length - 1;
  const C = xs.length - 1;
  if (R < 1 || C < 1 || R * C < 2) return undefined;
  const vAt = xs.map((x) => vs.filter((v) => Math.abs(v.x - x) <= SNAP).map((v) => [v.y0, v.y1] as [number, number]));
  const hAt = ys.map((y) => hs.filter((h) => Math.abs(h.y - y) <= SNAP).map((h) => [h.x0, h.x1] as [number, number]));
  // wall between columns c-1 and c in row r / between rows r-1 and r in column c
  const vWall = (r: number, c: number) => coverage(vAt[c]!, ys[r + 1]!, ys[r]!) >= 0.5;
  const hWall = (r: number, c: number) => coverage(hAt[r]!, xs[c]!, xs[c + 1]!) >= 0.5;
  const owner: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(-1));
  const cells: Grid["cells"] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (owner[r]![c]! >= 0) continue;
      let cs = 1;
      while (c + cs < C && !vWall(r, c + cs) && owner[r]![c + cs]! < 0) cs++;
      let rs = 1;
      while (r + rs < R) {
        let open = true;
        for (let k = c; k < c + cs; k++) if (hWall(r + rs, k) || owner[r + rs]![k]! >= 0) open = false;
        if (!open) break;
        rs++;
      }
      const idx = cells.length;
      cells.push({ r, c, rs, cs });
      for (let i = r; i < r + rs; i++) for (let k = c; k < c + cs; k++) owner[i]![k] = idx;
    }
  }
  return { xs, ys, owner, cells, bbox: [xs[0]!, ys[R]!, xs[C]!, ys[0]!] };
}

/** Grid position containing a point, or undefined when outside. */
export function locate(g: Grid, x: number, y: number): [number, number] | undefined {
  const { xs, ys } = g;
  if (x < xs[0]! - 1 || x > xs[xs.length - 1]! + 1 || y > ys[0]! + 1 || y < ys[ys.length - 1]! - 1) return undefined;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]!) c++;
  let r = 0;
  while (r < ys.length - 2 && y < ys[r + 1]!) r++;
  return [r, c];
}
