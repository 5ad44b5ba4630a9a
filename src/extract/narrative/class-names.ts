/**
 * Functional classification 类 names as the narrative prints them without (类) markers ("教育支出 425,287.27 万元，
 * 占总支出的 92.92%"; "其中：教育支出增加 52,499.75 万元"): the year's standard class names, and the report's own.
 */
import { CLASSIFICATION_DATA } from "../data/classification-data.js";
import { resolveClassCode, type CodeMap } from "../classification.js";

let CLASS_RE: RegExp | undefined;

function classRegex(): RegExp {
  if (CLASS_RE) return CLASS_RE;
  const names = new Set<string>();
  for (const e of CLASSIFICATION_DATA) {
    if (e.domain !== "functional" || e.level !== "class") continue;
    for (const n of [...e.names.map((x) => x.name), ...e.variants]) names.add(n.replace(/支出$/, ""));
  }
  const alts = [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  CLASS_RE = new RegExp(`(${alts.join("|")})(支出)?`, "gu");
  return CLASS_RE;
}

export interface ClassMention {
  name: string;
  code: string;
  start: number;
  end: number;
}

/** The last class name in a label, when only filler words follow it ("教育支出" in "，教育支出" / "其中：教育支出增加"). */
export function lastClassName(label: string, year?: number, local?: CodeMap): ClassMention | undefined {
  const re = classRegex();
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(label); m; m = re.exec(label)) last = m;
  if (!last) return undefined;
  const end = last.index + last[0].length;
  const rest = label.slice(end);
  if (!/^[\s，,、：:（(]*(（类）|\(类\))?[\s，,、：:]*(\d{4}年度?)?(的|为|是|共|合计|决算数?|支出)*(比上年|较上年|与上年相比|同比)?[\s，,]*(增加|减少|增长|下降|降低|上升)?[\s，,]*$/.test(rest)) return undefined;
  const before = label.slice(0, last.index);
  // part of a longer name ("其他教育支出", "教育支出…的补助"): only a clean boundary counts
  if (/[\p{Script=Han}]$/u.test(before) && !/(其中|中|和|及|与|、|：|为)$/.test(before)) return undefined;
  const name = last[1] + "支出";
  const code = resolveClassCode(name, year, local) ?? resolveClassCode(last[1], year, local);
  if (!code) return undefined;
  return { name, code, start: last.index, end };
}
