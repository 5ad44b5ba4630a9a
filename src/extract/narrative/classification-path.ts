/**
 * Functional classification paths as the narrative prints them:
 * "一般公共服务支出(类)财政事务(款)行政运行(项)" → names [类, 款, 项] and, when resolvable, the code.
 */
import { resolveFunctionalCode, type CodeMap } from "../classification.js";
import type { Subject } from "./lexicon.js";

/**
 * A name: at most 100 characters (or bracketed words), so that a long run of Han characters without a
 * "(类)" after it costs linear time, not quadratic (every start position would scan the whole run).
 */
const NAME = "(?:[\\p{Script=Han}A-Za-z0-9“”\"、·]|[（(](?!\\s*[类款项]\\s*[）)])[\\p{Script=Han}]{1,6}[）)]){1,100}?";
const PATH = new RegExp(
  `(${NAME})\\s*[（(]\\s*类\\s*[）)](?:\\s*(${NAME})\\s*[（(]\\s*款\\s*[）)])?(?:\\s*(${NAME})\\s*[（(]\\s*项\\s*[）)])?`,
  "gu",
);

export interface ClassPath {
  names: string[];
  level: "class" | "section" | "item";
  code?: string;
  start: number;
  end: number;
}

function clean(name: string): string {
  return name.replace(/^[\d.、．]+/, "").replace(/^(其中|主要用于|用于|包括)[:：]?/, "").replace(/[“”"]/g, "").trim();
}

/** "小学教育（2050202）": a 科目 named with its code in brackets (the code gives the level). */
const CODED = /([\p{Script=Han}A-Za-z“”"、·]{2,30}?)\s*[（(]\s*(2\d{2}(?:\d{2}){0,2})\s*[）)]/gu;

/** All classification paths in a text, last one last. */
export function findClassPaths(text: string, year?: number, local?: CodeMap): ClassPath[] {
  const out: ClassPath[] = [];
  for (const m of text.matchAll(PATH)) {
    const names = [m[1], m[2], m[3]].filter((x): x is string => Boolean(x)).map(clean);
    const level = names.length === 1 ? "class" : names.length === 2 ? "section" : "item";
    const code = resolveFunctionalCode(names, year, local);
    out.push({ names, level, ...(code ? { code } : {}), start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(CODED)) {
    const start = m.index!;
    if (out.some((p) => start < p.end && p.start < start + m[0].length)) continue;
    const code = m[2];
    const level = code.length === 3 ? "class" : code.length === 5 ? "section" : "item";
    out.push({ names: [clean(m[1])], level, code, start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The subject a classification path names. `prefix` is the scope of the section it is read in: gpb (一般公共预算
 * 财政拨款支出), fiscal (all 财政拨款: the university family's 财政拨款支出决算表说明), expenditure (all funds).
 */
export function pathSubject(p: ClassPath, prefix: "gpb" | "fiscal" | "expenditure" = "gpb"): Subject {
  const dims: Record<string, string> = { ...(p.code ? { code: p.code } : {}), name: p.names.join("/") };
  return classSubject(p.level === "class" ? "class" : "item", dims, prefix);
}

export function classSubject(level: "class" | "item", dims: Record<string, string>, prefix: "gpb" | "fiscal" | "expenditure" = "gpb"): Subject {
  const b = `${prefix}.${level}`;
  return {
    id: `${b}:${dims.name}`,
    amount: `${b}.amount`, share: `${b}.share`, change: `${b}.yoy.change`, rate: `${b}.yoy.rate`,
    budget: `${b}.budget.initial`, budgetFull: `${b}.budget.full_year`, completion: `${b}.budget.completion_rate`, variance: `${b}.budget.variance_rate`,
    dims, rateDims: dims,
  };
}
