/** The readable review report: findings grouped by severity, each with where, expected, found, rule. */
import type { Report } from "../model/report.js";
import type { Finding } from "../model/finding.js";

function where(f: Finding): string {
  const p = f.places[0];
  if (!p) return "";
  const pos = p.page ? `p.${p.page} ` : p.line ? `line ${p.line} ` : "";
  return `${pos}block ${p.block}${p.cell ? ` cell ${p.cell[0]},${p.cell[1]}` : ""} “${p.text}”`;
}

export function renderFindingsText(report: Report, opts: { all?: boolean } = {}): string {
  const out: string[] = [];
  const name = report.source.file ?? "(input)";
  out.push(`${name}: ${report.unitName ?? "?"} ${report.fiscalYear ?? ""} ${report.kind ?? ""}`.trim());
  const order = { error: 0, warning: 1, info: 2 } as const;
  const shown = report.findings
    .filter((f) => opts.all || (f.severity !== undefined))
    .sort((a, b) => (order[a.severity ?? "info"] ?? 3) - (order[b.severity ?? "info"] ?? 3));
  for (const f of shown) {
    const sev = f.severity ?? f.outcome;
    out.push(`  ${sev.padEnd(7)} ${f.ruleId.padEnd(28)} ${f.message}`);
    const w = where(f);
    if (w) out.push(`          at ${w}`);
  }
  const s = report.summary;
  out.push(
    `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; ${s.passed} checks passed, ${s.notApplicable} not applicable, ${s.insufficientData} insufficient data; ${s.facts} facts`,
  );
  for (const w of report.warnings.slice(0, 20)) out.push(`  note: [${w.source}] ${w.message}`);
  return out.join("\n") + "\n";
}
