/**
 * Aligning two ordered lists of sections (siblings under the same parent): exact pairs (same kind and
 * normalised title), same title with another kind, renamed pairs (same specific kind, or similar title),
 * and what is left over on each side. Numbers never take part: only kinds and normalised titles.
 */
import type { FpSection } from "./fingerprint.js";
import { similarity } from "./normalise.js";

export type PairHow = "exact" | "renamed";
export interface Alignment {
  /** [expected index, found index, how]. */
  pairs: [number, number, PairHow][];
  missing: number[];
  extra: number[];
}

/** Kinds too vague to say two differently titled sections are the same one. */
const VAGUE_KINDS = new Set(["unknown", "other", "table", "glossary"]);
const RENAME_SIMILARITY = 0.5;

export function alignSections(expected: FpSection[], found: FpSection[]): Alignment {
  const eUsed = new Array<boolean>(expected.length).fill(false);
  const fUsed = new Array<boolean>(found.length).fill(false);
  const pairs: [number, number, PairHow][] = [];
  const pass = (accept: (e: FpSection, f: FpSection) => number, how: PairHow) => {
    for (let i = 0; i < expected.length; i++) {
      if (eUsed[i]) continue;
      let best = -1;
      let bestScore = 0;
      for (let j = 0; j < found.length; j++) {
        if (fUsed[j]) continue;
        const s = accept(expected[i], found[j]);
        if (s > bestScore) {
          best = j;
          bestScore = s;
          if (s >= 1) break;
        }
      }
      if (best >= 0) {
        eUsed[i] = fUsed[best] = true;
        pairs.push([i, best, how]);
      }
    }
  };
  pass((e, f) => (e.kind === f.kind && e.title === f.title ? 1 : 0), "exact");
  pass((e, f) => (e.title !== "" && e.title === f.title ? 1 : 0), "exact");
  pass((e, f) => (e.kind === f.kind && !VAGUE_KINDS.has(e.kind) ? 0.5 + similarity(e.title, f.title) / 2 : 0), "renamed");
  pass((e, f) => {
    const s = similarity(e.title, f.title);
    return s >= RENAME_SIMILARITY ? s : 0;
  }, "renamed");
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    missing: eUsed.flatMap((u, i) => (u ? [] : [i])),
    extra: fUsed.flatMap((u, i) => (u ? [] : [i])),
  };
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
export function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}

/** Align two lists of strings (column headers) by longest common subsequence: [i, j] pairs. */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return out;
}
