/**
 * The report's identity: unit name, fiscal year and kind (部门决算/单位决算) → `report.unit_name`,
 * `report.fiscal_year`, `report.kind` facts, read from the cover and title lines in every regional style.
 *
 * Every opening line is read through a normalised view (view.ts: traditional → simplified, spacing dropped);
 * each line may offer candidates (lines.ts), ranked by how firmly they name the report:
 *   5  a title on its own line ("XX局2023年度部门决算", "关于XX局…的公开说明"), or a cover's unit line
 *      followed by its year line ("XX局" / "二〇二三年度部门决算")
 *   4  a title cut out of a menu or breadcrumb line; a cover year line standing alone
 *   3  a part heading or table-of-contents entry with the unit and year ("第二部分 XX局2023年度部门决算表"),
 *      an attachment's file name
 *   2  "第一部分 XX局概况", "部门名称：XX局"
 * The best-ranked candidate gives each field (the earliest among equals). A date of publication ("2024年8月")
 * never gives the year: a year counts only next to 决算. What is not found stays unknown: no name beats a
 * wrong one. Fact sources point at the original characters (traditional ones included).
 */
import type { Block, Doc } from "../../model/document.js";
import type { Fact, SourceRef } from "../../model/fact.js";
import type { Outline } from "../../segment/index.js";
import { kindLine, kindOf, labelLine, profileHeading, titleMatches, unitLine, yearLine, type Range, type ReportKind } from "./lines.js";
import { makeView, originalRange, type View } from "./view.js";
import { yearValue } from "./year.js";

export type { ReportKind } from "./lines.js";

export interface Identity {
  unitName?: string;
  fiscalYear?: number;
  kind?: ReportKind;
  facts: Fact[];
}

interface Field<T> {
  value: T;
  source: SourceRef;
  tier: number;
  order: number;
  /** Fields read from one title or one cover share a group: a unit's year is the one printed with it. */
  group: number;
  heading: boolean;
}

/** How many blocks from the start are read as the opening (part headings further down are read too). */
const OPENING_BLOCKS = 150;

export function reportIdentity(doc: Doc, outline?: Pick<Outline, "sections">): Identity {
  const lines = openingLines(doc, outline);
  const units: Field<string>[] = [];
  const years: Field<number>[] = [];
  const kinds: Field<ReportKind>[] = [];
  const source = (l: Line, r: Range): SourceRef => {
    const o = originalRange(l.view, r[0], r[1]);
    return { block: l.block, start: o.start, end: o.end, ...(l.cell ? { cell: l.cell } : {}), ...(l.page ? { page: l.page } : {}), ...(l.line ? { line: l.line } : {}), text: l.view.original.slice(o.start, o.end) };
  };
  let groups = 0;
  const add = (l: Line, tier: number, f: { unit?: Range; year?: Range; kind?: Range }, group = ++groups) => {
    const order = l.block * 10_000 + (f.unit?.[0] ?? f.year?.[0] ?? 0);
    const common = { tier, order, group, heading: l.heading };
    if (f.unit) units.push({ value: l.view.text.slice(f.unit[0], f.unit[1]).replace(/ /g, ""), source: source(l, f.unit), ...common });
    const y = f.year ? yearValue(l.view.text.slice(f.year[0], f.year[1])) : undefined;
    if (f.year && y) years.push({ value: y, source: source(l, f.year), ...common });
    const k = f.kind ? kindOf(l.view.text, f.kind) : undefined;
    if (f.kind && k) kinds.push({ value: k, source: source(l, f.kind), ...common });
  };

  // each line is looked at as itself and as the next line of the one or two before it: classify it once
  const once = <T>(f: (text: string) => T) => {
    const seen = new Map<Line, T>();
    return (l: Line): T => {
      if (!seen.has(l)) seen.set(l, f(l.view.text));
      return seen.get(l) as T;
    };
  };
  const yearOf = once(yearLine);
  const kindOfLine = once(kindLine);
  const unitOf = once(unitLine);
  const labelOf = once(labelLine);
  lines.forEach((l, n) => {
    const t = l.view.text;
    for (const m of titleMatches(t)) {
      const tier = m.secondary ? 3 : m.unit && !m.unitClean ? 4 : 5;
      add(l, tier, { ...(m.unit ? { unit: m.unit } : {}), ...(m.year ? { year: m.year } : {}), kind: m.kind });
    }
    // A cover: the unit on one line, the year (and kind) on the next one or two.
    const u = unitOf(l);
    const next = lines.slice(n + 1, n + 3).filter((x) => x.block - l.block <= 3);
    if (u && next[0]) {
      const y = yearOf(next[0]);
      if (y) {
        const k = y.kind ? { line: next[0], kind: y.kind } : next[1] && kindOfLine(next[1]) ? { line: next[1], kind: kindOfLine(next[1])! } : undefined;
        if (y.kind || k) {
          const g = ++groups;
          add(l, 5, { unit: u }, g);
          add(next[0], 5, { year: y.year }, g);
          if (k) add(k.line, 5, { kind: k.kind }, g);
        }
      }
    }
    // A year line alone, or followed by the unit ("2023年度部门决算" / "XX局").
    const y = yearOf(l);
    if (y && (y.kind || (next[0] && kindOfLine(next[0])))) {
      const g = ++groups;
      add(l, 4, { year: y.year, ...(y.kind ? { kind: y.kind } : { kind: kindOfLine(next[0])! }) }, g);
      const after = (y.kind ? next[0] : next[1]) ?? undefined;
      const au = after ? unitOf(after) ?? labelOf(after) : undefined;
      if (after && au) add(after, 4, { unit: au }, g);
    }
    const p = profileHeading(t);
    if (p) add(l, 2, { unit: p });
    const lab = labelOf(l);
    if (lab) add(l, 2, { unit: lab });
  });

  const unit = choose(units);
  // Without the unit's own title to go by, a year or kind the best-ranked lines disagree on stays unknown.
  const year = (unit && years.find((y) => y.group === unit.group)) ?? choose(years, { strict: true });
  const kind = (unit && kinds.find((k) => k.group === unit.group)) ?? choose(kinds, { strict: true });
  const facts: Fact[] = [];
  if (unit) facts.push({ concept: "report.unit_name", value: unit.value, unit: "text", dims: {}, source: unit.source, evidence: "statement" });
  if (year) facts.push({ concept: "report.fiscal_year", value: String(year.value), unit: "年", dims: {}, source: year.source, evidence: "statement" });
  if (kind) facts.push({ concept: "report.kind", value: kind.value, unit: "text", dims: {}, source: kind.source, evidence: "statement" });
  return { ...(unit ? { unitName: unit.value } : {}), ...(year ? { fiscalYear: year.value } : {}), ...(kind ? { kind: kind.value } : {}), facts };
}

