/**
 * The interpreter: walks a paragraph's sentences, and for every stated number decides
 * (1) its subject — from the label before it (lexicon.ts), the sentence, or the section's default — and
 * (2) its measure — amount, share, year-on-year change/rate, budget, variance or completion rate —
 * from the words right before it. Signs come from words (减少/下降 → negative).
 */
import type { Evidence, Fact, Unit } from "../../model/fact.js";
import type { SectionKind } from "../../model/report.js";
import { negate } from "../number.js";
import { findBareRates, findMentions, type Mention } from "./mentions.js";
import type { Entry, Subject } from "./lexicon.js";

export type Measure = "amount" | "share" | "change" | "rate" | "budget" | "budgetFull" | "variance" | "completion";

export interface Emitted {
  fact: Fact;
  subject: Subject;
  measure: Measure;
  sentence: [number, number];
  /** Another concept the term may mean (Subject.alt), settled against the tables later. */
  alt?: string;
}

export interface ParagraphInput {
  text: string;
  block: number;
  page?: number;
  line?: number;
  section: SectionKind;
  entries: Entry[];
  fallback?: Subject;
  /** Subjects found dynamically in a label (e.g. functional classification paths). */
  dynamicSubject?: (label: string, m: Mention) => { subject: Subject; end: number } | undefined;
  /** Subject for the whole paragraph when its labels name none (e.g. a §五 item paragraph). */
  paragraphSubject?: Subject;
  extraDims?: (sentence: string) => Record<string, string>;
}

const MONEY: Unit[] = ["万元", "元", "%"];
const SENTENCE_END = /[。；;！？!?]/g;
const DECREASE = /(减少|下降|降低|减|下滑|缩减|节约)/;
const CHANGE = /(增加|增长|减少|下降|降低|上升|增减|减|增|下滑|缩减|持平|变动)/;

