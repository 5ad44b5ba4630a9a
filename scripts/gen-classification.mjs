#!/usr/bin/env node
// Generates src/extract/data/classification-data.ts from the CSVs in src/extract/data/.
// Run: node scripts/gen-classification.mjs   (--check: exit 1 if the committed file is not current; a test runs it)
//
// Inputs (see src/extract/data/SOURCES.md for every source id):
//   sources.csv                          source id → kind, year, title, where
//   functional_codes_observed.csv        支出功能分类 codes seen in S1–S7 (copied from shared/domain/data)
//   functional_codes_more.csv            further 支出功能分类 codes seen in S1, S2, S8–S10, C23
//   functional_classes_t1_rows.csv       类 rows of T1/T4 (names printed; codes of verified=no rows not printed)
//   functional_codes_unsourced.csv       K1: the project's earlier general-knowledge list (resolution only)
//   economic_codes_basic_expenditure.csv 部门预算支出经济分类 rows of the S1 template's T6
//   economic_codes_more.csv              further 部门预算支出经济分类 codes (S2, S8–S10, E1–E7)
//
// Output: one entry per (domain, code) with its standard names, each name with its sources, the years those
// sources are of (from/to: the name is taken to hold between its earliest and latest evidence year) and a status:
//   confirmed  two independent documents (E2/E3 count as one project) or an official template print the name;
//   single     one document prints it;
//   unsourced  only K1, or a T1 row whose code is not printed (name sourced, code not).
// Names seen only in narratives or flagged as non-standard go to `variants` (used to resolve names, never as the
// standard). A variant flagged CONFLICT is a competing standard name from its source (the rule then cannot decide).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../src/extract/data");

function csv(name) {
  const [head, ...lines] = readFileSync(path.join(dir, name), "utf8").trim().split(/\r?\n/);
  const cols = head.split(",");
  return lines.filter((l) => l.trim()).map((l) => {
    const cells = l.split(",");
    if (cells.length > cols.length) throw new Error(`${name}: too many cells in “${l}”`);
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? "").trim()]));
  });
}

const SOURCES = {};
for (const r of csv("sources.csv")) {
  SOURCES[r.id] = { kind: r.kind, ...(r.year ? { year: Number(r.year) } : {}), title: r.title };
}
/** Sources that are not independent documents count once. */
const GROUP = { E3: "E2" };
/** Kinds that are no evidence of a standard name (S7: a 3-entry dictionary with one known-wrong entry). */
const NO_EVIDENCE = new Set(["unsourced", "report-narrative", "unreliable-dictionary"]);

const levelOf = { "类": "class", "款": "section", "项": "item" };
const expectLevel = (code, level) => {
  const n = { class: 3, section: 5, item: 7 }[level];
  if (code.length !== n) throw new Error(`code ${code}: level ${level} needs ${n} digits`);
};

/** domain:code → { domain, code, level, names: Map<name, Set<source>>, variants: Set, group?, sangong? } */
const entries = new Map();
function entry(domain, code, level) {
  expectLevel(code, level);
  const k = `${domain}:${code}`;
  let e = entries.get(k);
  if (!e) {
    e = { domain, code, level, names: new Map(), variants: new Set() };
    entries.set(k, e);
  }
  return e;
}
function srcList(s) {
  const l = s.split(/;|；/).map((x) => x.trim()).filter(Boolean);
  for (const id of l) if (!SOURCES[id]) throw new Error(`unknown source id ${id}`);
  return l;
}
function addName(e, name, sources) {
  const set = e.names.get(name) ?? new Set();
  for (const s of sources) set.add(s);
  e.names.set(name, set);
}
/**
 * Variant names: the name without its parenthesised note; names flagged wrong are dropped; CONFLICT ones compete.
 * A note naming source ids (“S4 tables”, not “narrative S4”) says those sources print the variant instead of the
 * row's name: they are returned so the caller drops them from the row's name.
 */
function addVariants(e, s) {
  const printsVariant = [];
  if (!s) return printsVariant;
  for (const m of s.matchAll(/([^;；(（]+)(?:[（(]([^）)]*)[）)])?/g)) {
    const name = m[1].trim();
    const note = m[2] ?? "";
    if (!name) continue;
    const ids = [...note.matchAll(/\b([A-Z]\d+)\b/g)].map((x) => x[1]).filter((id) => SOURCES[id]);
    if (!/narrative/i.test(note)) printsVariant.push(...ids);
    if (/wrong/i.test(note)) continue;
    if (/CONFLICT/i.test(note)) {
      addName(e, name, ids);
      continue;
    }
    e.variants.add(name);
  }
  return printsVariant;
}

