/**
 * 政府收支分类科目: names ↔ codes for the functional (支出功能分类 类/款/项) and economic (部门预算支出经济分类
 * 类/款) classifications, per classification year. Built from src/extract/data (scripts/gen-classification.mjs).
 *
 * Resolution never guesses: a name that is not in the table (for the path given) yields no code.
 * Functional and economic domains are separate lookups and are never mixed.
 * Tables seen in a report add a report-local map (buildCodeMap), which is consulted first.
 */
import { CLASSIFICATION_VERSIONS } from "./data/classification-data.js";
import { resolveStandard } from "./classification-standard.js";

export type CodeDomain = "functional" | "economic";
export type CodeLevel = "class" | "section" | "item";

export interface ClassificationEntry {
  domain: CodeDomain;
  code: string;
  level: CodeLevel;
  name: string;
  /** Other names the same code was printed with (older years, other documents). */
  aliases: string[];
  /** false: code from general knowledge of the MoF list, not yet seen in a table. */
  verified: boolean;
  /** Economic codes: 人员经费 or 公用经费 口径. */
  group?: "personnel" | "public";
  /** Economic codes linked to a 三公 item (30212 ↔ 因公出国（境）费 …). */
  sangong?: string;
}

/** Normalise a classification name for matching: no spaces, CJK radicals mapped, brackets unified, suffix markers dropped. */
export function normName(s: string): string {
  return s
    .replace(/[\s\u3000]/g, "")
    .replace(/\u2ed4/g, "门")
    .replace(/\u2ecb/g, "车")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[“”"]/g, "")
    .replace(/^[一二三四五六七八九十百]+、/, "")
    .replace(/^\d+[.、．]/, "")
    .replace(/（(类|款|项)）$/, "")
    .replace(/[：:；;，,。]$/, "");
}

export function codeLevel(code: string, domain: CodeDomain = "functional"): CodeLevel | undefined {
  if (domain === "functional") {
    if (/^2\d\d$/.test(code)) return "class";
    if (/^2\d{4}$/.test(code)) return "section";
    if (/^2\d{6}$/.test(code)) return "item";
    return undefined;
  }
  if (/^[35]\d\d$/.test(code)) return "class";
  if (/^[35]\d{4}$/.test(code)) return "section";
  return undefined;
}

export function codeDomainOf(code: string): CodeDomain | undefined {
  if (/^2\d\d(\d\d){0,2}$/.test(code)) return "functional";
  if (/^3\d\d(\d\d)?$/.test(code)) return "economic";
  return undefined;
}

interface Version {
  from: number;
  to: number;
  byCode: Map<string, ClassificationEntry>;
  /** domain:level:normName → codes */
  byName: Map<string, string[]>;
}

function key(domain: CodeDomain, level: CodeLevel, name: string): string {
  return `${domain}:${level}:${normName(name)}`;
}

function buildVersion(v: { from: number; to: number; entries: ClassificationEntry[] }): Version {
  const byCode = new Map<string, ClassificationEntry>();
  const byName = new Map<string, string[]>();
  for (const e of v.entries) {
    byCode.set(`${e.domain}:${e.code}`, e);
    for (const n of [e.name, ...e.aliases]) {
      const k = key(e.domain, e.level, n);
      const l = byName.get(k) ?? [];
      if (!l.includes(e.code)) l.push(e.code);
      byName.set(k, l);
    }
  }
  return { from: v.from, to: v.to, byCode, byName };
}

const VERSIONS: Version[] = CLASSIFICATION_VERSIONS.map(buildVersion);

/** The version whose years contain `year`, else the nearest one (codes are stable across most years). */
function versionFor(year?: number): Version {
  if (year === undefined) return VERSIONS[VERSIONS.length - 1];
  let best = VERSIONS[0];
  let bestD = Infinity;
  for (const v of VERSIONS) {
    const d = year < v.from ? v.from - year : year > v.to ? year - v.to : 0;
    if (d < bestD) {
      best = v;
      bestD = d;
    }
  }
  return best;
}

/** A report-local names ↔ codes map, built from the report's own tables. */
export interface CodeMap {
  /** domain:code → name as printed */
  names: Map<string, string>;
  /** domain:level:normName → codes */
  codes: Map<string, string[]>;
}

export function emptyCodeMap(): CodeMap {
  return { names: new Map(), codes: new Map() };
}

export function addToCodeMap(map: CodeMap, domain: CodeDomain, code: string, name: string): void {
  const level = codeLevel(code, domain);
  if (!level || !name) return;
  if (!map.names.has(`${domain}:${code}`)) map.names.set(`${domain}:${code}`, name);
  const k = key(domain, level, name);
  const l = map.codes.get(k) ?? [];
  if (!l.includes(code)) l.push(code);
  map.codes.set(k, l);
}

/** Build the report-local map from typed tables (rows with a code and a name). */
export function buildCodeMap(tables: { codeDomain?: string; rows: { code?: string; name: string }[] }[]): CodeMap {
  const map = emptyCodeMap();
  for (const t of tables) {
    if (t.codeDomain !== "functional" && t.codeDomain !== "economic") continue;
    for (const r of t.rows) if (r.code && codeDomainOf(r.code) === t.codeDomain) addToCodeMap(map, t.codeDomain, r.code, r.name);
  }
  return map;
}

function candidates(domain: CodeDomain, level: CodeLevel, name: string, year?: number, local?: CodeMap): string[] {
  const k = key(domain, level, name);
  const out: string[] = [];
  for (const c of local?.codes.get(k) ?? []) if (!out.includes(c)) out.push(c);
  for (const c of versionFor(year).byName.get(k) ?? []) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * Resolve a functional classification path (类, 款, 项 names; shorter paths allowed) to its code.
 * Each level must resolve uniquely under its parent; otherwise undefined (never guessed).
 * A single name (one-element path) resolves only when it is unique at some level… for 类 names.
 */
export function resolveFunctionalCode(path: string[], year?: number, local?: CodeMap): string | undefined {
  const names = path.map((s) => s.trim()).filter(Boolean);
  if (names.length === 0 || names.length > 3) return undefined;
  return resolveObserved(names, year, local) ?? resolveStandard(names, year);
}

function resolveObserved(names: string[], year?: number, local?: CodeMap): string | undefined {
  const levels: CodeLevel[] = ["class", "section", "item"];
  let parent = "";
  for (let i = 0; i < names.length; i++) {
    const cands = candidates("functional", levels[i], names[i], year, local).filter((c) => c.startsWith(parent));
    const uniq = [...new Set(cands)];
    if (uniq.length !== 1) return undefined;
    parent = uniq[0];
  }
  return parent;
}

/** Resolve a 类 name alone (T1/T4 rows print names without codes). */
export function resolveClassCode(name: string, year?: number, local?: CodeMap): string | undefined {
  return resolveFunctionalCode([name], year, local);
}

/** Resolve an economic 类 or 款 name (款 under an optional 类 code). */
export function resolveEconomicCode(name: string, parent?: string, year?: number, local?: CodeMap): string | undefined {
  const level: CodeLevel = parent ? "section" : "class";
  const c = [...new Set(candidates("economic", level, name, year, local).filter((x) => !parent || x.startsWith(parent)))];
  return c.length === 1 ? c[0] : undefined;
}

/** The name of a code (report-local first, then the classification table). */
export function functionalName(code: string, year?: number, local?: CodeMap): string | undefined {
  return local?.names.get(`functional:${code}`) ?? versionFor(year).byCode.get(`functional:${code}`)?.name;
}

export function economicName(code: string, year?: number, local?: CodeMap): string | undefined {
  return local?.names.get(`economic:${code}`) ?? versionFor(year).byCode.get(`economic:${code}`)?.name;
}

export function classificationEntry(domain: CodeDomain, code: string, year?: number): ClassificationEntry | undefined {
  return versionFor(year).byCode.get(`${domain}:${code}`);
}

/** Does `name` denote `code` (name or alias, report-local names included)? undefined when the code is unknown. */
export function nameMatchesCode(domain: CodeDomain, code: string, name: string, year?: number, local?: CodeMap): boolean | undefined {
  const n = normName(name);
  const localName = local?.names.get(`${domain}:${code}`);
  const e = versionFor(year).byCode.get(`${domain}:${code}`);
  if (!localName && !e) return undefined;
  if (localName && normName(localName) === n) return true;
  if (e && [e.name, ...e.aliases].some((x) => normName(x) === n)) return true;
  return false;
}