function accepts(s: Subject, unit: Unit): boolean {
  return s.units ? s.units.includes(unit) : MONEY.includes(unit);
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The best lexicon match in a label: the one ending last, then the longest, then the first listed. */
export function matchSubject(entries: Entry[], label: string, unit: Unit, sentence = label): { subject: Subject; end: number } | undefined {
  let best: { subject: Subject; end: number; len: number; order: number } | undefined;
  entries.forEach((e, order) => {
    if (!accepts(e.subject, unit)) return;
    if (e.context && !e.context.test(sentence)) return;
    let re = GLOBAL.get(e.re);
    if (!re) GLOBAL.set(e.re, (re = new RegExp(e.re.source, "g")));
    for (const m of label.matchAll(re)) {
      if (m[0].length === 0) continue;
      const end = m.index! + m[0].length;
      const len = m[0].length;
      if (!best || end > best.end || (end === best.end && len > best.len)) best = { subject: e.subject, end, len, order };
    }
  });
  return best ? { subject: best.subject, end: best.end } : undefined;
}

const NOT_BUDGET = /一般公共预算|政府性基金预算|国有资本经营预算|预算绩效|预算单位|部门预算|预算管理/g;

export function classifyMeasure(label: string, unit: Unit): { measure: Measure; negative: boolean } {
  const clause = (label.split(/[，,：:]/).pop() ?? label).replace(NOT_BUDGET, "");
  const negative = DECREASE.test(clause) && !/增加|增长|上升/.test(clause.slice(clause.search(DECREASE)));
  if (unit === "%") {
    if (/差异率|差异/.test(clause)) return { measure: "variance", negative: /减少|下降|低于/.test(clause) };
    if (/完成|执行率|执行进度|为(年初|全年|调整后)?预算(数)?的/.test(clause)) return { measure: "completion", negative: false };
    if (CHANGE.test(clause) && !/占/.test(clause)) return { measure: "rate", negative };
    return { measure: "share", negative: false };
  }
  if (CHANGE.test(clause) && !/(预算|决算)(数|为)?$/.test(clause)) return { measure: "change", negative };
  if (/预算/.test(clause) && !/预算(执行)?(数)?[^预]*决算/.test(clause) && !/决算(数)?(为|是)?$/.test(clause)) {
    if (/全年|调整/.test(clause)) return { measure: "budgetFull", negative: false };
    return { measure: "budget", negative: false };
  }
  return { measure: "amount", negative: false };
}

function conceptFor(s: Subject, measure: Measure, unit: Unit): string | string[] | undefined {
  switch (measure) {
    case "amount":
      return s.amount;
    case "share":
      return s.share;
    case "change":
      return s.change;
    case "rate":
      return s.rate;
    case "budget":
      return s.budget ?? s.amount;
    case "budgetFull":
      return s.budgetFull ?? s.budget ?? s.amount;
    case "variance":
      return s.variance;
    case "completion":
      return s.completion ?? (unit === "%" ? s.share : undefined);
  }
}

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** "持平" stated against last year: a change of 0. */
function flatMentions(text: string): Mention[] {
  const yearly = /上年|上一年|\d{4}\s*年度?\s*(相比|持平)|与\s*\d{4}\s*年/.test(text);
  if (!yearly) return [];
  const out: Mention[] = [];
  // the last bracket and clause mark before each match, found in one forward pass (no lastIndexOf per match)
  let open = -1;
  let close = -1;
  let clause = -1;
  let scanned = 0;
  for (const m of text.matchAll(/(基本)?持平/g)) {
    const s = m.index!;
    for (; scanned <= s && scanned < text.length; scanned++) {
      const c = text[scanned];
      if (c === "（" || c === "(") open = scanned;
      else if (c === "）" || c === ")") close = scanned;
      else if (c === "。" || c === "；" || c === "，") clause = scanned;
    }
    // Template instructions: "（如持平作持平表述）", "增加（减少/持平）".
    if (open > close) continue;
    if (/作持平表述|持平的不用|如持平/.test(text.slice(Math.max(0, s - 4), s + 6))) continue;
    if (/预算/.test(text.slice(clause + 1, s))) continue;
    out.push({ value: "0", decimals: 0, unit: "万元", start: s, end: s + m[0].length, text: m[0], unitEnd: s + m[0].length, word: true });
  }
  return out;
}

/**
 * How far back from a number a sentence is searched for context words and for a subject the label does not name.
 * Sentences are a few hundred characters; the bound keeps a hostile "sentence" of 100k numbers linear.
 */
const CONTEXT_WINDOW = 1000;

export function interpretParagraph(p: ParagraphInput): Emitted[] {
  const stated = findMentions(p.text);
  const mentions = [...stated, ...findBareRates(p.text, stated), ...flatMentions(p.text)].sort((a, b) => a.start - b.start);
  const out: Emitted[] = [];
  if (mentions.length === 0) return out;
  // sentences partition the text and mentions are sorted: one pass over both
  let next = 0;
  // an earlier sentence of this paragraph named a subject of this section: the section's default continues it
  let paragraphNamed = false;
  for (const [s0, s1] of sentences(p.text)) {
    if (next >= mentions.length) break;
    if (mentions[next]!.start >= s1) continue;
    const sentence = p.text.slice(s0, s1);
    let subject: Subject | undefined;
    let subjectEvidence: Evidence = "statement";
    let prevEnd = s0;
    const dims = p.extraDims ? p.extraDims(sentence) : {};
    for (; next < mentions.length && mentions[next]!.start < s1; next++) {
      const m = mentions[next]!;
      const before = p.text.slice(Math.max(s0, m.start - CONTEXT_WINDOW), m.start);
      const label = p.text.slice(prevEnd, m.start);
      const after = p.text.slice(m.unitEnd, Math.min(s1, m.unitEnd + 12));
      prevEnd = m.unitEnd;
      const { measure, negative } = m.word ? { measure: "change" as Measure, negative: false } : classifyMeasure(label, m.unit);
      // A share's label names its denominator after 占: look for the subject before it.
      const subjectLabel = measure === "share" ? label.split("占")[0] : label;
      let found =
        p.dynamicSubject?.(subjectLabel, m) ??
        matchAfter(p.entries, after, m.unit) ??
        matchSubject(p.entries, subjectLabel, m.unit, before);
      if (!found && subject && !accepts(subject, m.unit)) {
        found = matchSubject(p.entries, before, m.unit);
      }
      if (found) {
        subject = found.subject;
        subjectEvidence = "statement";
        paragraphNamed = true;
      } else if ((measure === "amount" || measure === "change" || measure === "rate") && namesSomethingElse(label) && (subject || !p.paragraphSubject)) continue;
      // The subject: named in this sentence (statement), else the paragraph's own item heading (statement),
      // else the section's default subject (context: nothing in the sentence names it).
      let subj: Subject | undefined;
      let evidence: Evidence = subjectEvidence;
      if (subject && accepts(subject, m.unit)) subj = subject;
      else if (p.paragraphSubject && accepts(p.paragraphSubject, m.unit)) {
        subj = p.paragraphSubject;
        evidence = "statement";
      } else if (p.fallback && accepts(p.fallback, m.unit)) {
        subj = p.fallback;
        evidence = paragraphNamed ? "paragraph" : "context";
      }
      if (!subj) continue;
      if (!subject) {
        subject = subj;
        subjectEvidence = evidence;
      }
      const target = conceptFor(subj, measure, m.unit);
      if (!target) continue;
      const concepts = Array.isArray(target) ? target : [target];
      const value = negative ? negate(m.value) : m.value;
      const isRate = measure === "variance" || measure === "completion";
      for (const concept of concepts) {
        const fdims = { ...(isRate && subj.rateDims ? subj.rateDims : {}), ...(isRate ? {} : subj.dims ?? {}), ...dims };
        const c = subj.byUnit?.[m.unit] ?? concept;
        out.push({
          fact: {
            concept: c,
            value,
            unit: m.unit,
            dims: fdims,
            source: {
              block: p.block,
              start: m.start,
              end: m.end,
              ...(p.page ? { page: p.page } : {}),
              ...(p.line ? { line: p.line } : {}),
              text: m.text,
            },
            section: p.section,
            evidence,
            ...(m.bare ? { doubt: "原文此处未印“%”，按百分比读取" } : {}),
          },
          subject: subj,
          measure,
          sentence: [s0, s1],
          ...(subj.alt?.[c] ? { alt: subj.alt[c] } : {}),
        });
      }
    }
  }
  return out;
}

const FILLER = /其中|主要|包括|支出|决算|预算|执行|实际|年初|全年|调整后|金额|总额|合计|共计|价值|达到|约为|比上年|上年|同比|相比|增加|减少|增长|下降|降低|上升|增减|变动|幅度|较|与|共|计|为|是|达|约|数|的|了|元|万|年度|年|比|\d/g;

/** An amount whose label names a noun the lexicon does not know belongs to no known subject: skip it. */
function namesSomethingElse(label: string): boolean {
  const residue = label.replace(/[\s，,、：:；;（）()“”"0-9.%]/g, "").replace(FILLER, "");
  return residue.length > 1;
}

function matchAfter(entries: Entry[], after: string, unit: Unit): { subject: Subject; end: number } | undefined {
  for (const e of entries) {
    if (!e.after || !accepts(e.subject, unit)) continue;
    if (e.after.test(after)) return { subject: e.subject, end: 0 };
  }
  return undefined;
}
