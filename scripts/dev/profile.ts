import { readDocument } from "../../src/read/index.js";
import { segment } from "../../src/segment/index.js";
import { extractForms } from "../../src/extract/forms/index.js";
import { extractTables } from "../../src/extract/tables/index.js";
import { extractNarrative } from "../../src/extract/narrative/index.js";
import { validate } from "../../src/validate/index.js";
import { allRules } from "../../src/validate/rules/index.js";
import { FactIndex, runRule } from "../../src/validate/rule.js";
const file = process.argv[2];
const t: Record<string, number[]> = {};
const lap = (k: string, t0: number) => ((t[k] ??= []).push(performance.now() - t0), performance.now());
for (let i = 0; i < 15; i++) {
  let t0 = performance.now();
  const { doc } = await readDocument({ path: file }); t0 = lap("read", t0);
  const o = segment(doc); t0 = lap("segment", t0);
  const f = extractForms(doc); t0 = lap("forms", t0);
  const tb = extractTables(doc, new Set(f.blocks)); t0 = lap("tables", t0);
  const n = extractNarrative(doc, o, new Set([...f.blocks, ...tb.blocks])); t0 = lap("narrative", t0);
  const facts = [...n.facts, ...f.facts, ...tb.facts];
  const records = { ...n.records, forms: f.forms };
  validate({ facts, tables: tb.tables, records }); t0 = lap("validate", t0);
  if (i === 14) { const base = { facts: new FactIndex(facts), tables: tb.tables, records }; for (const r of allRules) { const s = performance.now(); for (let k = 0; k < 5; k++) runRule(r, base); const d = (performance.now() - s) / 5; if (d > 0.5) console.log("  rule", r.id, d.toFixed(2)); } }
}
for (const [k, v] of Object.entries(t)) { const s = v.slice(3).sort((a, b) => a - b); console.log(k.padEnd(10), s[Math.floor(s.length / 2)].toFixed(2), "ms"); }
