/**
 * Facts scored against a truth file, with the semantics of the judges' eval-facts.mjs: a truth fact is
 * found when a fact of its concept whose dims match has its value (normalised); it is wrong when such facts
 * exist with other values only; a narrative truth fact is never satisfied by a table cell. `sourced` is the
 * share of facts with a source (text or offsets).
 */
import type { Fact } from "../model/fact.js";
import { normValue, ratio } from "./normalise.js";
import type { TruthFact, TruthPart } from "./truth.js";

export type Section = TruthPart | "all";

export interface FactMiss {
  kind: "WRONG" | "MISSING";
  truth: TruthFact;
  got: string[];
}

export interface PartScore {
  found: number;
  total: number;
  wrong: number;
}

export interface FactScore extends PartScore {
  recall: number;
  facts: number;
  sourced: number;
  misses: FactMiss[];
  parts: Partial<Record<TruthPart, PartScore>>;
}

type LooseFact = Pick<Fact, "concept" | "value"> & { dims?: Record<string, string>; source?: Partial<Fact["source"]> };

function dimsMatch(want: Record<string, string>, got: Record<string, string> = {}): boolean {
  return Object.entries(want).every(([k, v]) => {
    if (k === "code" || k === "name") return got.code === v || got.name === v || (got.name ?? "").endsWith(v);
    return normValue(got[k]) === normValue(v) || String(got[k] ?? "").includes(v);
  });
}

export function scoreFacts(truth: TruthFact[], facts: LooseFact[], section: Section = "narrative"): FactScore {
  const scored = truth.filter((t) => section === "all" || t.part === section);
  const byConcept = new Map<string, LooseFact[]>();
  for (const f of facts) byConcept.set(f.concept, [...(byConcept.get(f.concept) ?? []), f]);
  const parts: Partial<Record<TruthPart, PartScore>> = {};
  const misses: FactMiss[] = [];
  let found = 0;
  let wrong = 0;
  for (const t of scored) {
    const p = (parts[t.part] ??= { found: 0, total: 0, wrong: 0 });
    p.total++;
    const cands = (byConcept.get(t.concept) ?? []).filter((f) => dimsMatch(t.dims, f.dims) && (t.dims.table ? true : !f.dims?.table));
    if (cands.some((f) => normValue(f.value) === normValue(t.value))) {
      found++;
      p.found++;
    } else if (cands.length) {
      wrong++;
      p.wrong++;
      misses.push({ kind: "WRONG", truth: t, got: cands.map((f) => f.value) });
    } else misses.push({ kind: "MISSING", truth: t, got: [] });
  }
  const sourced = facts.length ? facts.filter((f) => f.source && (f.source.text || f.source.start !== undefined)).length / facts.length : 0;
  return { found, total: scored.length, wrong, recall: scored.length ? found / scored.length : 0, facts: facts.length, sourced, misses, parts };
}

/** The report: one line per miss, one per section when more than one is scored, then the last line. */
export function formatFactScore(s: FactScore): string[] {
  const out = s.misses.map((m) =>
    m.kind === "WRONG"
      ? `WRONG  ${m.truth.concept} ${JSON.stringify(m.truth.dims)} want ${m.truth.value} got ${m.got.join("|")}`
      : `MISSING ${m.truth.concept} ${JSON.stringify(m.truth.dims)} want ${m.truth.value}`,
  );
  const parts = Object.entries(s.parts);
  if (parts.length > 1) for (const [name, p] of parts) out.push(`${name}: ${p.found}/${p.total} wrong=${p.wrong}`);
  const per = parts.length > 1 ? " " + parts.map(([name, p]) => `${name}=${ratio(p.total ? p.found / p.total : 0)}`).join(" ") : "";
  out.push(`recall=${ratio(s.recall)} found=${s.found} truth=${s.total} wrong=${s.wrong} facts=${s.facts} sourced=${ratio(s.sourced)}${per}`);
  return out;
}
