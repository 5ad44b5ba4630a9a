/**
 * Array helpers that never spread a whole array into arguments: `push(...xs)` and `Math.max(...xs)` overflow the
 * call stack at about 100k elements, which one hostile section or page reaches.
 */

/** Append every item of `items` to `target` (returns target). */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Smallest value of `f` over `items` (Infinity when empty, as Math.min()). */
export function minOf<T>(items: readonly T[], f: (x: T) => number): number {
  let m = Infinity;
  for (const x of items) {
    const v = f(x);
    if (v < m || Number.isNaN(v)) m = v;
    if (Number.isNaN(m)) return NaN;
  }
  return m;
}

/** Largest value of `f` over `items` (-Infinity when empty, as Math.max()). */
export function maxOf<T>(items: readonly T[], f: (x: T) => number): number {
  let m = -Infinity;
  for (const x of items) {
    const v = f(x);
    if (v > m || Number.isNaN(v)) m = v;
    if (Number.isNaN(m)) return NaN;
  }
  return m;
}
