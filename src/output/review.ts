/** The readable review report: findings grouped by severity, each with where, expected, found, rule. */
import type { Report } from "../model/report.js";
import type { Finding } from "../model/finding.js";
import { whereText } from "../shared/place.js";

function where(f: Finding): string {
  const p = f.places[0];
  if (!p) return "";
  const cell = p.cell ? `（表中第 ${p.cell[0] + 1} 行第 ${p.cell[1] + 1} 列）` : "";
  return `${whereText(p)}${cell} “${p.text}”`;
}

const SEV_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示", pass: "通过", fail: "不通过", not_applicable: "不适用", insufficient_data: "数据不足" };

/** Display width of a label (CJK counts two columns), for aligning the text review. */
const width = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

export interface TextReviewOptions {
  /** Also list clean passes and outcomes without severity. */
  all?: boolean;
  /** Errors only: no warnings, infos or reading notes. */
  quiet?: boolean;
}

export function summaryLine(report: Report): string {
  const s = report.summary;
  return `${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示；${s.passed} 项核对通过，${s.notApplicable} 项不适用，${s.insufficientData} 项数据不足；共 ${s.facts} 个事实`;
}

export function renderFindingsText(report: Report, opts: TextReviewOptions = {}): string {
  const out: string[] = [];
  const name = report.source.file === "-" ? "（标准输入）" : (report.source.file ?? "（输入）");
  out.push(`${name}: ${report.unitName ?? "?"} ${report.fiscalYear ?? ""} ${report.kind ?? ""}`.trim());
  const order = { error: 0, warning: 1, info: 2 } as const;
  const shown = report.findings
    .filter((f) => (opts.quiet ? f.severity === "error" : opts.all || f.severity !== undefined))
    .sort((a, b) => (order[a.severity ?? "info"] ?? 3) - (order[b.severity ?? "info"] ?? 3));
  for (const f of shown) {
    const sev = SEV_ZH[f.severity ?? f.outcome] ?? f.outcome;
    out.push(`  ${pad(sev, 8)} ${f.ruleId.padEnd(28)} ${f.message}`);
    const w = where(f);
    if (w) out.push(`           位置：${w}`);
  }
  out.push(summaryLine(report));
  if (!opts.quiet) for (const w of report.warnings.slice(0, 20)) out.push(`  注意：[${w.source}] ${w.message}`);
  return out.join("\n") + "\n";
}

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The review report as Markdown: a summary, then one table per severity with where / expected / found / rule. */
export function renderFindingsMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [
    `# 决算审核报告：${report.unitName ?? report.source.file ?? ""} ${report.fiscalYear ?? ""} ${report.kind ?? ""}`.trim(),
    "",
    `- 文件：${report.source.file ?? "(input)"}（${report.source.format}，sha256 ${report.source.sha256.slice(0, 12)}…${report.source.pages ? `，${report.source.pages} 页` : ""}）`,
    `- 结果：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示；${s.passed} 项核对通过，${s.notApplicable} 项不适用，${s.insufficientData} 项数据不足；共 ${s.facts} 个事实`,
    "",
  ];
  const groups: [string, string][] = [["error", "错误"], ["warning", "警告"], ["info", "提示（取整差异等）"]];
  for (const [sev, title] of groups) {
    const fs = report.findings.filter((f) => f.severity === sev);
    if (!fs.length) continue;
    out.push(`## ${title}（${fs.length}）`, "", "| 位置 | 规则 | 说明 | 应为 | 实为 |", "|---|---|---|---|---|");
    for (const f of fs) out.push(`| ${esc(where(f))} | ${f.ruleId} | ${esc(f.message)} | ${f.expected ?? ""} | ${f.actual ?? ""} |`);
    out.push("");
  }
  const insufficient = report.findings.filter((f) => f.outcome === "insufficient_data");
  if (insufficient.length) {
    out.push(`## 无法核对（${insufficient.length}）`, "");
    for (const f of insufficient) out.push(`- ${f.ruleId}：${f.message}`);
    out.push("");
  }
  if (report.warnings.length) {
    out.push("## 读取与结构提示", "");
    for (const w of report.warnings) out.push(`- [${w.source}] ${w.message}`);
    out.push("");
  }
  return out.join("\n");
}
