/**
 * `juesuan review`: one self-contained HTML file (no network, opens from disk) to look at a report's review —
 * a header (unit, year, layout family, counts), the findings with links to their places, the document (PDF pages
 * drawn by pdf.js from the embedded file; text, HTML and Word as text and grids) with a box over every fact and a
 * coloured box over every place a finding involves, and the typed tables with failing cells marked.
 */
import type { Report } from "../../model/report.js";
import type { Doc } from "../../model/document.js";
import type { FamilyMatch } from "../../layout/family.js";
import { allRules } from "../../validate/rules/index.js";
import { describeDeviation } from "../../layout/render.js";
import { VERSION } from "../../version.js";
import { CLIENT_CSS, CLIENT_JS } from "./assets.js";
import { renderDocumentHtml } from "./document.js";
import { renderFindingsHtml, GROUPS } from "./findings.js";
import { esc, scriptJson, scriptText, SEVERITY_ZH } from "./html.js";
import { collectMarks } from "./marks.js";
import { pdfViewerAssets } from "./pdf-viewer.js";
import { renderTypedTablesHtml } from "./tables.js";

export interface ReviewInput {
  report: Report;
  /** The document the report was read from (its blocks are what fact sources point into). */
  doc: Doc;
  /** The original file: a PDF is embedded and drawn in the page. */
  bytes?: Uint8Array;
  /** The layout family match, when known (`null`: no families to compare with). */
  layout?: FamilyMatch | null;
}

const descriptions = new Map(allRules.map((r) => [r.id, r.meta.description]));
const ruleDescription = (id: string) => descriptions.get(id);

function header(report: Report, layout: FamilyMatch | null | undefined): string {
  const s = report.summary;
  const title = `${report.unitName ?? report.source.file ?? "（未知单位）"} ${report.fiscalYear ?? ""} ${report.kind ?? ""}`.trim();
  const rules = new Set(report.findings.map((f) => f.ruleId)).size;
  const fam = layout === null || layout === undefined ? "未比对" : layout.family ? `${layout.family}（相似度 ${layout.score.toFixed(2)}${layout.deviations.length ? `，${layout.deviations.length} 处偏离` : "，无偏离"}）` : `不属于已知版式${layout.closest ? `（最接近 ${layout.closest}，${layout.score.toFixed(2)}）` : ""}`;
  const src = report.source;
  return `<header>
<h1>决算审核：${esc(title)}</h1>
<div class="meta"><span>文件 <b>${esc(src.file ?? "（标准输入）")}</b></span><span>格式 ${esc(src.format)}${src.pages ? `，${src.pages} 页` : ""}</span><span>版式 ${esc(fam)}</span><span title="${esc(src.sha256)}">sha256 ${esc(src.sha256.slice(0, 12))}…</span></div>
<div class="counts"><span class="chip c-error" data-count="error">${SEVERITY_ZH.error} ${s.errors}</span><span class="chip c-warning" data-count="warning">${SEVERITY_ZH.warning} ${s.warnings}</span><span class="chip c-info" data-count="info">${SEVERITY_ZH.info} ${s.infos}</span>
<span class="rules">规则 ${rules} 条，核对 ${report.findings.length} 项：通过 ${s.passed}，不适用 ${s.notApplicable}，数据不足 ${s.insufficientData}；事实 ${s.facts} 个${report.damaged ? "；<b class=\"dmg\">文件部分损坏</b>" : ""}</span></div>
</header>`;
}

function warningsHtml(report: Report, layout: FamilyMatch | null | undefined): string {
  const out: string[] = [];
  if (layout?.deviations.length) {
    out.push(`<h3>版式偏离（${esc(layout.family ?? layout.closest ?? "")}）</h3><ul>`);
    for (const d of layout.deviations) out.push(`<li>${esc(describeDeviation(d))}</li>`);
    out.push(`</ul>`);
  }
  out.push(`<h3>读取与结构提示（${report.warnings.length}）</h3>`);
  if (!report.warnings.length) out.push(`<p class="none">无。</p>`);
  else {
    out.push(`<ul>`);
    for (const w of report.warnings) out.push(`<li class="w-${w.severity}">[${esc(w.source)}] ${esc(w.message)}${w.block !== undefined ? ` <a href="#" class="blocklink" data-block="${w.block}">第 ${w.page ?? w.block + 1} ${w.page ? "页" : "段"}</a>` : ""}</li>`);
    out.push(`</ul>`);
  }
  return out.join("\n");
}

