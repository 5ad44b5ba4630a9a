/**
 * Comparing a report's fingerprint with an expected one (a family, or another report): precise
 * deviations (missing / extra / renamed / reordered / moved sections; missing, extra or renamed tables,
 * changed column headers, different units; missing or extra forms) and a similarity score 0..1.
 */
import { alignSections, lcsPairs, longestIncreasing } from "./align.js";
import { label, type FpSection, type FpTable, type LayoutFingerprint } from "./fingerprint.js";

export type DeviationKind =
  | "missing-section"
  | "extra-section"
  | "renamed-section"
  | "reordered-section"
  | "moved-section"
  | "missing-table"
  | "extra-table"
  | "renamed-table"
  | "changed-header"
  | "different-unit"
  | "missing-form"
  | "extra-form";

export interface Deviation {
  kind: DeviationKind;
  /** What the deviation is about: a section path ("第三部分 情况说明 › 七、三公经费") or a table ("T3 支出决算表"). */
  what: string;
  expected?: string;
  found?: string;
}

export interface Comparison {
  score: number;
  deviations: Deviation[];
}

const PATH_SEP = " › ";

export function compareFingerprints(expected: LayoutFingerprint, found: LayoutFingerprint): Comparison {
  const deviations: Deviation[] = [];
  const counts = { matched: 0, renamed: 0, expected: 0, found: 0 };
  const missing: { s: FpSection; path: string[] }[] = [];
  const extra: { s: FpSection; path: string[] }[] = [];
  compareSiblings(expected.sections, found.sections, [], deviations, counts, missing, extra);
  // A section missing in one place and extra in another with the same kind and title has moved.
  for (const m of [...missing]) {
    const k = extra.findIndex((x) => x.s.kind === m.s.kind && x.s.title === m.s.title && x.s.title !== "");
    if (k < 0) continue;
    const x = extra.splice(k, 1)[0];
    missing.splice(missing.indexOf(m), 1);
    deviations.push({ kind: "moved-section", what: label(x.s), expected: m.path.join(PATH_SEP) || "（顶层）", found: x.path.join(PATH_SEP) || "（顶层）" });
    counts.matched++;
  }
  for (const m of missing) if (!m.s.optional) deviations.push({ kind: "missing-section", what: pathOf(m.path, m.s), expected: label(m.s) });
  for (const x of extra) deviations.push({ kind: "extra-section", what: pathOf(x.path, x.s), found: label(x.s) });

  const t = compareTables(expected.tables, found.tables, deviations);
  for (const f of expected.forms) if (!found.forms.includes(f)) deviations.push({ kind: "missing-form", what: formName(f), expected: f });
  for (const f of found.forms) if (!expected.forms.includes(f)) deviations.push({ kind: "extra-form", what: formName(f), found: f });

  const sectionScore = counts.expected + counts.found === 0 ? 0 : (2 * counts.matched + counts.renamed) / (counts.expected + counts.found);
  const tableScore = t.expected + t.found === 0 ? undefined : (2 * t.matched) / (t.expected + t.found);
  const score = tableScore === undefined ? sectionScore : counts.expected + counts.found === 0 ? tableScore : 0.7 * sectionScore + 0.3 * tableScore;
  return { score: Math.round(score * 1000) / 1000, deviations: deviations.sort(byKindOrder) };
}

function compareSiblings(
  expected: FpSection[],
  found: FpSection[],
  path: string[],
  out: Deviation[],
  counts: { matched: number; renamed: number; expected: number; found: number },
  missing: { s: FpSection; path: string[] }[],
  extra: { s: FpSection; path: string[] }[],
): void {
  counts.expected += expected.filter((s) => !s.optional).length;
  counts.found += found.length;
  const a = alignSections(expected, found);
  for (const [i, j, how] of a.pairs) {
    if (expected[i].optional) counts.expected++;
    if (how === "exact") counts.matched++;
    else {
      counts.renamed++;
      out.push({ kind: "renamed-section", what: pathOf(path, found[j]), expected: label(expected[i]), found: label(found[j]) });
    }
  }
  // Order: pairs sorted by expected index; those outside the longest in-order run moved.
  const foundOrder = a.pairs.map((p) => p[1]);
  const inOrder = longestIncreasing(foundOrder);
  a.pairs.forEach(([i, j], k) => {
    if (inOrder.has(k)) return;
    const expPrev = i > 0 ? expected[i - 1] : undefined;
    const foundPrev = j > 0 ? found[j - 1] : undefined;
    out.push({
      kind: "reordered-section",
      what: pathOf(path, found[j]),
      expected: expPrev ? `在「${label(expPrev)}」之后（第 ${i + 1} 位）` : `第 ${i + 1} 位`,
      found: foundPrev ? `在「${label(foundPrev)}」之后（第 ${j + 1} 位）` : `第 ${j + 1} 位`,
    });
  });
  for (const i of a.missing) missing.push({ s: expected[i], path });
  for (const j of a.extra) extra.push({ s: found[j], path });
  for (const [i, j] of a.pairs) compareSiblings(expected[i].children, found[j].children, [...path, label(found[j])], out, counts, missing, extra);
}

