/**
 * Building a family fingerprint from several reports of the same layout (e.g. the official template
 * and a real report): the first is the base; sections or tables not present in all become optional,
 * and sections only the others have are inserted, optional, after their matched predecessor.
 */
import { alignSections } from "./align.js";
import type { FpSection, FpTable, LayoutFingerprint } from "./fingerprint.js";

export function mergeFingerprints(fps: LayoutFingerprint[]): LayoutFingerprint {
  if (fps.length === 0) return { sections: [], tables: [], forms: [] };
  let base = structuredClone(fps[0]);
  for (const other of fps.slice(1)) {
    base = {
      sections: mergeSections(base.sections, other.sections),
      tables: mergeTables(base.tables, other.tables),
      forms: base.forms.filter((f) => other.forms.includes(f)),
    };
  }
  return base;
}

function mergeSections(base: FpSection[], other: FpSection[]): FpSection[] {
  const a = alignSections(base, other);
  const byBase = new Map(a.pairs.map(([i, j]) => [i, j]));
  const mapped: FpSection[] = base.map((s, i) => {
    const j = byBase.get(i);
    if (j === undefined) return { ...s, optional: true };
    return { ...s, children: mergeSections(s.children, other[j].children) };
  });
  const out = [...mapped];
  // Insert the other's extra sections after the base section its predecessor matched.
  const baseOf = new Map(a.pairs.map(([i, j]) => [j, i]));
  let lastInserted: FpSection | undefined;
  for (const j of a.extra) {
    let k = j - 1;
    while (k >= 0 && !baseOf.has(k) && !a.extra.includes(k)) k--;
    const anchor = k < 0 ? undefined : baseOf.has(k) ? mapped[baseOf.get(k)!] : lastInserted;
    const at = anchor ? out.indexOf(anchor) + 1 : 0;
    lastInserted = optionalTree(other[j]);
    out.splice(at, 0, lastInserted);
  }
  return out;
}

function optionalTree(s: FpSection): FpSection {
  return { ...s, optional: true, children: s.children.map(optionalTree) };
}

function mergeTables(base: FpTable[], other: FpTable[]): FpTable[] {
  const key = (t: FpTable) => (t.id !== "generic" ? t.id : `generic:${t.title}`);
  const out = base.map((t) => (other.some((o) => key(o) === key(t)) ? t : { ...t, optional: true }));
  for (const o of other) if (!base.some((t) => key(t) === key(o))) out.push({ ...o, optional: true });
  return out;
}
