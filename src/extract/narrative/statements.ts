/**
 * Statements that state a number without printing one: "无政府性基金预算财政拨款收入和支出" (empty → 0),
 * "无下属预算单位" (0 units).
 */
import type { Fact } from "../../model/fact.js";
import type { SectionKind } from "../../model/report.js";

interface Loc {
  block: number;
  page?: number;
  line?: number;
}

function fact(concept: string, value: string, unit: Fact["unit"], loc: Loc, start: number, end: number, text: string, extra: Partial<Fact> = {}): Fact {
  return { concept, value, unit, dims: {}, source: { ...loc, start, end, text }, evidence: "statement", ...extra };
}

/** 七/八: "(本单位)(本年度)无…收入、支出及结转和结余" / "…表为空表" → the fund's facts as stated zeros. */
export function emptyStatements(text: string, section: SectionKind, kinds: SectionKind[], loc: Loc): Fact[] {
  const prefix = kinds.includes("govfund") ? "govfund" : kinds.includes("soe") ? "soe" : undefined;
  if (!prefix) return [];
  const m = emptyClause(text);
  if (!m) return [];
  // Template instructions ("无…的部门，作下述说明") and placeholder examples ("上海市XX局…") state nothing.
  if (/的(部门|单位)[，,]?\s*(作|应|需)/.test(m.text) || /[XＸ]{2,}/.test(sentenceAround(text, m.index))) return [];
  const what = m.text;
  const out: Fact[] = [];
  const add = (k: string) => out.push(fact(`${prefix}.${k}`, "0", "万元", loc, m.index, m.index + what.length, what, { empty: true, section }));
  if (/收入/.test(what)) add("income");
  if (/支出/.test(what)) add("expenditure");
  if (/结转/.test(what)) add("carryover_end");
  return out;
}

/**
 * The first "无 … 收入/支出 …" clause: from a 无 that has 收入 or 支出 after it in the same sentence (up to 。 or ；)
 * to the end of that sentence. Same result as the lazy regex this replaces (无, then 收入/支出 before the next 。/；,
 * then the rest of the sentence), found sentence by sentence in linear time: the regex was cubic on a run of 无.
 */
function emptyClause(text: string): { index: number; text: string } | undefined {
  let start = 0;
  while (start <= text.length) {
    const stop = nextStop(text, start);
    const sentence = text.slice(start, stop);
    const lastWord = Math.max(sentence.lastIndexOf("收入"), sentence.lastIndexOf("支出"));
    const wu = sentence.indexOf("无");
    if (wu >= 0 && wu < lastWord) return { index: start + wu, text: sentence.slice(wu) };
    start = stop + 1;
  }
  return undefined;
}

function nextStop(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === "。" || text[i] === "；") return i;
  return text.length;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf("。", at), text.lastIndexOf("；", at)) + 1;
  const e = text.slice(at).search(/[。；]/);
  return text.slice(start, e < 0 ? text.length : at + e);
}

/** 概况: "无下属预算单位" → org.budget_units = 0. */
export function orgStatements(text: string, kinds: SectionKind[], loc: Loc): Fact[] {
  if (!kinds.some((k) => k === "organisation" || k === "profile-part" || k === "functions")) return [];
  const out: Fact[] = [];
  const m = /无(下属|所属|二级)(预算)?单位/.exec(text);
  if (m) out.push(fact("org.budget_units", "0", "个", loc, m.index, m.index + m[0].length, m[0], { empty: true, section: "organisation" }));
  for (const [re, concept] of [[/无离休(干部|人员)/, "staff.retired_cadres"], [/无退休(人员)?(?!费)/, "staff.retired"]] as const) {
    const r = re.exec(text);
    if (r) out.push(fact(concept, "0", "人", loc, r.index, r.index + r[0].length, r[0], { empty: true, section: "organisation" }));
  }
  return out;
}
