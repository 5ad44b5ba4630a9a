/**
 * Interval arithmetic for printed, rounded numbers (schema.md §c5; XBRL Calculations 1.1 round-to-nearest).
 * A value printed with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Sums, differences, ratios are
 * computed on intervals; two statements are consistent when their intervals intersect.
 * There are no fixed tolerances anywhere: the envelope follows from the printed decimals.
 */
import { Decimal } from "decimal.js";

export interface Interval {
  lo: Decimal;
  hi: Decimal;
  /** The point value as printed (or computed from points). */
  mid: Decimal;
  /** Decimals of the printed value (for a computed interval: the finest of its inputs). */
  decimals: number;
}

const HALF = new Decimal("0.5");

export function exact(v: Decimal.Value, decimals = 0): Interval {
  const d = new Decimal(v);
  return { lo: d, hi: d, mid: d, decimals };
}

const HALF_ULP: Decimal[] = Array.from({ length: 12 }, (_, dp) => HALF.times(new Decimal(10).pow(-dp)));

/** The interval a printed value stands for. `isExact` for blank cells (exactly 0) and integer counts. */
export function printed(value: string, decimals?: number, isExact = false): Interval {
  const d = new Decimal(value);
  const dp = decimals ?? (value.includes(".") ? value.length - value.indexOf(".") - 1 : 0);
  if (isExact) return { lo: d, hi: d, mid: d, decimals: dp };
  const h = HALF_ULP[dp] ?? HALF.times(new Decimal(10).pow(-dp));
  return { lo: d.minus(h), hi: d.plus(h), mid: d, decimals: dp };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi), mid: a.mid.plus(b.mid), decimals: Math.max(a.decimals, b.decimals) };
}
export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo), mid: a.mid.minus(b.mid), decimals: Math.max(a.decimals, b.decimals) };
}
export function sum(xs: Interval[]): Interval {
  return xs.reduce(add, exact(0));
}
export function neg(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg(), mid: a.mid.neg(), decimals: a.decimals };
}
export function scale(a: Interval, k: Decimal.Value): Interval {
  const kk = new Decimal(k);
  const p = [a.lo.times(kk), a.hi.times(kk)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p), mid: a.mid.times(kk), decimals: a.decimals };
}
export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p), mid: a.mid.times(b.mid), decimals: Math.max(a.decimals, b.decimals) };
}

/** a / b, or null when b's interval contains 0 (ratio undefined or unbounded). */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const mid = a.mid.div(b.mid);
  if (!a.lo.isNeg() && b.lo.isPos()) {
    // the common case (non-negative over positive): two divisions bound it
    return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo), mid, decimals: Math.max(a.decimals, b.decimals) };
  }
  const p = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p), mid, decimals: Math.max(a.decimals, b.decimals) };
}

/** 100 · a / b: a percentage interval. */
export function percent(a: Interval, b: Interval): Interval | null {
  const r = div(a, b);
  return r ? scale(r, 100) : null;
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export type Agreement = "exact" | "rounding" | "mismatch";

/**
 * Compare a printed statement with a computed interval.
 * exact: the computed point, rounded to the printed decimals, is the printed value;
 * rounding: not exact but the intervals intersect (a rounding difference, never an error);
 * mismatch: the intervals are disjoint.
 */
export function agree(stated: Interval, computed: Interval): Agreement {
  const rounded = computed.mid.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP);
  if (rounded.eq(stated.mid)) return "exact";
  return intersects(stated, computed) ? "rounding" : "mismatch";
}

/** Half-width of an interval, as a printable tolerance. */
export function tolerance(a: Interval, b: Interval): string {
  return a.hi.minus(a.lo).plus(b.hi.minus(b.lo)).div(2).toString();
}

export function fmt(d: Decimal, decimals: number): string {
  const s = d.toFixed(Math.max(0, decimals), Decimal.ROUND_HALF_UP);
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}