for (const f of ["functional_codes_observed.csv", "functional_codes_more.csv", "functional_codes_unsourced.csv"]) {
  for (const r of csv(f)) {
    const e = entry("functional", r.code, levelOf[r.level]);
    const notMain = addVariants(e, r.name_variants_seen);
    addName(e, r.name, srcList(r.sources).filter((id) => !notMain.includes(id)));
  }
}
for (const r of csv("functional_classes_t1_rows.csv")) {
  const e = entry("functional", r.class_code, "class");
  // verified=no: the name is printed in T1 rows, its code is not (taken from the fixed 类 order) → unsourced tier.
  addName(e, r.name, r.verified === "yes" ? srcList(r.present_in) : ["K1"]);
}
for (const f of ["economic_codes_basic_expenditure.csv", "economic_codes_more.csv"]) {
  for (const r of csv(f)) {
    const e = entry("economic", r.code, levelOf[r.level]);
    addName(e, r.name, srcList(r.sources ?? r.source));
    if (r.staff_or_public) e.group = r.staff_or_public === "人员经费" ? "personnel" : "public";
    if (r.sanggong_link) e.sangong = r.sanggong_link.replace(/^三公:/, "");
  }
}

function describe(sources) {
  const docs = new Set([...sources].filter((s) => !NO_EVIDENCE.has(SOURCES[s].kind)).map((s) => GROUP[s] ?? s));
  const years = [...sources].filter((s) => !NO_EVIDENCE.has(SOURCES[s].kind)).map((s) => SOURCES[s].year).filter((y) => y !== undefined);
  const template = [...sources].some((s) => SOURCES[s].kind === "template");
  const status = docs.size === 0 ? "unsourced" : template || docs.size >= 2 ? "confirmed" : "single";
  return { status, ...(years.length ? { from: Math.min(...years), to: Math.max(...years) } : {}) };
}

const list = [...entries.values()]
  .sort((a, b) => (a.domain + a.code).localeCompare(b.domain + b.code))
  .map((e) => {
    const names = [...e.names.entries()]
      .map(([name, s]) => ({ name, sources: [...s].sort(), ...describe(s) }))
      .sort((a, b) => ({ confirmed: 0, single: 1, unsourced: 2 })[a.status] - ({ confirmed: 0, single: 1, unsourced: 2 })[b.status]);
    const std = new Set(names.map((n) => n.name));
    return {
      domain: e.domain, code: e.code, level: e.level, names,
      variants: [...e.variants].filter((v) => !std.has(v)),
      ...(e.group ? { group: e.group } : {}),
      ...(e.sangong ? { sangong: e.sangong } : {}),
    };
  });

const listYears = {};
for (const d of ["functional", "economic"]) {
  const ys = new Set();
  for (const e of list) if (e.domain === d) for (const n of e.names) if (n.status !== "unsourced") for (const s of n.sources) if (SOURCES[s].year && !NO_EVIDENCE.has(SOURCES[s].kind)) ys.add(SOURCES[s].year);
  listYears[d] = [...ys].sort();
}

const out = `/* Generated by scripts/gen-classification.mjs from src/extract/data/*.csv — do not edit. */
import type { DataEntry, DataSource } from "../classification.js";

/** Where each name came from (src/extract/data/SOURCES.md). */
export const SOURCES: Record<string, DataSource> = ${JSON.stringify(SOURCES, null, 0).replace(/},"/g, "},\n  \"")};

/** Years some sourced list evidence is of, per domain. */
export const LIST_YEARS: Record<"functional" | "economic", number[]> = ${JSON.stringify(listYears)};

export const CLASSIFICATION_DATA: DataEntry[] = [
  ${list.map((e) => JSON.stringify(e)).join(",\n  ")},
];
`;
const target = path.join(dir, "classification-data.ts");
if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8") === out;
  if (!current) console.error("src/extract/data/classification-data.ts is not current: run node scripts/gen-classification.mjs");
  process.exit(current ? 0 : 1);
}
writeFileSync(target, out);
const count = (d, st) => list.filter((e) => e.domain === d && e.names.some((n) => n.status === st)).length;
console.log(`wrote ${list.length} entries: functional ${count("functional", "confirmed")} confirmed / ${count("functional", "single")} single; economic ${count("economic", "confirmed")} confirmed / ${count("economic", "single")} single; list years ${JSON.stringify(listYears)}`);
