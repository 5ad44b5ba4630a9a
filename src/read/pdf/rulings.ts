/**
 * Ruling lines from a page's operator list (pdfjs 5.x): constructPath ops carry
 * [paintOp, [Float32Array pathData], minMax] with DrawOPS codes moveTo=0, lineTo=1, curveTo=2 (+6),
 * quadraticCurveTo=3 (+4), closePath=4. save/restore/transform and form XObjects are tracked so the
 * segments are in page user space, like the text items.
 */
import { maxOf, minOf } from "../../util/arrays.js";

export type Matrix = [number, number, number, number, number, number];

/** Horizontal segment at y from x0 to x1 (x0 < x1). */
export interface HSeg {
  y: number;
  x0: number;
  x1: number;
}
/** Vertical segment at x from y0 to y1 (y0 < y1). */
export interface VSeg {
  x: number;
  y0: number;
  y1: number;
}
export interface Rulings {
  h: HSeg[];
  v: VSeg[];
}

export interface OpsCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** compose(A, B): apply B first, then A (PDF: cm M makes CTM' = M × CTM, i.e. compose(CTM, M)). */
function compose(A: Matrix, B: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = A;
  const [a2, b2, c2, d2, e2, f2] = [B[0]!, B[1]!, B[2]!, B[3]!, B[4]!, B[5]!];
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isWhite(color: unknown): boolean {
  if (typeof color !== "string") return false;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return !!m && [m[1], m[2], m[3]].every((h) => parseInt(h!, 16) >= 0xf0);
}

/** Extract axis-aligned ruling segments. `view` = page [x0, y0, x1, y1] used to drop the page frame/clip. */
export function extractRulings(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: OpsCodes, view: number[], base: Matrix = IDENTITY): Rulings {
  const h: HSeg[] = [];
  const v: VSeg[] = [];
  let ctm: Matrix = base;
  let stroke: unknown = "#000000";
  let fill: unknown = "#000000";
  const stack: Array<{ ctm: Matrix; stroke: unknown; fill: unknown }> = [];
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const pageW = (view[2] ?? 0) - (view[0] ?? 0);
  const pageH = (view[3] ?? 0) - (view[1] ?? 0);

  const addSeg = (x0: number, y0: number, x1: number, y1: number) => {
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dy <= 0.6 && dx >= 2) h.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    else if (dx <= 0.6 && dy >= 2) v.push({ x: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, stroke, fill });
    else if (fn === OPS.restore) {
      const s = stack.pop();
      if (s) ({ ctm, stroke, fill } = s);
    } else if (fn === OPS.transform && args) ctm = compose(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, stroke, fill });
      const m = args[0] as number[] | null;
      if (m && m.length === 6) ctm = compose(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) {
      const s = stack.pop();
      if (s) ({ ctm, stroke, fill } = s);
    } else if (fn === OPS.setStrokeRGBColor && args) stroke = args[0];
    else if (fn === OPS.setFillRGBColor && args) fill = args[0];
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const doStroke = strokeOps.has(paint) && !isWhite(stroke);
      const doFill = fillOps.has(paint) && !isWhite(fill);
      if (!doStroke && !doFill) continue;
      const data = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!data) continue;
      // walk the path: subpaths of transformed points
      const subpaths: Array<Array<[number, number]>> = [];
      let sp: Array<[number, number]> = [];
      const closed: boolean[] = [];
      let k = 0;
      while (k < data.length) {
        const op = data[k]!;
        if (op === 0) {
          if (sp.length) {
            subpaths.push(sp);
            closed.push(false);
          }
          sp = [apply(ctm, data[k + 1]!, data[k + 2]!)];
          k += 3;
        } else if (op === 1) {
          sp.push(apply(ctm, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) {
          // a curve is not a ruling: restart the subpath at its end point
          if (sp.length) {
            subpaths.push(sp);
            closed.push(false);
          }
          sp = [apply(ctm, data[k + 5]!, data[k + 6]!)];
          k += 7;
        } else if (op === 3) {
          if (sp.length) {
            subpaths.push(sp);
            closed.push(false);
          }
          sp = [apply(ctm, data[k + 3]!, data[k + 4]!)];
          k += 5;
        } else if (op === 4) {
          if (sp.length) {
            subpaths.push(sp);
            closed.push(true);
            sp = [sp[0]!];
          }
          k += 1;
        } else break;
      }
      if (sp.length > 1) {
        subpaths.push(sp);
        closed.push(false);
      }
      for (let s = 0; s < subpaths.length; s++) {
        const pts = subpaths[s]!;
        if (pts.length < 2) continue;
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const bx0 = minOf(xs, (x) => x);
        const bx1 = maxOf(xs, (x) => x);
        const by0 = minOf(ys, (y) => y);
        const by1 = maxOf(ys, (y) => y);
        const w = bx1 - bx0;
        const hgt = by1 - by0;
        // the page frame / full-page background is never a table border
        if (w >= pageW * 0.97 && hgt >= pageH * 0.97) continue;
        const rectLike = pts.length >= 4 && pts.length <= 6 && isAxisRect(pts);
        if (doFill && rectLike && Math.min(w, hgt) <= 2.5) {
          // a thin filled rectangle drawn as a line
          if (w >= hgt) addSeg(bx0, (by0 + by1) / 2, bx1, (by0 + by1) / 2);
          else addSeg((bx0 + bx1) / 2, by0, (bx0 + bx1) / 2, by1);
          continue;
        }
        if (!doStroke) continue;
        for (let j = 1; j < pts.length; j++) addSeg(pts[j - 1]![0], pts[j - 1]![1], pts[j]![0], pts[j]![1]);
        if (closed[s] && pts.length > 2) addSeg(pts[pts.length - 1]![0], pts[pts.length - 1]![1], pts[0]![0], pts[0]![1]);
      }
    }
  }
  return { h, v };
}

function isAxisRect(pts: Array<[number, number]>): boolean {
  for (let j = 1; j < pts.length; j++) {
    const dx = Math.abs(pts[j]![0] - pts[j - 1]![0]);
    const dy = Math.abs(pts[j]![1] - pts[j - 1]![1]);
    if (dx > 0.6 && dy > 0.6) return false;
  }
  return true;
}
