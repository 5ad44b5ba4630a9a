/**
 * Findings scored against a golden set of expected findings: the defects a reviewer confirmed.
 *
 * Expected-findings file (TSV, UTF-8; `#` starts a comment; an optional header line starting with `match`):
 *
 *   match	page	severity	note
 *   gpb-structure	21	error	P3 一般公共服务支出 share 71.73 vs 71.65
 *   table-narrative~2961.68	21	error	P1 the rule, with 2961.68 in its message or values
 *   table-*	12-13	error	a table rule on pages 12–13
 *   ~个人农业生产补贴	-	warning	a keyword in the message, expected or actual value, any rule
 *   sangong|table-sangong	L340	-	a rule or the other, at line 340, any severity
 *
 * - match: a rule id, a rule family (`table-*`: every rule id starting with `table-`), either followed by
 *   `~keyword` (the keyword must also be in the finding's message, expected or actual value), or `~keyword`
 *   alone (any rule); alternatives separated by `|`.
 * - page: a page (`15`), a range (`12-13`), a line of a text report (`L340`, `L330-350`), or `-` for anywhere.
 *   A finding is at the place when any of its places is.
 * - severity: `error`, `warning`, `info`, or `-` for any.
 * - note: free text, shown in the report (e.g. the reviewer's defect id).
 * A JSON file holds the same as an array of objects {match, page?, severity?, note?}.
 *
 * Scoring: the findings scored are the failing ones at the scored severities (default error and warning).
 * An expected line is a true positive (TP) when some scored finding matches its rule, place and severity,
 * and a false negative (FN) otherwise; a scored finding that no expected line matches is a false positive
 * (FP). One defect often gives several findings (a narrative and a table cell): they are all explained by it.
 */
import { readFileSync } from "node:fs";
import type { Finding, Severity } from "../model/finding.js";
import { ratio } from "./normalise.js";

export interface ExpectedFinding {
  match: string;
  page?: string;
  severity?: Severity;
  note?: string;
  /** 1-based line in the expected file (TSV). */
  line?: number;
}

export class ExpectedFormatError extends Error {}

const SEVERITIES = new Set(["error", "warning", "info"]);

function cleanSeverity(s: string | undefined, where: string): Severity | undefined {
  const v = (s ?? "").trim();
  if (v === "" || v === "-" || v === "*" || v === "any") return undefined;
  if (!SEVERITIES.has(v)) throw new ExpectedFormatError(`${where}：严重程度“${v}”应为 error、warning、info 或 -`);
  return v as Severity;
}

function cleanPlace(p: string | undefined, where: string): string | undefined {
  const v = (p ?? "").trim();
  if (v === "" || v === "-" || v === "*") return undefined;
  if (!/^L?\d+(-\d+)?$/.test(v)) throw new ExpectedFormatError(`${where}：位置“${v}”应为页码（15）、页码范围（12-13）、行号（L340）或 -`);
  return v;
}

export function parseExpected(text: string, name = "expected"): ExpectedFinding[] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new ExpectedFormatError(`${name}：不是有效的 JSON（${(e as Error).message}）`);
    }
    return (data as Record<string, unknown>[]).map((o, i) => {
      const where = `${name} 第${i + 1}项`;
      if (typeof o?.match !== "string" || !o.match) throw new ExpectedFormatError(`${where}：缺少 match`);
      const page = cleanPlace(o.page === undefined ? undefined : String(o.page), where);
      const severity = cleanSeverity(o.severity as string | undefined, where);
      return { match: o.match, ...(page ? { page } : {}), ...(severity ? { severity } : {}), ...(typeof o.note === "string" ? { note: o.note } : {}) };
    });
  }
  const out: ExpectedFinding[] = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith("#") || /^match\t/i.test(line)) return;
    const [match, page, severity, ...note] = line.split("\t");
    const where = `${name} 第${i + 1}行`;
    if (!match.trim()) throw new ExpectedFormatError(`${where}：缺少 match`);
    const p = cleanPlace(page, where);
    const s = cleanSeverity(severity, where);
    out.push({ match: match.trim(), ...(p ? { page: p } : {}), ...(s ? { severity: s } : {}), ...(note.join("\t").trim() ? { note: note.join("\t").trim() } : {}), line: i + 1 });
  });
  return out;
}

