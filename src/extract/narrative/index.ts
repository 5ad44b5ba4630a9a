/**
 * Narrative extraction (概况 and 情况说明): every stated number → a fact under the concept names of
 * spec/concepts.md, with its source; plus typed records (yoy changes, budget comparisons, items).
 */
import type { Doc, Message } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { NamedList, Records } from "../../model/records.js";
import type { SectionKind } from "../../model/report.js";
import type { Outline } from "../../segment/index.js";
import type { CodeMap } from "../classification.js";
import { DEFAULT_SUBJECT, LEXICON, type Entry, type Subject } from "./lexicon.js";
import { interpretParagraph, type Emitted } from "./interpret.js";
import { classSubject, findClassPaths, pathSubject } from "./classification-path.js";
import { lastClassName } from "./class-names.js";
import { buildRecords } from "./records.js";
import { emptyStatements, orgStatements } from "./statements.js";
import { pushAll } from "../../util/arrays.js";
import type { Ambiguous } from "../reconcile.js";
import { reportIdentity } from "../identity/index.js";

export interface NarrativeResult {
  facts: Fact[];
  records: Omit<Records, "forms">;
  warnings: Message[];
  meta: { unitName?: string; fiscalYear?: number; kind?: "部门决算" | "单位决算" };
  /** Facts of loose terms with another possible concept, to settle against the tables (reconcile.ts). */
  ambiguous: Ambiguous[];
}

const NARRATIVE_PARTS = new Set<SectionKind>(["tables-part", "glossary-part", "toc", "glossary"]);
const GPB_KINDS = new Set<SectionKind>(["gpb", "gpb-overall", "gpb-structure", "gpb-items"]);
const OTHER_MATTERS: Entry[] = [...(LEXICON["operating-costs"] ?? []), ...(LEXICON.procurement ?? []), ...(LEXICON.assets ?? [])];

/** Which spending a classification path or class name in this section is part of, if the section lists any. */
function classScope(kinds: SectionKind[]): "gpb" | "fiscal" | "expenditure" | undefined {
  if (kinds.some((k) => GPB_KINDS.has(k))) return "gpb";
  if (kinds.includes("fiscal-expenditure")) return "fiscal";
  if (kinds.includes("expenditure") || kinds.includes("overview")) return "expenditure";
  return undefined;
}

type Lexicon = { entries: Entry[]; fallback?: Subject; section: SectionKind };
/** The lexicon of a chain of section kinds depends on nothing else: built once per chain (a section may have 200k blocks). */
const LEXICON_CACHE = new Map<string, Lexicon>();

function lexiconFor(kinds: SectionKind[]): Lexicon {
  const key = kinds.join("/");
  let l = LEXICON_CACHE.get(key);
  if (!l) LEXICON_CACHE.set(key, (l = buildLexicon(kinds)));
  return l;
}

function buildLexicon(kinds: SectionKind[]): Lexicon {
  const inner = [...kinds].reverse();
  const entries: Entry[] = [];
  let fallback: Subject | undefined;
  let section: SectionKind = inner[0] ?? "unknown";
  for (const k of inner) {
    const l = k === "other-matters" ? OTHER_MATTERS : LEXICON[k];
    if (l && entries.length === 0) section = k;
    if (l) pushAll(entries, l);
    fallback ??= DEFAULT_SUBJECT[k];
  }
  return { entries, ...(fallback ? { fallback } : {}), section };
}

const VEHICLE_TYPE = /([\p{Script=Han}（）()]{2,16}?用车)\s*$/u;
const GRADE = /(?:评级|等级|评价)?为?[“"]?(优秀?|良好?|合格|不合格|中|差)[”"]?的?项目\s*$/u;

