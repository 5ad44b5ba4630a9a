/**
 * 政府收支分类科目: names ↔ codes for the functional (支出功能分类 类/款/项) and economic (部门预算支出经济分类
 * 类/款) classifications, per classification year. Built from src/extract/data (scripts/gen-classification.mjs);
 * every name carries its sources, the years they are of and a status (see SOURCES.md there).
 *
 * Resolution never guesses: a name that is not in the table (for the path given) yields no code.
 * Functional and economic domains are separate lookups and are never mixed.
 * Tables seen in a report add a report-local map (buildCodeMap), which is consulted first.
 */
import { CLASSIFICATION_DATA, LIST_YEARS, SOURCES } from "./data/classification-data.js";
import { resolveStandard } from "./classification-standard.js";
import { canonicalName, compareNames, equivalentName, type NameAgreement } from "./classification-name-forms.js";

export type CodeDomain = "functional" | "economic";
export type CodeLevel = "class" | "section" | "item";

export type SourceKind =
  | "template" | "report-table" | "budget-table" | "report-narrative" | "code-dictionary" | "unreliable-dictionary" | "web-list" | "unsourced";
export interface DataSource {
  kind: SourceKind;
  /** Classification year the source is of (a 2024 决算 uses the 2024 list). */
  year?: number;
  title: string;
}
/** confirmed: two independent documents or an official template; single: one document; unsourced: none. */
export type NameStatus = "confirmed" | "single" | "unsourced";
export interface DataName {
  name: string;
  sources: string[];
  status: NameStatus;
  /** Earliest and latest year of the sources printing this name (absent: undated sources only). */
  from?: number;
  to?: number;
}
export interface DataEntry {
  domain: CodeDomain;
  code: string;
  level: CodeLevel;
  /** Standard names, best status first (more than one: renamed across years, or sources disagree). */
  names: DataName[];
  /** Other names the code was printed with (narratives, older documents): resolve to the code, never standard. */
  variants: string[];
  /** Economic codes: 人员经费 or 公用经费 口径. */
  group?: "personnel" | "public";
  /** Economic codes linked to a 三公 item (30212 ↔ 因公出国（境）费 …). */
  sangong?: string;
}

/** One code's entry as a flat view (the year's name first). */
export interface ClassificationEntry {
  domain: CodeDomain;
  code: string;
  level: CodeLevel;
  name: string;
  /** Other names the same code was printed with (other years, other documents). */
  aliases: string[];
  /** false: no source prints this code with this name (general knowledge only). */
  verified: boolean;
  group?: "personnel" | "public";
  sangong?: string;
}

export { SOURCES };

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

const BY_CODE = new Map<string, DataEntry>();
/** domain:level:normName → codes with the years the name is valid (variants: never valid, used as a last resort) */
const BY_NAME = new Map<string, { code: string; from?: number; to?: number; variant: boolean }[]>();

function key(domain: CodeDomain, level: CodeLevel, name: string): string {
  return `${domain}:${level}:${normName(name)}`;
}

for (const e of CLASSIFICATION_DATA) {
  BY_CODE.set(`${e.domain}:${e.code}`, e);
  const add = (name: string, v: { from?: number; to?: number; variant: boolean }) => {
    const k = key(e.domain, e.level, name);
    const l = BY_NAME.get(k) ?? [];
    l.push({ code: e.code, ...v });
    BY_NAME.set(k, l);
  };
  for (const n of e.names) add(n.name, { from: n.from, to: n.to, variant: false });
  for (const v of e.variants) add(v, { variant: true });
}

function validIn(n: { from?: number; to?: number }, year: number): boolean {
  return n.from === undefined || n.to === undefined || (n.from <= year && year <= n.to);
}

/** The list year used for `year`: itself when some sourced list evidence is of that year, else the nearest. */
export function listYear(domain: CodeDomain, year: number): { year: number; exact: boolean; span: [number, number] } {
  const ys = LIST_YEARS[domain];
  const span: [number, number] = [ys[0], ys[ys.length - 1]];
  if (ys.includes(year)) return { year, exact: true, span };
  let best = ys[0];
  for (const y of ys) if (Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)) best = y;
  return { year: best, exact: false, span };
}

/** What the year's list says a code is called. */
export interface StandardLookup {
  entry: DataEntry;
  /** The sourced names for the year (more than one: sources disagree), or the nearest year's, or unsourced ones. */
  names: DataName[];
  status: NameStatus;
  /** The names are evidenced for the year itself (or across it). */
  exact: boolean;
  /** When not exact: the evidence year the names come from, and how far it is from the year asked. */
  nearestYear?: number;
  distance?: number;
  /** Sources disagree on the year's name. */
  conflict: boolean;
}

