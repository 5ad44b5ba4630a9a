/**
 * Precision as a property of the design: after every rule has run, decide what a failure may claim.
 *
 * 1. Flood guard. When most instances of a rule fail inside one table or one section (at least
 *    FLOOD_MIN failures, more than half of the instances that could be decided), the likelier cause is a
 *    reading that went wrong there (columns shifted, rows misaligned, subjects lost), not a report wrong in
 *    every row. Every fact of that table or section gets a doubt; its failures become `info` (kept, marked);
 *    one `parse-doubt` warning says so, in place of them. The same holds for one column of a table (counting
 *    the rows where that column states something): a column read from its neighbour fails wherever it is
 *    not blank, while the rest of the table agrees.
 * 2. Severity from evidence. A mismatch is an `error` only when every fact in it is firmly bound
 *    (`table-cell` or `statement`, without a doubt). Otherwise it is a `warning` that names the doubt.
 */
import type { Fact } from "../model/fact.js";
import { isFirm } from "../model/fact-key.js";
import type { Finding } from "../model/finding.js";
import type { TypedTable } from "../model/table.js";
import { factsOf } from "./rule.js";

/** At least this many failures of one rule in one table or section before the guard considers it. */
export const FLOOD_MIN = 3;

export const POLICY_RULE_ID = "parse-doubt";

export const POLICY_MESSAGES = {
  tableSuspect: "{{what}}疑似解析错位：“{{rule}}”在此表 {{instances}} 项核对中 {{fails}} 项不符，未据此报错，请人工核对该表",
  columnSuspect: "{{what}}疑似解析错位：“{{rule}}”在该栏有数的 {{instances}} 项核对中 {{fails}} 项不符，未据此报错，请人工核对该栏",
  sectionSuspect: "{{what}}的数字归属疑似有误：“{{rule}}”在此节 {{instances}} 项核对中 {{fails}} 项不符，未据此报错，请人工核对该节",
} as const;

const SECTION_NAMES: Record<string, string> = {
  overview: "收入支出决算总体情况", income: "收入决算情况", expenditure: "支出决算情况", fiscal: "财政拨款收入支出决算总体情况",
  "fiscal-expenditure": "财政拨款支出决算情况", gpb: "一般公共预算财政拨款支出情况", "gpb-overall": "一般公共预算财政拨款支出总体情况",
  "gpb-structure": "一般公共预算财政拨款支出结构情况", "gpb-items": "一般公共预算财政拨款支出具体情况", basic: "一般公共预算财政拨款基本支出情况",
  sangong: "“三公”经费支出情况", "sangong-overall": "“三公”经费支出总体情况", "sangong-detail": "“三公”经费支出具体情况",
  govfund: "政府性基金预算财政拨款收入支出情况", soe: "国有资本经营预算财政拨款收入支出情况", performance: "预算绩效管理情况",
  procurement: "政府采购支出情况", assets: "国有资产占用情况", "operating-costs": "机关运行经费支出情况",
};

/** The one table (by id and first block) or narrative section a fact belongs to. */
function scopeOf(f: Fact): string {
  if (f.dims.table) return `table:${f.dims.table}${f.dims.table === "generic" ? `:${f.dims.title ?? ""}` : ""}`;
  return `section:${f.section ?? "?"}`;
}

/** A fact in a scope: its table or section, or that table's column. */
function inScope(f: Fact, scope: string): boolean {
  const [base, column] = scope.split("|column:");
  return scopeOf(f) === base && (column === undefined || f.dims.column === column);
}

/** The scope all of a finding's facts share, if they share one. */
function findingScope(facts: Fact[]): string | undefined {
  if (facts.length === 0) return undefined;
  const s = new Set(facts.map(scopeOf));
  return s.size === 1 ? [...s][0] : undefined;
}

function describe(scope: string, tables: TypedTable[]): string {
  if (scope.startsWith("table:")) {
    const id = scope.slice(6).split(":")[0];
    const t = tables.find((x) => x.id === id);
    return `表格“${t?.title || id}”`;
  }
  const k = scope.slice(8);
  return `“${SECTION_NAMES[k] ?? k}”一节`;
}

/** Why a fact is not firm, in words. */
export function doubtOf(f: Fact): string {
  if (f.doubt) return f.doubt;
  if (f.evidence === "context") return `“${f.source.text}”所属指标由章节推断（段中未写明）`;
  if (f.evidence === "inferred") return `“${f.source.text || f.value}”为推定值，非报告直接陈述`;
  return "";
}

export interface PolicyInput {
  facts: Fact[];
  tables: TypedTable[];
}