export function extractNarrative(doc: Doc, outline: Outline, skip: Set<number>, codes?: CodeMap): NarrativeResult {
  const meta = reportIdentity(doc, outline);
  const year = meta.fiscalYear;
  const emitted: Emitted[] = [];
  const facts: Fact[] = [...meta.facts];
  doc.blocks.forEach((b, i) => {
    if (b.type === "table" || skip.has(i) || outline.toc.has(i)) return;
    const kinds = outline.blockKinds[i] ?? [];
    if (kinds.some((k) => NARRATIVE_PARTS.has(k))) return;
    if (outline.title?.block === i) return;
    const { entries, fallback, section } = lexiconFor(kinds);
    const loc = { block: i, ...(b.loc.page ? { page: b.loc.page } : {}), ...(b.loc.line ? { line: b.loc.line } : {}) };
    pushAll(facts, emptyStatements(b.text, section, kinds, loc));
    pushAll(facts, orgStatements(b.text, kinds, loc));
    if (entries.length === 0 && !fallback) return;
    const scope = classScope(kinds);
    const paths = scope ? findClassPaths(b.text, year, codes) : [];
    const paragraphSubject = scope && paths.length && paths[0].start < 12 ? pathSubject(paths[0], scope) : undefined;
    const inAssets = kinds.includes("assets") || kinds.includes("other-matters");
    const inPerf = kinds.includes("performance");
    pushAll(
      emitted,
      interpretParagraph({
        text: b.text,
        ...loc,
        section,
        entries,
        ...(fallback ? { fallback } : {}),
        ...(paragraphSubject ? { paragraphSubject } : {}),
        dynamicSubject: (label, m) => {
          if (scope) {
            const inLabel = findClassPaths(label, year, codes);
            const last = inLabel[inLabel.length - 1];
            if (last) return { subject: pathSubject(last, scope), end: last.end };
            const cls = lastClassName(label, year, codes);
            if (cls) return { subject: classSubject("class", { code: cls.code, name: cls.name }, scope), end: cls.end };
          }
          if (inAssets && m.unit === "辆") {
            const v = VEHICLE_TYPE.exec(label);
            if (v && !/^(公务|固定资产)?用车$/.test(v[1]) && !/共有|保有/.test(v[1])) {
              const type = v[1].replace(/^[，,、；;：:]+/, "").replace(/^其中[：:]?/, "");
              return { subject: { id: `vehicle:${type}`, amount: "assets.vehicles.by_type", dims: { type }, units: ["辆"] }, end: label.length };
            }
          }
          if (inPerf && m.unit === "个") {
            const g = GRADE.exec(label);
            if (g) return { subject: { id: `grade:${g[1]}`, amount: "performance.projects.by_grade", dims: { grade: g[1] }, units: ["个"] }, end: label.length };
          }
          return undefined;
        },
        extraDims: (sentence): Record<string, string> => {
          if (!kinds.includes("procurement")) return {};
          if (/预留/.test(sentence)) return { scope: "reserved" };
          if (/其他政府采购项目/.test(sentence)) return { scope: "other" };
          return {};
        },
      }),
    );
  });
  for (const e of emitted) facts.push(e.fact);
  const lists = namedLists(doc, outline, skip);
  const kept = dedupe(facts);
  const keptSet = new Set(kept);
  return {
    facts: kept,
    ambiguous: emitted.filter((e) => e.alt && keptSet.has(e.fact)).map((e) => ({ fact: e.fact, alt: e.alt as string })),
    records: { ...buildRecords(doc, emitted), lists },
    warnings: [],
    meta: { ...(meta.unitName ? { unitName: meta.unitName } : {}), ...(meta.fiscalYear ? { fiscalYear: meta.fiscalYear } : {}), ...(meta.kind ? { kind: meta.kind } : {}) },
  };
}

/** §六's enumerations of 人员经费 and 公用经费 科目 names. */
function namedLists(doc: Doc, outline: Outline, skip: Set<number>): NamedList[] {
  const out: NamedList[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.type === "table" || skip.has(i) || !(outline.blockKinds[i] ?? []).includes("basic")) return;
    for (const m of b.text.matchAll(/(人员经费|公用经费)[^。；]*?(?:主要)?(?:包括|用于)[:：]?([^。；]+)/g)) {
      const names = m[2].split(/[、，,]/).map((s) => s.trim().replace(/^(和|及|以及)/, "").replace(/等(支出)?$/, "")).filter((s) => s.length >= 2 && !/\d/.test(s));
      if (names.length < 2) continue;
      const start = m.index! + m[0].indexOf(m[2]);
      out.push({ subject: m[1] === "人员经费" ? "basic.personnel" : "basic.public", names, block: i, start, end: start + m[2].length, text: m[2] });
    }
  });
  return out;
}

/** One fact per (concept, dims, place): a subject with two concepts at one place stays two facts. */
function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.concept}|${JSON.stringify(f.dims)}|${f.source.block}|${f.source.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
