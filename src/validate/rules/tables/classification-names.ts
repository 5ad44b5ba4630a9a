/**
 * A classification code whose printed name is not that code's name in the year's standard list
 * (支出功能分类 in T2/T3/T5/T8/T9 and generic coded tables, 部门预算支出经济分类 in T6, and the 类/款/项 paths of
 * the narrative's gpb.class.* / gpb.item.* facts).
 *
 * Precision first: names are compared after canonicalName/compareNames (brackets, spaces, radicals, 支出 and 费用
 * suffixes, short bracketed insertions, “其他…” abbreviations of 99 codes, names cut at a cell end), and a
 * difference is reported only against a sourced standard name of the report's year (or of the adjacent year, said
 * so in the message). An editorial defect, and the list may lag: warning. Without a list for the year, with only
 * unsourced names, or with sources that disagree: insufficient_data. T1/T4 are skipped (their codes are resolved
 * from the printed names, so comparing them would be circular).
 */
import { defineRule, type RuleContext } from "../../rule.js";
import type { SourceRef } from "../../../model/fact.js";
import type { TypedRow, TypedTable } from "../../../model/table.js";
import {
  canonicalName, codeDomainOf, codeLevel, compareNames, knownNames, listYear, standardName, type CodeDomain,
} from "../../../extract/classification.js";

const LIST: Record<CodeDomain, string> = { functional: "支出功能分类科目", economic: "部门预算支出经济分类科目" };
const HAN = /\p{Script=Han}/u;

type Verdict =
  | { kind: "ok" }
  | { kind: "mismatch"; expected: string; year: number; exact: boolean; former: boolean }
  | { kind: "unknownCode" }
  | { kind: "unlisted" }
  | { kind: "unverified"; expected: string }
  | { kind: "conflict"; expected: string }
  | { kind: "farYear"; expected: string; year: number };

/** What the year's list says of a printed code + name. */
export function judgeName(domain: CodeDomain, code: string, printed: string, year: number): Verdict {
  const s = standardName(domain, code, year);
  if (!s) return codeLevel(code, domain) === "class" ? { kind: "unknownCode" } : { kind: "unlisted" };
  const agrees = (name: string) => compareNames(printed, name, code) !== "different";
  if (s.names.some((n) => agrees(n.name))) return { kind: "ok" };
  const expected = s.names.map((n) => `“${n.name}”`).join("或");
  const bare = expected.slice(1, -1);
  if (s.status === "unsourced") return { kind: "unverified", expected: bare };
  if (s.conflict) return { kind: "conflict", expected };
  const former = knownNames(domain, code).some((n) => agrees(n.name));
  if (!s.exact && (former || (s.distance ?? 0) > 1)) return { kind: "farYear", expected: bare, year: s.nearestYear! };
  return { kind: "mismatch", expected: bare, year: s.exact ? year : s.nearestYear!, exact: s.exact, former };
}

interface Occurrence {
  domain: CodeDomain;
  code: string;
  printed: string;
  where: string;
  place: SourceRef;
}

function rowPlace(t: TypedTable, r: TypedRow): SourceRef {
  const cell = Object.values(r.values)[0];
  const page = cell?.page ?? t.page;
  return { block: cell?.block ?? t.block, start: 0, end: r.name.length, ...(page !== undefined ? { page } : {}), text: `${r.code} ${r.name}` };
}

function rowWhere(t: TypedTable, r: TypedRow): string {
  const page = Object.values(r.values)[0]?.page ?? t.page;
  return page !== undefined ? `${t.id}（第 ${page} 页）` : t.id;
}

