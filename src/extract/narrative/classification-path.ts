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
  return name.replace(/^[\d.、．]+/, "").replace(/^(其中|主要用于|用于|包括)[:：]?/, "").trim();
}

/** All classification paths in a text, last one last. */
export function findClassPaths(text: string, year?: number, local?: CodeMap): ClassPath[] {
  const out: ClassPath[] = [];
  for (const m of text.matchAll(PATH)) {
    const names = [m[1], m[2], m[3]].filter((x): x is string => Boolean(x)).map(clean);
    const level = names.length === 1 ? "class" : names.length === 2 ? "section" : "item";
    const code = resolveFunctionalCode(names, year, local);
    out.push({ names, level, ...(code ? { code } : {}), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export function pathSubject(p: ClassPath): Subject {
  const dims: Record<string, string> = { ...(p.code ? { code: p.code } : {}), name: p.names.join("/") };
  if (p.level === "class") {
    return {
      id: `gpb.class:${dims.name}`,
      amount: "gpb.class.amount", share: "gpb.class.share", change: "gpb.class.yoy.change", rate: "gpb.class.yoy.rate",
      budget: "gpb.class.budget.initial", budgetFull: "gpb.class.budget.full_year", completion: "gpb.class.budget.completion_rate", variance: "gpb.class.budget.variance_rate",
      dims, rateDims: dims,
    };
  }
  return {
    id: `gpb.item:${dims.name}`,
    amount: "gpb.item.amount", share: "gpb.item.share", change: "gpb.item.yoy.change", rate: "gpb.item.yoy.rate",
    budget: "gpb.item.budget.initial", budgetFull: "gpb.item.budget.full_year", completion: "gpb.item.budget.completion_rate", variance: "gpb.item.budget.variance_rate",
    dims, rateDims: dims,
  };
}
