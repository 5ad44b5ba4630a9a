/** The index page of a folder of reviews: a row per report (unit, year, family, counts, link), sortable by any column. */
import { VERSION } from "../../version.js";
import { INDEX_JS, CLIENT_CSS } from "./assets.js";
import { esc, scriptText } from "./html.js";

export interface IndexRow {
  file: string;
  /** Relative link to the review, when one was written. */
  href?: string;
  unit?: string;
  year?: number;
  kind?: string;
  family?: string;
  errors?: number;
  warnings?: number;
  infos?: number;
  deviations?: number;
  facts?: number;
  /** Why there is no review. */
  failure?: { code: string; message: string };
}

const num = (n: number | undefined) => (n === undefined ? `<td class="num" data-sort=""></td>` : `<td class="num">${n}</td>`);

export function renderIndexHtml(rows: IndexRow[], title = "决算审核一览"): string {
  const ok = rows.filter((r) => !r.failure).length;
  const body = rows
    .map(
      (r) =>
        `<tr class="${r.failure ? "failed" : r.errors ? "has-errors" : ""}"><td>${r.href ? `<a href="${esc(encodeURI(r.href))}">${esc(r.unit ?? r.file)}</a>` : esc(r.unit ?? "")}</td>` +
        `<td class="num">${esc(r.year ?? "")}</td><td>${esc(r.kind ?? "")}</td><td>${esc(r.family ?? (r.failure ? "" : "（无）"))}</td>` +
        num(r.errors) + num(r.warnings) + num(r.deviations) + num(r.facts) +
        `<td class="file">${esc(r.file)}${r.failure ? `<div class="error">${esc(r.failure.message)} [${esc(r.failure.code)}]</div>` : ""}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="generator" content="juesuan ${esc(VERSION)}"><title>${esc(title)}</title><style>${CLIENT_CSS}
body { display: block; padding: 12px 16px; } th { cursor: pointer; user-select: none; white-space: nowrap; } th[data-dir="asc"]::after { content: " ▲"; } th[data-dir="desc"]::after { content: " ▼"; }
tr.has-errors td:first-child { border-left: 4px solid var(--err); } tr.failed { color: #57606a; } td.file { font-size: 12px; color: #57606a; }</style></head>
<body><h1>${esc(title)}</h1><p>${rows.length} 份文件，${ok} 份有审核页；点击表头排序。</p>
<table class="grid" id="reports"><thead><tr><th>单位</th><th>年度</th><th>类型</th><th>版式</th><th>错误</th><th>警告</th><th>版式偏离</th><th>事实</th><th>文件</th></tr></thead>
<tbody>
${body}
</tbody></table>
<script>${scriptText(INDEX_JS)}</script></body></html>
`;
}
