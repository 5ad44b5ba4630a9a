/**
 * The fact emitter of a form: what its readers found → perf.form.* / perf.indicator.* / perf.text.value facts
 * (each pointing at the printed cell) and the PerformanceForm record. Facts come in a fixed order: fund rows,
 * the execution line, indicators, total weight and score, goal texts.
 */
import type { Fact, SourceRef } from "../../model/fact.js";
import type { PerformanceForm } from "../../model/records.js";
import type { FCell, FRow } from "./grid.js";
import type { FundLine } from "./funds.js";
import type { Goal } from "./goal.js";
import type { FormHead } from "./head.js";
import type { IndicatorLine } from "./indicators.js";
import type { Totals } from "./totals.js";
import { factUnit, indicatorValue, textNumbers, type IndicatorValue } from "./values.js";

export const UNIT_PROJECT = "整体";

export interface FormReading {
  kind: "unit" | "project";
  title?: string;
  /** Block indexes the form was read from. */
  blocks: number[];
  head: FormHead;
  funds: FundLine[];
  goal: Goal;
  indicators: IndicatorLine[];
  totals: Totals;
}

const FUND_CONCEPT: Record<"initial" | "fullYear" | "executed", string> = {
  initial: "perf.form.budget.initial",
  fullYear: "perf.form.budget.full_year",
  executed: "perf.form.executed",
};
// the 预算执行率 line: weight / rate / score belong to the form (merged cells print them once)
const EXEC: Record<"weight" | "rate" | "score", [string, Fact["unit"]]> = {
  weight: ["perf.form.execution_weight", "分"],
  rate: ["perf.form.execution_rate", "%"],
  score: ["perf.form.execution_score", "分"],
};

