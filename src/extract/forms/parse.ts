/**
 * One performance self-evaluation form (rows already joined across blocks) → a PerformanceForm record
 * and its facts. Columns are found by header text, never by position, so the same code reads the
 * plain-text shape (rowspans as leading blanks) and the HTML/DOCX/PDF grids (spans as `spanOf` copies).
 */
import type { Fact, SourceRef } from "../../model/fact.js";
import type { FundRow, Indicator, PerformanceForm } from "../../model/records.js";
import { isDash, printedCells, squash, type FCell, type FRow } from "./grid.js";
import { cellNumber, factUnit, indicatorValue, percentCell, pointsCell, textNumbers, type IndicatorValue } from "./values.js";

export const UNIT_PROJECT = "整体";

type FundKey = "initial" | "fullYear" | "executed" | "weight" | "rate" | "score";
type IndKey =
  | "level1" | "level2" | "name" | "nature" | "unit" | "target" | "actual" | "weight" | "score"
  | "rate" | "deviation" | "prior";

export function fundKey(t: string): FundKey | undefined {
  // the block's own label ("项目资金（万元）", "预算执行情况", "资金来源") is not a value column
  if (/情况$|资金|来源/.test(t)) return undefined;
  if (/执行率/.test(t)) return "rate";
  if (/得分/.test(t) && !/方法|规则|计算|说明/.test(t)) return "score";
  if (/分值|权重/.test(t)) return "weight";
  if (/年初/.test(t)) return "initial";
  if (/执行数|实际执行|全年执行|执行金额|决算数|支出数/.test(t)) return "executed";
  if (/预算/.test(t)) return "fullYear";
  return undefined;
}

function indKey(t: string): IndKey | "skip" | undefined {
  if (/一级/.test(t)) return "level1";
  if (/二级/.test(t)) return "level2";
  if (/三级|指标名称|^指标$/.test(t)) return "name";
  if (/性质/.test(t)) return "nature";
  if (/度量单位|计量单位|^单位$/.test(t)) return "unit";
  if (/偏差|原因|改进/.test(t)) return "deviation";
  if (/上年/.test(t)) return "prior";
  if (/完成率|完成比例|完成程度/.test(t)) return "rate";
  if (/得分/.test(t) && !/方法|规则|计算/.test(t)) return "score";
  if (/分值|权重/.test(t)) return "weight";
  if (/依据|规则|佐证|方法|说明|资料|备注/.test(t)) return "skip";
  if (/实际|业绩|完成值|完成情况/.test(t)) return "actual";
  if (/指标值|目标值|目标|预期/.test(t)) return "target";
  return undefined;
}

function mapColumns<K extends string>(row: FRow, key: (t: string) => K | "skip" | undefined): Map<K, number> {
  const m = new Map<K, number>();
  for (const c of printedCells(row)) {
    const k = key(squash(c.text));
    if (k && k !== "skip" && !m.has(k)) m.set(k, c.col);
  }
  return m;
}

/** A short printed cell matching `re` (headers and labels are short; goal texts are not). */
const has = (row: FRow, re: RegExp) =>
  printedCells(row).some((c) => {
    const t = squash(c.text);
    return t.length <= 16 && re.test(t);
  });

const isFundHeader = (row: FRow) =>
  has(row, /年初预算|预算数/) && has(row, /执行数|执行率|实际执行|全年执行/);
const isIndicatorHeader = (row: FRow) => has(row, /^一级指标$|^三级指标$|^指标名称$/) && has(row, /二级指标|三级指标|指标值|目标值|分值|权重/);
const isGoalRow = (row: FRow) => has(row, /^(年度)?总体目标$|^年度目标$|^预期目标$/);
const isTotalRow = (row: FRow) => {
  const first = printedCells(row)[0];
  return first !== undefined && /^(总分|合计|总计|自评总分|综合得分)$/.test(squash(first.text));
};
/** 总分 (never a fund row's label, unlike 合计). */
const isScoreTotalRow = (row: FRow) => {
  const first = printedCells(row)[0];
  return first !== undefined && /^(总分|自评总分|综合得分)$/.test(squash(first.text));
};
const isGradeRow = (row: FRow) => has(row, /^(自评|评价)?等级$|^评价结论$|^自评结果$/);