/**
 * The best-ranked value. Different values at the best rank (a sidebar of other reports, a list page) are
 * told apart by how often the document repeats each (a part heading, a running head) and then by a heading
 * block; a tie leaves the field unknown.
 */
function choose<T>(fields: Field<T>[], options: { strict?: boolean } = {}): Field<T> | undefined {
  if (fields.length === 0) return undefined;
  const top = Math.max(...fields.map((f) => f.tier));
  const contenders = new Map<T, Field<T>>();
  for (const f of fields) if (f.tier === top && !contenders.has(f.value)) contenders.set(f.value, f);
  if (contenders.size === 1) return earliest(fields.filter((f) => f.tier === top));
  if (options.strict) return undefined;
  const score = (v: T) => [fields.filter((f) => f.value === v).length, fields.some((f) => f.value === v && f.tier === top && f.heading) ? 1 : 0];
  const ranked = [...contenders.keys()].map((v) => ({ v, s: score(v) })).sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1]);
  if (ranked[0].s[0] === ranked[1].s[0] && ranked[0].s[1] === ranked[1].s[1]) return undefined;
  return earliest(fields.filter((f) => f.tier === top && f.value === ranked[0].v));
}

function earliest<T>(fields: Field<T>[]): Field<T> | undefined {
  return fields.reduce<Field<T> | undefined>((a, f) => (!a || f.order < a.order ? f : a), undefined);
}

interface Line {
  block: number;
  /** A cell of a (layout) table: old sites put the title in one. */
  cell?: [number, number];
  heading: boolean;
  view: View;
  page?: number;
  line?: number;
}

/** The lines of the opening (and part headings further down) as views; table cells as lines of their own. */
function openingLines(doc: Doc, outline?: Pick<Outline, "sections">): Line[] {
  const picked = new Set<number>();
  for (let i = 0; i < Math.min(doc.blocks.length, OPENING_BLOCKS); i++) picked.add(i);
  for (const s of outline?.sections ?? []) picked.add(s.start);
  const out: Line[] = [];
  const push = (i: number, b: Block, text: string, cell?: [number, number]) => {
    if (text.length > 300) return;
    const loc = { ...(b.loc.page ? { page: b.loc.page } : {}), ...(b.loc.line ? { line: b.loc.line } : {}) };
    // A block may hold several printed lines (a PDF cover, an HTML <br>): each is a line of its own.
    let offset = 0;
    for (const part of text.split("\n")) {
      const view = makeView(part);
      if (view.text) out.push({ block: i, ...(cell ? { cell } : {}), heading: b.type === "heading", view: shift(view, offset, text), ...loc });
      offset += part.length + 1;
    }
  };
  for (const i of [...picked].sort((a, b) => a - b)) {
    const b: Block | undefined = doc.blocks[i];
    if (!b) continue;
    if (b.type !== "table") push(i, b, b.text);
    else b.rows.forEach((row, r) => row.forEach((c, k) => !c.spanOf && c.state === "text" && push(i, b, c.text, [r, k])));
  }
  return out;
}

/** A view of a line inside a block, re-based on the block's text. */
function shift(v: View, offset: number, blockText: string): View {
  return offset === 0 && v.original === blockText ? v : { original: blockText, text: v.text, at: v.at.map((x) => x + offset) };
}

/** Is this line the report's title (for segmentation: a title is not a section)? */
export function isReportTitle(text: string): boolean {
  if (!/[决決]算/.test(text)) return false;
  const v = makeView(text);
  return titleMatches(v.text).some((m) => !m.secondary && (m.unit !== undefined || kindOf(v.text, m.kind) !== undefined));
}