export function emitForm(f: FormReading): { form: PerformanceForm; facts: Fact[] } {
  const facts: Fact[] = [];
  const name = f.kind === "unit" ? UNIT_PROJECT : (f.head.project ?? f.title ?? "未命名项目");
  const dimsP = { project: name };

  const src = (c: FCell, r: FRow): SourceRef => ({
    block: c.block,
    start: 0,
    end: c.text.length,
    ...(c.page ?? r.page ? { page: c.page ?? r.page } : {}),
    ...(r.line !== undefined ? { line: r.line } : {}),
    cell: [c.row, c.col],
    ...(c.bbox ? { bbox: c.bbox } : {}),
    text: c.text,
  });
  const push = (concept: string, value: string, unit: Fact["unit"], dims: Record<string, string>, c: FCell, r: FRow) =>
    facts.push({ concept, value, unit, dims, source: src(c, r), section: "performance", evidence: "table-cell" });
  /** Numbers with a unit inside free text (goal descriptions, deviation notes): perf.text.value. */
  const textFacts = (c: FCell, r: FRow, dims: Record<string, string>) => {
    textNumbers(c.text).forEach((t, i) => {
      const { unit, unitText } = factUnit(t.unitText);
      const d: Record<string, string> = { ...dims, n: String(i + 1), sentence: String(t.sentence + 1), label: t.label };
      if (unitText !== undefined) d.unit_text = unitText;
      facts.push({
        concept: "perf.text.value",
        value: t.value,
        unit,
        dims: d,
        source: { ...src(c, r), start: t.start, end: t.end, text: c.text.slice(t.start, t.end) },
        section: "performance",
        // the words before the number name what it is ("全年部门整体支出2497.29万元"); a bare number is context
        evidence: t.label.replace(/[\s，,。；;：:、]/g, "").length >= 2 ? "statement" : "context",
      });
    });
  };

  // fund rows
  const seenSource = new Map<string, number>();
  for (const fr of f.funds) {
    let dims: Record<string, string> = dimsP;
    if (!fr.total) {
      const n = (seenSource.get(fr.source) ?? 0) + 1;
      seenSource.set(fr.source, n);
      dims = { ...dimsP, source: n > 1 ? `${fr.source}#${n}` : fr.source };
    }
    for (const k of ["initial", "fullYear", "executed"] as const) {
      const c = fr.cells[k];
      if (fr[k] !== undefined && c) push(FUND_CONCEPT[k], fr[k] as string, "万元", dims, c, fr.r);
    }
  }
  const execution: { weight?: string; rate?: string; score?: string } = {};
  for (const k of ["weight", "rate", "score"] as const) {
    const printed = f.funds.filter((fr) => fr[k] !== undefined);
    const formLevel = printed.find((fr) => fr.total) ?? (printed.length === 1 ? printed[0] : undefined);
    for (const fr of printed) {
      const c = fr.cells[k] as FCell;
      const dims = fr === formLevel ? dimsP : { ...dimsP, source: fr.source };
      if (fr === formLevel) execution[k] = fr[k] as string;
      push(EXEC[k][0], fr[k] as string, EXEC[k][1], dims, c, fr.r);
    }
  }

  // indicators
  const seenInd = new Map<string, number>();
  for (const ind of f.indicators) {
    const n = (seenInd.get(ind.name) ?? 0) + 1;
    seenInd.set(ind.name, n);
    ind.key = n > 1 ? `${ind.name}#${n}` : ind.name;
    const dims = { ...dimsP, indicator: ind.key };
    if (ind.weight !== undefined && ind.cells.weight) push("perf.indicator.weight", ind.weight, "分", dims, ind.cells.weight, ind.r);
    if (ind.score !== undefined && ind.cells.score) push("perf.indicator.score", ind.score, "分", dims, ind.cells.score, ind.r);
    if (ind.completionRate !== undefined && ind.cells.rate)
      push("perf.indicator.completion_rate", ind.completionRate, "%", dims, ind.cells.rate, ind.r);
    const pv = ind.prior !== undefined ? indicatorValue(ind.prior) : null;
    const fallbackUnit = ind.tv?.unitText || ind.av?.unitText || "";
    const vals: [string, IndicatorValue | undefined | null, FCell | undefined][] = [
      ["perf.indicator.target", ind.tv, ind.cells.target],
      ["perf.indicator.actual", ind.av, ind.cells.actual],
      ["perf.indicator.prior", pv, ind.cells.prior],
    ];
    for (const [concept, v, c] of vals) {
      if (!v || !c) continue;
      const ut = v.unitText || fallbackUnit;
      const { unit, unitText } = factUnit(ut);
      const d: Record<string, string> = { ...dims };
      if (v.op) d.op = v.op;
      if (unitText !== undefined) d.unit_text = unitText;
      push(concept, v.value, unit, d, c, ind.r);
    }
    if (ind.deviation && ind.cells.deviation) textFacts(ind.cells.deviation, ind.r, { ...dims, part: "偏差说明" });
  }
  const { totalWeight, totalScore, grade } = f.totals;
  if (totalWeight) push("perf.form.total_weight", totalWeight.v, "分", dimsP, totalWeight.cell, totalWeight.r);
  if (totalScore) push("perf.form.total_score", totalScore.v, "分", dimsP, totalScore.cell, totalScore.r);
  for (const g of f.goal.cells) textFacts(g.cell, g.r, { ...dimsP, part: g.part });

  const { unit, department, implementer } = f.head;
  const form: PerformanceForm = {
    kind: f.kind,
    project: name,
    block: f.blocks[0],
    funds: f.funds.map(({ cells: _c, label: _l, r: _r, ...x }) => x),
    indicators: f.indicators.map(({ cells: _c, r: _r, tv: _t, av: _a, ...i }) => i),
    ...(totalScore ? { totalScore: totalScore.v } : {}),
    ...(grade ? { grade } : {}),
    ...(f.title ? { title: f.title } : {}),
    ...(unit ? { unit } : {}),
    ...(department ? { department } : {}),
    ...(implementer ? { implementer } : {}),
    ...(Object.keys(execution).length ? { execution } : {}),
    ...(totalWeight ? { totalWeight: totalWeight.v } : {}),
    ...(f.goal.goal ? { goal: f.goal.goal } : {}),
    blocks: f.blocks,
  };
  return { form, facts };
}
