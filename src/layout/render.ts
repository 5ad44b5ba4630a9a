/** Human-readable text for layout matches and deviations (Chinese, one line per deviation). */
import type { Deviation } from "./compare.js";
import type { FamilyMatch } from "./family.js";

export function describeDeviation(d: Deviation): string {
  const e = d.expected ?? "";
  const f = d.found ?? "";
  switch (d.kind) {
    case "missing-section":
      return `缺少章节：${d.what}`;
    case "extra-section":
      return `多出章节：${d.what}`;
    case "renamed-section":
      return `章节改名：「${e}」→「${f}」（${d.what}）`;
    case "reordered-section":
      return `章节顺序变化：${d.what}：应${e}，实际${f}`;
    case "moved-section":
      return `章节移动：「${d.what}」应在 ${e} 下，实际在 ${f} 下`;
    case "missing-table":
      return `缺少表：${d.what}`;
    case "extra-table":
      return `多出表：${d.what}`;
    case "renamed-table":
      return `表名变化：${d.what}：「${e}」→「${f}」`;
    case "changed-header":
      return e && f ? `表头变化：${d.what}：${e} → ${f}` : e ? `表头缺少列：${d.what}：${e}` : `表头多出列：${d.what}：${f}`;
    case "different-unit":
      return `金额单位不同：${d.what}：应为 ${e}，实际 ${f}`;
    case "missing-form":
      return `缺少绩效自评表：${d.what}`;
    case "extra-form":
      return `多出绩效自评表：${d.what}`;
  }
}

export function renderMatch(file: string, m: FamilyMatch): string {
  const lines: string[] = [];
  if (m.family) {
    lines.push(`${file}: ${m.family}（相似度 ${m.score.toFixed(2)}）${m.deviations.length ? `，${m.deviations.length} 处偏离` : "，无偏离"}`);
    for (const d of m.deviations) lines.push(`  - ${describeDeviation(d)}`);
  } else {
    lines.push(`${file}: 不属于任何已知版式${m.closest ? `（最接近 ${m.closest}，相似度 ${m.score.toFixed(2)}）` : ""}`);
  }
  return lines.join("\n") + "\n";
}