const TOTAL_FUND = /年度资金总额|资金总额|^合计$|^总计$|^总额$|^小计$/;

export interface ParsedForm {
  form: PerformanceForm;
  facts: Fact[];
}

export function parseForm(rows: FRow[], kind: "unit" | "project", title: string | undefined, blocks: number[]): ParsedForm {
  const facts: Fact[] = [];
  let project: string | undefined;
  let unit: string | undefined;
  let department: string | undefined;
  let implementer: string | undefined;
  const funds: (FundRow & { cells: Partial<Record<FundKey, FCell>>; label: FCell; r: FRow })[] = [];
  const indicators: (Indicator & { cells: Partial<Record<IndKey, FCell>>; r: FRow; tv?: IndicatorValue; av?: IndicatorValue })[] = [];
  const goalCells: { part: string; cell: FCell; r: FRow }[] = [];
  let totalWeight: { v: string; cell: FCell; r: FRow } | undefined;
  let totalScore: { v: string; cell: FCell; r: FRow } | undefined;
  let grade: string | undefined;
  let goal: { planned?: string; achieved?: string } | undefined;

  let state: "head" | "funds" | "goal" | "indicators" | "after" = "head";
  let fundCols = new Map<FundKey, number>();
  let indCols = new Map<IndKey, number>();
  let goalCols: { col: number; part: string }[] = [];
  let carry: { level1?: string; level2?: string } = {};
  let rowNo = 0;

  const at = (row: FRow, col: number | undefined): FCell | undefined =>
    col === undefined ? undefined : row.cells.find((c) => c.col === col);

  for (const row of rows) {
    rowNo++;
    const cells = printedCells(row);
    if (cells.length === 0) continue;
    const texts = cells.map((c) => squash(c.text));

    // label/value pairs of the head (项目名称, 主管部门, 实施单位, 单位名称)
    if (state === "head" || state === "funds") {
      let matched = false;
      cells.forEach((c, i) => {
        const t = texts[i];
        const next = cells[i + 1];
        if (!next) return;
        const v = squash(next.text);
        if (/^项目名称$/.test(t)) (project = v), (matched = true);
        else if (/^(单位|部门|预算单位|部门\(单位\)|部门（单位）)名称$/.test(t)) (unit = v), (matched = true);
        else if (/^主管部门$/.test(t)) (department = v), (matched = true);
        else if (/^实施单位$/.test(t)) (implementer = v), (matched = true);
      });
      if (matched) continue;
    }
    if (isIndicatorHeader(row)) {
      indCols = mapColumns(row, indKey);
      state = "indicators";
      continue;
    }
    if (isFundHeader(row)) {
      fundCols = mapColumns(row, fundKey);
      state = "funds";
      continue;
    }
    if (isGoalRow(row)) {
      state = "goal";
      goalCols = cells
        .filter((c) => /预期目标|实际完成|完成情况/.test(squash(c.text)))
        .map((c) => ({ col: c.col, part: /预期/.test(squash(c.text)) ? "预期目标" : "实际完成情况" }));
      // a one-cell goal ("年度总体目标 | text") printed on the label row itself
      const text = cells.find((c) => !/目标|完成情况/.test(squash(c.text)) && squash(c.text).length > 8);
      if (text && goalCols.length === 0) {
        goalCells.push({ part: "预期目标", cell: text, r: row });
        goal = { ...goal, planned: text.text.trim() };
      }
      continue;
    }
    // a 总分 row ends the form whatever came before it (a text dump may give the fund block and the 总分 row only)
    if ((state === "indicators" || state === "after" || (state !== "head" && isScoreTotalRow(row))) && isTotalRow(row)) {
      const nums = cells.slice(1).map((c) => ({ c, n: pointsCell(c.text) })).filter((x) => x.n) as { c: FCell; n: { value: string } }[];
      const byCol = (k: IndKey) => nums.find((x) => x.c.col === indCols.get(k));
      const w = byCol("weight") ?? (nums.length >= 2 ? nums[0] : undefined);
      const s = byCol("score") ?? (nums.length >= 1 && nums[nums.length - 1] !== w ? nums[nums.length - 1] : undefined);
      if (w) totalWeight = { v: w.n.value, cell: w.c, r: row };
      if (s) totalScore = { v: s.n.value, cell: s.c, r: row };
      state = "after";
      const g = cells.findIndex((c) => /等级/.test(squash(c.text)));
      if (g >= 0 && cells[g + 1]) grade = squash(cells[g + 1].text);
      continue;
    }
    if ((state === "indicators" || state === "after") && isGradeRow(row)) {
      const g = cells.findIndex((c) => /等级|结论|结果/.test(squash(c.text)));
      if (cells[g + 1]) grade = squash(cells[g + 1].text);
      continue;
    }

    if (state === "funds") {
      const firstValueCol = Math.min(...fundCols.values());
      const labelCell = [...row.cells]
        .reverse()
        .find((c) => c.col < firstValueCol && !c.coveredFromAbove && !c.covered && squash(c.text) !== "");
      if (!labelCell) continue;
      const label = squash(labelCell.text).replace(/^其中[:：]?/, "");
      if (/资金（万元）|资金\(万元\)|^资金来源$/.test(label)) continue;
      const fr: (typeof funds)[number] = { source: label, row: rowNo, cells: {}, label: labelCell, r: row };
      if (TOTAL_FUND.test(label)) fr.total = true;
      for (const [k, col] of fundCols) {
        const c = at(row, col);
        if (!c || c.covered || isDash(c.text)) continue;
        const n = k === "rate" ? percentCell(c.text) : k === "weight" || k === "score" ? pointsCell(c.text) : cellNumber(c.text);
        if (!n) continue;
        fr[k] = n.value;
        fr.cells[k] = c;
      }
      funds.push(fr);
      continue;
    }
    if (state === "goal") {
      for (const g of goalCols) {
        const c = at(row, g.col);
        if (!c || c.covered || squash(c.text) === "") continue;
        goalCells.push({ part: g.part, cell: c, r: row });
        goal = { ...goal, [g.part === "预期目标" ? "planned" : "achieved"]: c.text.trim() };
      }
      continue;
    }
    if (state === "indicators") {
      const cellOf = (k: IndKey) => at(row, indCols.get(k));
      const nameCell = cellOf("name");
      if (!nameCell || nameCell.covered || squash(nameCell.text) === "") continue;
      const textOf = (k: IndKey) => {
        const c = cellOf(k);
        return c && squash(c.text) !== "" ? c.text.trim() : undefined;
      };
      const l1 = textOf("level1");
      const l2 = textOf("level2");
      if (l1) carry = { level1: squash(l1) };
      if (l2) carry.level2 = squash(l2);
      const ind: (typeof indicators)[number] = { name: squash(nameCell.text), row: rowNo, cells: {}, r: row };
      if (carry.level1) ind.level1 = carry.level1;
      if (carry.level2) ind.level2 = carry.level2;
      for (const k of ["nature", "unit", "target", "actual", "prior", "deviation"] as const) {
        const t = textOf(k);
        if (t !== undefined) ind[k] = t;
        const c = cellOf(k);
        if (c && !c.covered) ind.cells[k] = c;
      }
      for (const k of ["weight", "score"] as const) {
        const c = cellOf(k);
        if (!c || c.covered) continue;
        const n = pointsCell(c.text);
        if (n) (ind[k] = n.value), (ind.cells[k] = c);
      }
      const rc = cellOf("rate");
      const rn = rc && !rc.covered ? percentCell(rc.text) : null;
      if (rc && rn) (ind.completionRate = rn.value), (ind.cells.rate = rc);
      // Yunnan/Sichuan: operator in 指标性质, unit in 度量单位
      const opOf = (s?: string) => (s && /^[<>=≥≤＞＜＝]+$/.test(squash(s)) ? squash(s) : undefined);
      const withCols = (v: IndicatorValue | null): IndicatorValue | undefined => {
        if (!v) return undefined;
        const op = v.op ?? normOp(opOf(ind.nature));
        const unitText = v.unitText || (ind.unit ? squash(ind.unit) : "");
        return { ...v, ...(op ? { op } : {}), unitText };
      };
      ind.tv = withCols(ind.target !== undefined ? indicatorValue(ind.target) : null);
      ind.av = withCols(ind.actual !== undefined ? indicatorValue(ind.actual) : null);
      if (ind.tv?.op) ind.op = ind.tv.op;
      indicators.push(ind);
      continue;
    }
  }

  const name = kind === "unit" ? UNIT_PROJECT : (project ?? title ?? "未命名项目");
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

  // fund rows
  const FUND_CONCEPT: Record<"initial" | "fullYear" | "executed", string> = {
    initial: "perf.form.budget.initial",
    fullYear: "perf.form.budget.full_year",
    executed: "perf.form.executed",
  };
  const seenSource = new Map<string, number>();
  for (const f of funds) {
    let dims: Record<string, string> = dimsP;
    if (!f.total) {
      const n = (seenSource.get(f.source) ?? 0) + 1;
      seenSource.set(f.source, n);
      dims = { ...dimsP, source: n > 1 ? `${f.source}#${n}` : f.source };
    }
    for (const k of ["initial", "fullYear", "executed"] as const) {
      const c = f.cells[k];
      if (f[k] !== undefined && c) push(FUND_CONCEPT[k], f[k] as string, "万元", dims, c, f.r);
    }
  }
  // the 预算执行率 line: weight / rate / score belong to the form (merged cells print them once)
  const execution: { weight?: string; rate?: string; score?: string } = {};
  const EXEC: Record<"weight" | "rate" | "score", [string, Fact["unit"]]> = {
    weight: ["perf.form.execution_weight", "分"],
    rate: ["perf.form.execution_rate", "%"],
    score: ["perf.form.execution_score", "分"],
  };
  for (const k of ["weight", "rate", "score"] as const) {
    const printed = funds.filter((f) => f[k] !== undefined);
    const formLevel = printed.find((f) => f.total) ?? (printed.length === 1 ? printed[0] : undefined);
    for (const f of printed) {
      const c = f.cells[k] as FCell;
      const dims = f === formLevel ? dimsP : { ...dimsP, source: f.source };
      if (f === formLevel) execution[k] = f[k] as string;
      push(EXEC[k][0], f[k] as string, EXEC[k][1], dims, c, f.r);
    }
  }

  // indicators
  const seenInd = new Map<string, number>();
  for (const ind of indicators) {
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
    if (ind.deviation && ind.cells.deviation) {
      textFacts(ind.cells.deviation, ind.r, { ...dims, part: "偏差说明" });
    }
  }
  if (totalWeight) push("perf.form.total_weight", totalWeight.v, "分", dimsP, totalWeight.cell, totalWeight.r);
  if (totalScore) push("perf.form.total_score", totalScore.v, "分", dimsP, totalScore.cell, totalScore.r);
  for (const g of goalCells) textFacts(g.cell, g.r, { ...dimsP, part: g.part });

  /** Numbers with a unit inside free text (goal descriptions, deviation notes): perf.text.value. */
  function textFacts(c: FCell, r: FRow, dims: Record<string, string>): void {
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
  }

  const form: PerformanceForm = {
    kind,
    project: name,
    block: blocks[0],
    funds: funds.map(({ cells: _c, label: _l, r: _r, ...f }) => f),
    indicators: indicators.map(({ cells: _c, r: _r, tv: _t, av: _a, ...i }) => i),
    ...(totalScore ? { totalScore: totalScore.v } : {}),
    ...(grade ? { grade } : {}),
    ...(title ? { title } : {}),
    ...(unit ? { unit } : {}),
    ...(department ? { department } : {}),
    ...(implementer ? { implementer } : {}),
    ...(Object.keys(execution).length ? { execution } : {}),
    ...(totalWeight ? { totalWeight: totalWeight.v } : {}),
    ...(goal ? { goal } : {}),
    blocks,
  };
  return { form, facts };
}

function normOp(s?: string): string | undefined {
  if (!s) return undefined;
  return s.replace(/≥|＞=/, ">=").replace(/≤|＜=/, "<=").replace("＝", "=").replace("＞", ">").replace("＜", "<");
}