export function applyPolicy(findings: Finding[], input: PolicyInput): Finding[] {
  // 1. flood guard
  const stats = new Map<string, { rule: string; scope: string; instances: number; fails: Finding[] }>();
  for (const f of findings) {
    if (f.outcome !== "pass" && f.outcome !== "fail") continue;
    const scope = findingScope(factsOf(f));
    if (!scope) continue;
    const k = `${f.ruleId}|${scope}`;
    const s = stats.get(k) ?? { rule: f.ruleId, scope, instances: 0, fails: [] };
    s.instances++;
    if (f.outcome === "fail" && f.severity !== "info") s.fails.push(f);
    stats.set(k, s);
  }
  // columns: instances where the column states a non-zero value (or the instance failed)
  for (const f of findings) {
    if (f.outcome !== "pass" && f.outcome !== "fail") continue;
    const facts = factsOf(f);
    const scope = findingScope(facts);
    if (!scope?.startsWith("table:")) continue;
    const failing = f.outcome === "fail" && f.severity !== "info";
    // a column is at stake where it states something (a blank column cannot have caused the difference)
    const cols = new Set(facts.filter((x) => x.dims.column && !/^-?0(\.0+)?$/.test(x.value)).map((x) => x.dims.column));
    for (const c of cols) {
      const k = `${f.ruleId}|${scope}|column:${c}`;
      const s = stats.get(k) ?? { rule: f.ruleId, scope: `${scope}|column:${c}`, instances: 0, fails: [] };
      s.instances++;
      if (failing) s.fails.push(f);
      stats.set(k, s);
    }
  }
  const suspect = new Map<string, { rule: string; instances: number; fails: Finding[] }>();
  for (const s of stats.values()) {
    if (s.fails.length >= FLOOD_MIN && s.fails.length * 2 > s.instances) {
      const prev = suspect.get(s.scope);
      if (!prev || prev.fails.length < s.fails.length) suspect.set(s.scope, s);
    }
  }
  // a whole table under suspicion needs no column of it flagged as well
  for (const k of [...suspect.keys()]) if (k.includes("|column:") && suspect.has(k.split("|column:")[0])) suspect.delete(k);
  // a suspected column takes its header group with it: its "其中" components, or the column it is part of
  for (const [k, s] of [...suspect]) {
    const [base, column] = k.split("|column:");
    if (column === undefined) continue;
    const id = base.slice(6).split(":")[0];
    for (const t of input.tables.filter((x) => x.id === id)) {
      for (const d of t.columnDefs ?? []) {
        const related = d.partOf === column || (t.columnDefs?.find((x) => x.name === column)?.partOf === d.name);
        if (related && !suspect.has(`${base}|column:${d.name}`)) suspect.set(`${base}|column:${d.name}`, { ...s, fails: [] });
      }
    }
  }
  const out: Finding[] = [];
  for (const [scope, s] of suspect) {
    const column = scope.includes("|column:") ? scope.split("|column:")[1] : undefined;
    const base = column ? scope.split("|column:")[0] : scope;
    const what = column ? `${describe(base, input.tables)}的“${column}”栏` : describe(scope, input.tables);
    const doubt = scope.startsWith("table:") ? `${what}疑似解析错位` : `${what}的数字归属疑似有误`;
    for (const f of input.facts) if (inScope(f, scope) && !f.doubt) f.doubt = doubt;
    if (scope.startsWith("table:") && !column) {
      const id = scope.slice(6).split(":")[0];
      for (const t of input.tables) if (t.id === id) t.doubts = [...(t.doubts ?? []), "疑似解析错位（表内核对大面积不符）"];
    }
    if (s.fails.length === 0) continue;
    const places = s.fails.flatMap((f) => f.places).slice(0, 20);
    const messageId = column ? "columnSuspect" : scope.startsWith("table:") ? "tableSuspect" : "sectionSuspect";
    out.push({
      ruleId: POLICY_RULE_ID,
      source: "juesuan",
      outcome: "fail",
      severity: "warning",
      messageId,
      message: POLICY_MESSAGES[messageId]
        .replace("{{what}}", what)
        .replace("{{rule}}", s.rule)
        .replace("{{instances}}", String(s.instances))
        .replace("{{fails}}", String(s.fails.length)),
      facts: [],
      places,
      url: `docs/rules.md#${POLICY_RULE_ID}`,
    });
  }
  // 2. severity from evidence (and from the guard's doubts)
  const suspectOf = (facts: Fact[]): string | undefined => {
    const scope = findingScope(facts);
    if (!scope) return undefined;
    if (suspect.has(scope)) return scope;
    return [...suspect.keys()].find((k) => k.startsWith(`${scope}|column:`) && facts.some((x) => inScope(x, k)));
  };
  for (const f of findings) {
    if (f.outcome !== "fail" || f.severity !== "error") continue;
    const facts = factsOf(f);
    const scope = suspectOf(facts);
    if (scope) {
      f.severity = "info";
      const column = scope.split("|column:")[1];
      f.doubt = `${describe(scope.split("|column:")[0], input.tables)}${column ? `的“${column}”栏` : ""}疑似解析错位`;
      f.message = `（${f.doubt}，未据此报错）${f.message}`;
      continue;
    }
    const inSuspect = facts.find((x) => [...suspect.keys()].some((k) => inScope(x, k)));
    const weak = facts.filter((x) => !isFirm(x));
    if (weak.length === 0 && !inSuspect) continue;
    f.severity = "warning";
    f.doubt = (inSuspect ? `${describe(scopeOf(inSuspect), input.tables)}疑似解析错位` : doubtOf(weak[0])) || "数字归属存疑";
    f.message = `金额可能归属有误（${f.doubt}）：${f.message}`;
  }
  return [...findings, ...out];
}
