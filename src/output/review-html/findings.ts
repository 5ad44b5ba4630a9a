/** The findings list: grouped by severity (then outcome) and rule, each with expected vs found and a link to every place. */
import type { Finding } from "../../model/finding.js";
import type { SourceRef } from "../../model/fact.js";
import type { Doc } from "../../model/document.js";
import { esc, OUTCOME_ZH, SEVERITY_ZH } from "./html.js";
import { placeId } from "./marks.js";

export interface FindingGroup {
  key: string;
  title: string;
  open: boolean;
  test: (f: Finding) => boolean;
}

/** Every finding falls in exactly one group, so the page shows as many findings as the JSON has. */
export const GROUPS: FindingGroup[] = [
  { key: "error", title: "错误", open: true, test: (f) => f.severity === "error" },
  { key: "warning", title: "警告", open: true, test: (f) => f.severity === "warning" },
  { key: "info", title: "提示（取整差异等）", open: true, test: (f) => f.severity === "info" },
  { key: "insufficient", title: "无法核对（数据不足）", open: false, test: (f) => !f.severity && f.outcome === "insufficient_data" },
  { key: "na", title: "不适用", open: false, test: (f) => !f.severity && f.outcome === "not_applicable" },
  { key: "fail", title: "不通过", open: true, test: (f) => !f.severity && f.outcome === "fail" },
  { key: "pass", title: "通过", open: false, test: (f) => !f.severity && f.outcome === "pass" },
];

/** "第 21 页第 3 行" / "第 12 行", the table cell, and the text as printed. */
export function placeLabel(p: SourceRef, doc?: Doc): string {
  const b = doc?.blocks[p.block];
  const page = p.page ?? b?.loc.page;
  const line = p.line ?? b?.loc.line;
  const where = page && line && !p.cell ? `第 ${page} 页第 ${line} 行` : page ? `第 ${page} 页` : line ? `第 ${line} 行` : `第 ${p.block + 1} 段`;
  const cell = p.cell ? ` 表格第 ${p.cell[0] + 1} 行第 ${p.cell[1] + 1} 列` : "";
  const text = p.text ? ` “${p.text.length > 24 ? p.text.slice(0, 24) + "…" : p.text}”` : p.cell ? " （空白）" : "";
  return `${where}${cell}${text}`;
}

function renderFinding(f: Finding, i: number, doc: Doc | undefined, ruleDescription: (id: string) => string | undefined): string {
  const sev = f.severity ?? "none";
  const badge = f.severity ? SEVERITY_ZH[f.severity] : OUTCOME_ZH[f.outcome];
  const ev: string[] = [];
  const unit = f.unit ? ` ${esc(f.unit)}` : "";
  if (f.expected !== undefined) ev.push(`应为 <b class="exp">${esc(f.expected)}</b>${unit}`);
  if (f.actual !== undefined) ev.push(`实为 <b class="act">${esc(f.actual)}</b>${unit}`);
  if (f.tolerance !== undefined) ev.push(`容差 ±${esc(f.tolerance)}`);
  const places = f.places.map((p, k) => `<a href="#" class="place" data-goto="${placeId(i, k)}">${esc(placeLabel(p, doc))}</a>`).join("");
  const desc = ruleDescription(f.ruleId);
  return (
    `<div class="finding sev-${sev}" id="f${i}" data-i="${i}" data-rule="${esc(f.ruleId)}" data-outcome="${f.outcome}" tabindex="0">` +
    `<div class="fh"><span class="badge">${badge}</span> <code class="rule"${desc ? ` title="${esc(desc)}"` : ""}>${esc(f.ruleId)}</code></div>` +
    `<div class="msg">${esc(f.message)}</div>` +
    (ev.length ? `<div class="ev">${ev.join("，")}</div>` : "") +
    (places ? `<div class="places">${places}</div>` : "") +
    `</div>`
  );
}

export function renderFindingsHtml(findings: Finding[], doc: Doc | undefined, ruleDescription: (id: string) => string | undefined): string {
  const out: string[] = [];
  for (const g of GROUPS) {
    const idx = findings.map((f, i) => [f, i] as const).filter(([f]) => g.test(f));
    if (!idx.length) continue;
    const rules = new Map<string, (readonly [Finding, number])[]>();
    for (const x of idx) {
      const list = rules.get(x[0].ruleId);
      if (list) list.push(x);
      else rules.set(x[0].ruleId, [x]);
    }
    out.push(`<details class="group g-${g.key}" data-group="${g.key}"${g.open ? " open" : ""}><summary>${esc(g.title)} <span class="count">${idx.length}</span></summary>`);
    for (const [rule, xs] of rules) {
      const desc = ruleDescription(rule);
      out.push(`<div class="rulegroup"><div class="rg"><code>${esc(rule)}</code>${desc ? ` <span class="desc">${esc(desc)}</span>` : ""} <span class="count">${xs.length}</span></div>`);
      for (const [f, i] of xs) out.push(renderFinding(f, i, doc, ruleDescription));
      out.push(`</div>`);
    }
    out.push(`</details>`);
  }
  if (!findings.length) out.push(`<p class="none">没有核对结果。</p>`);
  return out.join("\n");
}