/** The data the page script needs: facts (for hover), finding places, and for a PDF the marks and block boxes. */
function clientData(report: Report, doc: Doc, marks: ReturnType<typeof collectMarks>) {
  const pdf = report.source.format === "pdf";
  return {
    format: report.source.format,
    facts: report.facts.map((f) => [f.concept, f.value, f.unit, f.dims, f.evidence, f.doubt ?? null]),
    findings: report.findings.map((f) => ({ rule: f.ruleId, sev: f.severity ?? null, places: f.places.map((p) => ({ block: p.block, page: p.page ?? null })) })),
    ...(pdf
      ? {
          marks: marks.map((m) => [m.block, m.cell ?? null, m.start, m.end, m.page ?? doc.blocks[m.block]?.loc.page ?? null, m.bbox ?? null, m.text, m.facts, m.places, m.sev]),
          blocks: doc.blocks.map((b) => [b.loc.page ?? null, b.loc.bbox ?? null, b.type === "table" ? "" : b.text]),
        }
      : {}),
  };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

export function renderReviewHtml(input: ReviewInput): string {
  const { report, doc, layout } = input;
  const marks = collectMarks(report);
  const pdf = report.source.format === "pdf" && input.bytes;
  const viewer = pdf ? pdfViewerAssets() : undefined;
  const title = `决算审核：${report.unitName ?? report.source.file ?? ""} ${report.fiscalYear ?? ""}`.trim();
  const counts = Object.fromEntries(GROUPS.map((g) => [g.key, report.findings.filter(g.test).length]));
  const parts: string[] = [
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="juesuan ${esc(VERSION)}"><title>${esc(title)}</title><style>${CLIENT_CSS}</style></head>`,
    `<body data-format="${esc(report.source.format)}" data-findings="${report.findings.length}" data-counts="${esc(JSON.stringify(counts))}">`,
    header(report, layout),
    `<main><section id="findings" class="pane"><h2>核对结果 <small>${report.findings.length} 项</small></h2>${renderFindingsHtml(report.findings, doc, ruleDescription)}</section>`,
    `<section id="right" class="pane"><nav class="tabs"><button data-tab="doc" class="on">原文</button><button data-tab="tables">决算表（${report.tables.length}）</button><button data-tab="notes">提示（${report.warnings.length + (layout?.deviations.length ?? 0)}）</button></nav>`,
    `<div id="tab-doc" class="tab on">${pdf ? `<div id="pages" class="pages"><p class="loading">正在绘制 PDF 页面…</p></div>` : `<article class="doc">${renderDocumentHtml(doc, marks)}</article>`}</div>`,
    `<div id="tab-tables" class="tab">${renderTypedTablesHtml(report.tables, marks)}</div>`,
    `<div id="tab-notes" class="tab">${warningsHtml(report, layout)}</div>`,
    `</section></main><div id="tip" hidden></div>`,
    `<script type="application/json" id="jz-data">${scriptJson(clientData(report, doc, marks))}</script>`,
  ];
  if (pdf && viewer) {
    parts.push(`<script type="application/octet-stream" id="jz-pdf">${base64(input.bytes!)}</script>`);
    parts.push(`<script type="text/plain" id="jz-pdfjs" data-version="${esc(viewer.version)}">${scriptText(viewer.lib)}</script>`);
    parts.push(`<script type="text/plain" id="jz-pdfjs-worker">${scriptText(viewer.worker)}</script>`);
    parts.push(`<script type="application/json" id="jz-cmaps">${scriptJson(viewer.cmaps)}</script>`);
  }
  parts.push(`<script>${scriptText(CLIENT_JS)}</script></body></html>\n`);
  return parts.join("\n");
}
