/** The `# tables` block of a truth TSV, and a matcher with the semantics of src/eval/facts.ts (the judges' eval-facts.mjs). */
import { readFileSync } from "node:fs";
import type { Fact } from "../../../src/model/fact.js";

export interface TruthFact { concept: string; value: string; unit: string; dims: Record<string, string> }

export function tableTruth(path: string): TruthFact[] {
  const out: TruthFact[] = [];
  let on = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (/^#\s*tables\b/.test(line)) { on = true; continue; }
    if (/^#\s*extra\s*$/.test(line)) { on = false; continue; }
    if (!on || !line.trim() || line.startsWith("#")) continue;
    const [concept, value, unit, dims] = line.split("\t");
    out.push({ concept, value, unit, dims: Object.fromEntries((dims ?? "").split(";").filter(Boolean).map((kv) => kv.split("="))) });
  }
  return out;
}

const norm = (v: string) => {
  let s = v.replace(/[,，\s]/g, "").replace(/%$/, "");
  const neg = s.startsWith("-");
  s = s.replace(/^[-+]/, "");
  let [i, f = ""] = s.split(".");
  i = i.replace(/^0+(?=\d)/, "");
  f = f.replace(/0+$/, "");
  return (neg && !(i === "0" && f === "") ? "-" : "") + i + (f ? "." + f : "");
};

/** Truth facts not found with their value (same matching as eval-facts.mjs). */
export function misses(truth: TruthFact[], facts: Fact[]): string[] {
  const out: string[] = [];
  for (const t of truth) {
    const c = facts.filter((f) => f.concept === t.concept && Object.entries(t.dims).every(([k, v]) =>
      k === "code" || k === "name" ? f.dims.code === v || f.dims.name === v || (f.dims.name ?? "").endsWith(v) : norm(f.dims[k] ?? "") === norm(v) || String(f.dims[k] ?? "").includes(v)));
    if (!c.some((f) => norm(f.value) === norm(t.value))) out.push(`${t.concept} ${JSON.stringify(t.dims)} want ${t.value} got ${c.map((f) => f.value).join("|") || "-"}`);
  }
  return out;
}