function compareTables(expected: FpTable[], found: FpTable[], out: Deviation[]): { matched: number; expected: number; found: number } {
  // Pair by id and title, then by id, then by title (the typer may give a known table another id).
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const pass = (same: (e: FpTable, f: FpTable) => boolean) =>
    expected.forEach((e, i) => {
      if (pairs.has(i)) return;
      const j = found.findIndex((f, k) => !used.has(k) && same(e, f));
      if (j >= 0) {
        pairs.set(i, j);
        used.add(j);
      }
    });
  pass((e, f) => e.id === f.id && e.title === f.title);
  pass((e, f) => e.id === f.id && e.id !== "generic");
  pass((e, f) => e.title !== "" && e.title === f.title);
  let matched = 0;
  expected.forEach((e, i) => {
    const j = pairs.get(i);
    if (j === undefined) {
      if (!e.optional) out.push({ kind: "missing-table", what: tableName(e), expected: e.title });
      return;
    }
    const f = found[j];
    let same = true;
    if (e.title !== f.title && e.title && f.title) {
      out.push({ kind: "renamed-table", what: tableName(e), expected: e.title, found: f.title });
      same = false;
    }
    if (e.unit && f.unit && e.unit !== f.unit) {
      out.push({ kind: "different-unit", what: tableName(e), expected: e.unit, found: f.unit });
      same = false;
    }
    // An empty column list means the header was not read (e.g. an empty template table): not compared.
    if (e.columns.length > 0 && f.columns.length > 0) {
      for (const d of headerChanges(e.columns, f.columns)) {
        out.push({ kind: "changed-header", what: tableName(e), ...d });
        same = false;
      }
    }
    matched += same ? 1 : 0.5;
  });
  found.forEach((f, k) => {
    if (!used.has(k)) out.push({ kind: "extra-table", what: tableName(f), found: f.title });
  });
  return { matched, expected: expected.filter((t) => !t.optional).length, found: found.length };
}

/** Column-level differences: columns renamed in place, missing, or extra (aligned by LCS). */
export function headerChanges(expected: string[], found: string[]): { expected?: string; found?: string }[] {
  const pairs = lcsPairs(expected, found);
  const out: { expected?: string; found?: string }[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [expected.length, found.length] as [number, number]]) {
    const gapE = expected.slice(i, pi);
    const gapF = found.slice(j, pj);
    for (let k = 0; k < Math.max(gapE.length, gapF.length); k++) {
      const e = gapE[k];
      const f = gapF[k];
      out.push({ ...(e !== undefined ? { expected: `第 ${i + k + 1} 列「${e}」` } : {}), ...(f !== undefined ? { found: `第 ${j + k + 1} 列「${f}」` } : {}) });
    }
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

function pathOf(path: string[], s: FpSection): string {
  return [...path, label(s)].join(PATH_SEP);
}
function tableName(t: FpTable): string {
  return t.id === "generic" ? t.title : `${t.id} ${t.title}`.trim();
}
function formName(kind: string): string {
  return kind === "unit" ? "部门（单位）整体支出绩效自评表" : kind === "project" ? "项目支出绩效自评表" : kind;
}

const ORDER: DeviationKind[] = [
  "missing-section", "extra-section", "renamed-section", "reordered-section", "moved-section",
  "missing-table", "extra-table", "renamed-table", "changed-header", "different-unit", "missing-form", "extra-form",
];
function byKindOrder(a: Deviation, b: Deviation): number {
  return ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);
}