function tableOccurrences(ctx: RuleContext): Occurrence[] {
  const out: Occurrence[] = [];
  for (const t of ctx.tables) {
    if (t.id === "T1" || t.id === "T4" || t.empty) continue;
    if (t.codeDomain !== "functional" && t.codeDomain !== "economic") continue;
    for (const r of t.rows) {
      if (!r.code || codeDomainOf(r.code) !== t.codeDomain || !codeLevel(r.code, t.codeDomain)) continue;
      if (!HAN.test(r.name) || r.name === r.code) continue;
      out.push({ domain: t.codeDomain, code: r.code, printed: r.name, where: rowWhere(t, r), place: rowPlace(t, r) });
    }
  }
  return out;
}

const PATH_LEN = [3, 5, 7];

function narrativeOccurrences(ctx: RuleContext): Occurrence[] {
  const out: Occurrence[] = [];
  const seen = new Set<string>();
  const facts = ctx.facts.facts.filter((f) => /^gpb\.(class|item)\./.test(f.concept) && !f.dims.table && f.dims.code && f.dims.name);
  for (const f of facts) {
    const code = f.dims.code!;
    const names = f.dims.name!.split("/");
    if (PATH_LEN[names.length - 1] !== code.length || codeDomainOf(code) !== "functional") continue;
    const k = `${f.source.block}|${f.dims.name}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const blockText = ctx.doc?.blocks[f.source.block] && "text" in ctx.doc.blocks[f.source.block] ? (ctx.doc.blocks[f.source.block] as { text: string }).text : undefined;
    const where = `正文${f.source.page !== undefined ? `（第 ${f.source.page} 页）` : f.source.line !== undefined ? `（第 ${f.source.line} 行）` : ""}`;
    names.forEach((name, i) => {
      if (!HAN.test(name)) return;
      const at = blockText ? blockText.lastIndexOf(name, f.source.start) : -1;
      const place: SourceRef = {
        ...f.source,
        ...(at >= 0 ? { start: at, end: at + name.length } : {}),
        text: name,
      };
      out.push({ domain: "functional", code: code.slice(0, PATH_LEN[i]), printed: name, where, place });
    });
  }
  return out;
}

function reportYear(ctx: RuleContext): number | undefined {
  return ctx.meta?.fiscalYear ?? ctx.tables.find((t) => t.year !== undefined)?.year;
}

export default defineRule({
  id: "classification-names",
  meta: {
    description: "科目编码与名称：表中和正文中印出的 类/款/项 名称须是该编码在当年政府收支分类科目中的名称",
    defaultSeverity: "warning",
    messages: {
      namesOk: "{{where}}：{{count}} 处科目名称与 {{year}} 年{{list}}一致",
      nameMismatch: "{{where}}：科目 {{code}} 印为“{{actual}}”，{{year}} 年{{list}}中该编码的名称为“{{expected}}”{{note}}",
      codeUnknown: "{{where}}：编码 {{code}}（“{{actual}}”）不在 {{year}} 年{{list}}中",
      unlisted: "{{where}}：{{count}} 个编码未收录于已整理的 {{year}} 年{{list}}，无法核对名称：{{codes}}",
      unverified: "{{where}}：科目 {{code}} 印为“{{actual}}”，与未经来源核实的名称“{{expected}}”不同，无法判定",
      conflict: "{{where}}：科目 {{code}} 印为“{{actual}}”，而来源对该编码的名称不一致（{{expected}}），无法判定",
      farYear: "{{where}}：科目 {{code}} 印为“{{actual}}”，与 {{listYear}} 年{{list}}的“{{expected}}”不同，但没有 {{year}} 年该编码的名称记录，无法判定",
      noYear: "报告年度不明，无法按年度{{list}}核对科目名称",
      noList: "没有 {{year}} 年的{{list}}（已整理 {{span}} 年），无法核对科目名称",
    },
  },
  check(ctx) {
    const occurrences = [...tableOccurrences(ctx), ...narrativeOccurrences(ctx)];
    if (occurrences.length === 0) return;
    const year = reportYear(ctx);
    const domains = [...new Set(occurrences.map((o) => o.domain))];
    if (year === undefined) {
      for (const d of domains) ctx.report({ outcome: "insufficient_data", messageId: "noYear", data: { list: LIST[d] } });
      return;
    }
    const usable = new Set<CodeDomain>();
    for (const d of domains) {
      const ly = listYear(d, year);
      if (year < ly.span[0] || year > ly.span[1]) {
        ctx.report({ outcome: "insufficient_data", messageId: "noList", data: { year, list: LIST[d], span: `${ly.span[0]}–${ly.span[1]}` } });
      } else usable.add(d);
    }

    // One finding per (code, printed name, verdict): the same name printed in T2, T3 and T5 is one defect, three places.
    const groups = new Map<string, { o: Occurrence; v: Verdict; wheres: string[]; places: SourceRef[]; codes: string[] }>();
    const ok = new Map<string, { count: number; places: SourceRef[] }>();
    for (const o of occurrences) {
      if (!usable.has(o.domain)) continue;
      const v = judgeName(o.domain, o.code, o.printed, year);
      if (v.kind === "ok") {
        const k = `${o.domain}|${o.where.replace(/（.*$/, "")}`;
        const g = ok.get(k) ?? { count: 0, places: [] };
        g.count++;
        if (g.places.length < 1) g.places.push(o.place);
        ok.set(k, g);
        continue;
      }
      const k = v.kind === "unlisted" ? `unlisted|${o.domain}` : `${v.kind}|${o.domain}|${o.code}|${canonicalName(o.printed)}`;
      const g = groups.get(k) ?? { o, v, wheres: [], places: [], codes: [] };
      if (!g.wheres.includes(o.where)) g.wheres.push(o.where);
      if (!g.codes.includes(o.code)) g.codes.push(o.code);
      g.places.push(o.place);
      groups.set(k, g);
    }
    for (const [k, g] of ok) {
      const [domain, where] = k.split("|");
      ctx.report({ outcome: "pass", messageId: "namesOk", data: { where, count: g.count, year, list: LIST[domain as CodeDomain] }, places: g.places });
    }
    for (const g of groups.values()) {
      const { o, v } = g;
      const where = g.wheres.slice(0, 5).join("、") + (g.wheres.length > 5 ? ` 等 ${g.wheres.length} 处` : "");
      const base = { where, code: o.code, actual: o.printed, year, list: LIST[o.domain] };
      // Places point at the printed names (a narrative name's offsets in its paragraph, not the amount's).
      const report = (r: Parameters<RuleContext["report"]>[0]) => ctx.report({ ...r, places: g.places });
      switch (v.kind) {
        case "mismatch": {
          const note = [v.former ? `；“${o.printed}”是该编码在其他年度或其他文件中的名称` : "", v.exact ? "" : `；按相邻的 ${v.year} 年科目表核对`].join("");
          report({ outcome: "fail", messageId: "nameMismatch", data: { ...base, expected: v.expected, note: note ? `（${note.slice(1)}）` : "" }, expected: v.expected, actual: o.printed });
          break;
        }
        case "unknownCode":
          report({ outcome: "fail", messageId: "codeUnknown", data: base, actual: `${o.code} ${o.printed}` });
          break;
        case "unlisted":
          report({ outcome: "insufficient_data", messageId: "unlisted", data: { where, count: g.codes.length, year, list: LIST[o.domain], codes: g.codes.slice(0, 12).join("、") + (g.codes.length > 12 ? " 等" : "") } });
          break;
        case "unverified":
          report({ outcome: "insufficient_data", messageId: "unverified", data: { ...base, expected: v.expected } });
          break;
        case "conflict":
          report({ outcome: "insufficient_data", messageId: "conflict", data: { ...base, expected: v.expected } });
          break;
        case "farYear":
          report({ outcome: "insufficient_data", messageId: "farYear", data: { ...base, expected: v.expected, listYear: v.year } });
          break;
      }
    }
  },
});