const RANK: Record<NameStatus, number> = { confirmed: 0, single: 1, unsourced: 2 };

export function standardName(domain: CodeDomain, code: string, year?: number): StandardLookup | undefined {
  const entry = BY_CODE.get(`${domain}:${code}`);
  if (!entry) return undefined;
  const sourced = entry.names.filter((n) => n.status !== "unsourced");
  const best = (ns: DataName[]) => ns.reduce<NameStatus>((s, n) => (RANK[n.status] < RANK[s] ? n.status : s), "unsourced");
  const distinct = (ns: DataName[]) => new Set(ns.map((n) => canonicalName(n.name))).size;
  if (sourced.length === 0) return { entry, names: entry.names, status: "unsourced", exact: false, conflict: false };
  if (year === undefined) return { entry, names: sourced, status: best(sourced), exact: false, conflict: distinct(sourced) > 1 };
  const valid = sourced.filter((n) => validIn(n, year));
  if (valid.length) return { entry, names: valid, status: best(valid), exact: true, conflict: distinct(valid) > 1 };
  let distance = Infinity;
  let nearestYear = year;
  for (const n of sourced) {
    for (const y of [n.from!, n.to!]) {
      const d = Math.abs(y - year);
      if (d < distance) {
        distance = d;
        nearestYear = y;
      }
    }
  }
  const near = sourced.filter((n) => Math.min(Math.abs(n.from! - year), Math.abs(n.to! - year)) === distance);
  return { entry, names: near, status: best(near), exact: false, nearestYear, distance, conflict: distinct(near) > 1 };
}

/** Every name and variant the code is known by, with the years of each name (variants: none). */
export function knownNames(domain: CodeDomain, code: string): { name: string; from?: number; to?: number; variant: boolean; status?: NameStatus }[] {
  const e = BY_CODE.get(`${domain}:${code}`);
  if (!e) return [];
  return [...e.names.map((n) => ({ name: n.name, from: n.from, to: n.to, variant: false, status: n.status })), ...e.variants.map((v) => ({ name: v, variant: true }))];
}

/** The codes of a level the list knows (sourced or not): is a printed code one the list has at all? */
export function isKnownCode(domain: CodeDomain, code: string): boolean {
  return BY_CODE.has(`${domain}:${code}`);
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
  const list = BY_NAME.get(k) ?? [];
  // A name valid in the year wins over the same name of another year (a code renamed, its old name reused).
  const valid = year === undefined ? [] : list.filter((x) => !x.variant && validIn(x, year));
  for (const x of valid.length ? valid : list) if (!out.includes(x.code)) out.push(x.code);
  return out;
}

/**
 * Resolve a functional classification path (类, 款, 项 names; shorter paths allowed) to its code.
 * Each level must resolve uniquely under its parent; otherwise undefined (never guessed).
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

function listName(domain: CodeDomain, code: string, year?: number): string | undefined {
  return standardName(domain, code, year)?.names[0]?.name;
}

/** The name of a code (report-local first, then the classification table). */
export function functionalName(code: string, year?: number, local?: CodeMap): string | undefined {
  return local?.names.get(`functional:${code}`) ?? listName("functional", code, year);
}

export function economicName(code: string, year?: number, local?: CodeMap): string | undefined {
  return local?.names.get(`economic:${code}`) ?? listName("economic", code, year);
}

export function classificationEntry(domain: CodeDomain, code: string, year?: number): ClassificationEntry | undefined {
  const s = standardName(domain, code, year);
  if (!s) return undefined;
  const name = s.names[0].name;
  const aliases = [...s.entry.names.map((n) => n.name), ...s.entry.variants].filter((n, i, a) => n !== name && a.indexOf(n) === i);
  const e = s.entry;
  return { domain, code, level: e.level, name, aliases, verified: s.status !== "unsourced", ...(e.group ? { group: e.group } : {}), ...(e.sangong ? { sangong: e.sangong } : {}) };
}

/** Does `name` denote `code` (name or alias, report-local names included)? undefined when the code is unknown. */
export function nameMatchesCode(domain: CodeDomain, code: string, name: string, year?: number, local?: CodeMap): boolean | undefined {
  const n = normName(name);
  const localName = local?.names.get(`${domain}:${code}`);
  const e = BY_CODE.get(`${domain}:${code}`);
  if (!localName && !e) return undefined;
  if (localName && normName(localName) === n) return true;
  if (e && [...e.names.map((x) => x.name), ...e.variants].some((x) => normName(x) === n)) return true;
  return false;
}

/* ---------- comparing a printed name with the standard one: classification-name-forms.ts ---------- */

export { canonicalName, compareNames, equivalentName, type NameAgreement };
