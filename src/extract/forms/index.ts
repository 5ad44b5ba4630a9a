/**
 * Performance self-evaluation forms (单位/部门整体支出绩效自评表, 项目支出绩效自评表): find them among
 * the table blocks, join forms split over several blocks (page breaks), and read each into a
 * PerformanceForm record plus perf.form.* / perf.indicator.* facts.
 *
 * A form is recognised by its title — a first single-cell row, the table caption, or the paragraph
 * just before the table — or, without a title, by its content (a 项目名称/单位名称 row and a fund
 * header with 年初预算数 … 执行数).
 */
import type { Block, Doc, Message, TableBlock } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { PerformanceForm } from "../../model/records.js";
import { printedCells, rowsOf, squash, type FRow } from "./grid.js";
import { parseForm } from "./parse.js";

export interface FormsResult {
  forms: PerformanceForm[];
  facts: Fact[];
  warnings: Message[];
  /** Block indexes that are (part of) performance forms. */
  blocks: number[];
}

const TITLE = /绩效自评表|绩效自评情况表|绩效评价表/;

function kindOfTitle(t: string): "unit" | "project" | undefined {
  if (!TITLE.test(t)) return undefined;
  if (/项目支出|项目绩效/.test(t)) return "project";
  if (/整体支出|整体绩效|部门\(单位\)|部门（单位）/.test(t)) return "unit";
  return undefined;
}

interface Title {
  text: string;
  kind?: "unit" | "project";
  /** Paragraph blocks before the table that belong to the form (title, "（2024年度）"). */
  before?: number[];
}

/** A title inside the table: a first row with exactly one printed cell that names a form. */
function titleInRows(b: TableBlock, index: number): Title | undefined {
  for (const row of rowsOf(b, index).slice(0, 2)) {
    const cells = printedCells(row);
    if (cells.length === 1 && TITLE.test(squash(cells[0].text))) {
      const text = squash(cells[0].text);
      return { text, kind: kindOfTitle(text) };
    }
  }
  return undefined;
}

function titleOf(doc: Doc, i: number): Title | undefined {
  const b = doc.blocks[i] as TableBlock;
  const inRows = titleInRows(b, i);
  if (inRows) return inRows;
  // the paragraph(s) just before: a title, possibly followed by a "（2024年度）" line
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const p = doc.blocks[j];
    if (p.type === "table") break;
    const t = squash(p.text);
    if (TITLE.test(t) && t.length <= 40) {
      const before: number[] = [];
      for (let k = j; k < i; k++) before.push(k);
      return { text: t, kind: kindOfTitle(t), before };
    }
    if (t.length > 40) break;
  }
  for (const c of b.caption ?? []) {
    const t = squash(c);
    if (TITLE.test(t) && t.length <= 40) return { text: t, kind: kindOfTitle(t) };
  }
  return undefined;
}

function contentKind(rows: FRow[]): "unit" | "project" | undefined {
  const texts = rows.flatMap((r) => printedCells(r).map((c) => squash(c.text)));
  const fundHeader = texts.some((t) => /年初预算/.test(t)) && texts.some((t) => /执行数|执行率/.test(t));
  if (!fundHeader) return undefined;
  if (texts.some((t) => t === "项目名称")) return "project";
  if (texts.some((t) => /^(单位|部门|预算单位)名称$/.test(t))) return "unit";
  return undefined;
}

/** Content that can only continue a form: indicator rows, a repeated header, the 总分 row. */
function looksLikeFormPart(rows: FRow[]): boolean {
  return rows.some((r) =>
    printedCells(r).some((c) => /指标|^总分$|得分|分值|权重|自评等级|年度资金总额|执行率|偏差原因/.test(squash(c.text))),
  );
}

/** Page furniture between the parts of a split table: page numbers, "第 3 页", "— 12 —". */
function isPageFurniture(b: Block): boolean {
  if (b.type === "table") return false;
  const t = squash(b.text);
  return t.length <= 12 && /^[-—–·第页共\d/／()（）]*$/.test(t);
}

const hasTotalRow = (rows: FRow[]) =>
  rows.some((r) => {
    const first = printedCells(r)[0];
    return first !== undefined && /^(总分|自评总分|综合得分)$/.test(squash(first.text));
  });

export function extractForms(doc: Doc): FormsResult {
  const forms: PerformanceForm[] = [];
  const facts: Fact[] = [];
  const warnings: Message[] = [];
  const used: number[] = [];
  const names = new Map<string, number>();

  const startOf = (i: number): { title?: Title; kind: "unit" | "project" } | undefined => {
    const b = doc.blocks[i];
    if (b.type !== "table") return undefined;
    const title = titleOf(doc, i);
    const rows = rowsOf(b, i);
    const ck = contentKind(rows);
    if (title) {
      const kind = title.kind ?? ck;
      if (kind) return { title, kind };
      // a titled form whose kind the title does not tell: 项目名称 → project
      if (rows.some((r) => printedCells(r).some((c) => squash(c.text) === "项目名称"))) return { title, kind: "project" };
      if (looksLikeFormPart(rows)) return { title, kind: "unit" };
      return undefined;
    }
    return ck ? { kind: ck } : undefined;
  };

  for (let i = 0; i < doc.blocks.length; i++) {
    const start = startOf(i);
    if (!start) continue;
    const blocks = [i];
    let rows = rowsOf(doc.blocks[i] as TableBlock, i);
    // join continuation blocks (a page break splits the table)
    let j = i + 1;
    while (j < doc.blocks.length) {
      let k = j;
      while (k < doc.blocks.length && isPageFurniture(doc.blocks[k])) k++;
      const nb = doc.blocks[k];
      if (!nb || nb.type !== "table" || startOf(k)) break;
      const nrows = rowsOf(nb, k);
      if (hasTotalRow(rows) || !looksLikeFormPart(nrows)) break;
      rows = rows.concat(nrows);
      blocks.push(k);
      j = k + 1;
    }
    const { form, facts: ff } = parseForm(rows, start.kind, start.title?.text, blocks);
    // two forms with the same project name: keep them apart in dims
    const n = (names.get(form.project) ?? 0) + 1;
    names.set(form.project, n);
    if (n > 1) {
      const renamed = `${form.project}#${n}`;
      warnings.push({ severity: "warning", source: "forms", message: `绩效自评表项目名称重复：${form.project}，第 ${n} 张记为 ${renamed}`, block: i });
      form.project = renamed;
      for (const f of ff) f.dims.project = renamed;
    }
    if (form.funds.length === 0 && form.indicators.length === 0) {
      warnings.push({ severity: "warning", source: "forms", message: `绩效自评表未能读出资金或指标：${start.title?.text ?? form.project}`, block: i });
    }
    forms.push(form);
    facts.push(...ff);
    used.push(...(start.title?.before ?? []), ...blocks);
    i = blocks[blocks.length - 1];
  }
  return { forms, facts, warnings, blocks: used };
}
