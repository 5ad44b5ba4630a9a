/** The typed tables (T1–T9 and the family's others) as grids; a cell that a failing finding involves is marked. */
import type { TypedTable } from "../../model/table.js";
import { esc } from "./html.js";
import type { Mark, MarkSeverity } from "./marks.js";

const RANK: Record<MarkSeverity, number> = { none: 0, info: 1, warning: 2, error: 3 };
const SIDE_ZH: Record<string, string> = { income: "收入", expenditure: "支出", left: "左", right: "右" };
const ROLE_ZH: Record<string, string> = { total: "合计", subtotal: "小计", detail: "" };

export function renderTypedTablesHtml(tables: TypedTable[], marks: Mark[]): string {
  const at = new Map<string, Mark>();
  for (const m of marks) if (m.cell) at.set(`${m.block}|${m.cell[0]},${m.cell[1]}`, m);
  if (!tables.length) return `<p class="none">没有识别出决算表。</p>`;
  const out: string[] = [];
  out.push(`<nav class="tindex">${tables.map((t, i) => `<a href="#tt${i}">${esc(t.id === "generic" ? t.title : t.id)}</a>`).join(" ")}</nav>`);
  tables.forEach((t, ti) => {
    const sided = t.rows.some((r) => r.side);
    out.push(`<section class="ttable" id="tt${ti}"><h3>${esc(t.id === "generic" ? "" : t.id + " ")}${esc(t.title)}${t.unit ? `<small>（单位：${esc(t.unit)}）</small>` : ""}${t.empty ? `<small>（报告称本表无数据）</small>` : ""}</h3>`);
    out.push(`<table class="grid typed"><thead><tr>${sided ? "<th>栏</th>" : ""}<th>代码</th><th>名称</th>${t.columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>`);
    for (const r of t.rows) {
      const cells = t.columns.map((c) => {
        const v = r.values[c];
        if (!v) return `<td class="missing"></td>`;
        const block = v.block ?? t.block;
        const m = at.get(`${block}|${v.cell[0]},${v.cell[1]}`);
        let sev: MarkSeverity = "none";
        if (m && RANK[m.sev] > RANK[sev]) sev = m.sev;
        const cls = [v.state === "number" || v.state === "blank" ? "num" : "", sev !== "none" ? `m-${sev}` : "", m?.facts.length ? "f" : ""].filter(Boolean).join(" ");
        return `<td${cls ? ` class="${cls}"` : ""} data-src="${block}-${v.cell[0]}-${v.cell[1]}"${m?.facts.length ? ` data-f="${m.facts.join(" ")}"` : ""}>${esc(v.text)}</td>`;
      });
      const role = ROLE_ZH[r.role] ?? "";
      out.push(`<tr class="role-${r.role}">${sided ? `<td>${esc(r.side ? SIDE_ZH[r.side] ?? r.side : "")}</td>` : ""}<td class="code">${esc(r.code ?? "")}</td><td class="name">${esc(r.name)}${role && !r.name.includes(role) ? ` <small>${role}</small>` : ""}</td>${cells.join("")}</tr>`);
    }
    out.push(`</tbody></table></section>`);
  });
  return out.join("\n");
}