export function readExpected(path: string): ExpectedFinding[] {
  return parseExpected(readFileSync(path, "utf8"), path);
}

function matchesWhat(e: ExpectedFinding, f: Finding): boolean {
  return e.match.split("|").some((alt) => {
    const t = alt.trim();
    const cut = t.indexOf("~");
    const rule = cut < 0 ? t : t.slice(0, cut);
    const keyword = cut < 0 ? "" : t.slice(cut + 1);
    const ruleOk = rule === "" || (rule.endsWith("*") ? f.ruleId.startsWith(rule.slice(0, -1)) : f.ruleId === rule);
    return ruleOk && (keyword === "" || [f.message, f.expected, f.actual].some((x) => (x ?? "").includes(keyword)));
  });
}

function matchesPlace(e: ExpectedFinding, f: Finding): boolean {
  if (!e.page) return true;
  const m = /^(L?)(\d+)(?:-(\d+))?$/.exec(e.page)!;
  const lo = Number(m[2]);
  const hi = m[3] ? Number(m[3]) : lo;
  const key = m[1] ? "line" : "page";
  return f.places.some((p) => p[key] !== undefined && p[key]! >= lo && p[key]! <= hi);
}

export function matches(e: ExpectedFinding, f: Finding): boolean {
  return matchesWhat(e, f) && matchesPlace(e, f) && (!e.severity || e.severity === f.severity);
}

export interface FindingScore {
  tp: { expected: ExpectedFinding; findings: Finding[] }[];
  fn: ExpectedFinding[];
  fp: Finding[];
  precision: number;
  recall: number;
  f1: number;
}

export function scoreFindings(expected: ExpectedFinding[], findings: Finding[], severities: Severity[] = ["error", "warning"]): FindingScore {
  const scored = findings.filter((f) => f.outcome === "fail" && f.severity && severities.includes(f.severity));
  const tp: FindingScore["tp"] = [];
  const fn: ExpectedFinding[] = [];
  const explained = new Set<Finding>();
  for (const e of expected) {
    const hits = scored.filter((f) => matches(e, f));
    if (hits.length) tp.push({ expected: e, findings: hits });
    else fn.push(e);
    for (const h of hits) explained.add(h);
  }
  const fp = scored.filter((f) => !explained.has(f));
  // Precision counts defects found against false findings: a defect found by several findings is one TP.
  const precision = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
  const recall = expected.length ? tp.length / expected.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fn, fp, precision, recall, f1 };
}

function where(f: Finding): string {
  const p = f.places.find((x) => x.page !== undefined || x.line !== undefined);
  return p ? (p.page !== undefined ? `p.${p.page}` : `L${p.line}`) : "-";
}

function describe(e: ExpectedFinding): string {
  return [e.match, e.page ?? "-", e.severity ?? "-", e.note ?? ""].join(" ").trim();
}

export function formatFindingScore(s: FindingScore): string[] {
  return [
    ...s.tp.map((t) => `TP  ${describe(t.expected)}  ← ${t.findings.map((f) => `${f.ruleId} ${f.severity} ${where(f)}`).join("; ")}`),
    ...s.fn.map((e) => `FN  ${describe(e)}`),
    ...s.fp.map((f) => `FP  ${f.ruleId} ${f.severity} ${where(f)}: ${f.message}`),
    `tp=${s.tp.length} fp=${s.fp.length} fn=${s.fn.length} precision=${ratio(s.precision)} recall=${ratio(s.recall)} f1=${ratio(s.f1)}`,
  ];
}
