/**
 * Part 4 tables: recognise the nine tables in reader grids (any format), type them (TypedTable) and emit
 * their facts. Tables continued over pages (a following grid without a title) are joined; tables the
 * report states as empty (本表无数据 / 空表) are kept with `empty: true`; tables with a 决算…表 title not
 * in the known set are kept as "generic" with a warning.
 */
import type { Doc, Message, TableBlock } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { TableId, TypedTable } from "../../model/table.js";
import { buildCodeMap, resolveClassCode } from "../classification.js";
import { toGrid, type Grid } from "./grid.js";
import { layout } from "./header.js";
import { buildCoded, type Built } from "./coded.js";
import { buildTwoSided } from "./two-sided.js";
import { buildSangong } from "./t7-sangong.js";
import { tableFacts } from "./facts.js";
import { headerConfirms, idFromHeader, idFromTitle, notesAfter, saysEmpty, titleCandidates, unitOf } from "./recognize.js";
import { norm } from "./text.js";
import { stripTableNumber } from "../../shared/table-kinds.js";
import { bindRowConcepts } from "../../shared/table-query.js";

export interface TablesResult {
  tables: TypedTable[];
  facts: Fact[];
  warnings: Message[];
  /** Block indexes consumed as part-4 tables (so other extractors skip them). */
  blocks: number[];
}

/** Value words of the column headers (used to tell header rows from data rows). */
const VALUE_WORDS =
  /^(本年收入合计|本年支出合计|本年收入|本年支出|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出|合计|小计|决算数|预算数|年初结转和结余|年末结转和结余|一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款|.*收入|.*支出|.*结余|.*拨款|.*补助|.*上缴.*|.{0,6}(合|收|支|计|入|出|款|助|余|财|预|算|政|拨)$)$/;

interface Planned {
  id: TableId;
  title: string;
  blocks: number[];
  unit?: "万元" | "元";
  texts: string[];
}

function isNoiseRow(texts: string[]): boolean {
  if (texts.length === 0) return false;
  return texts.every((t) => /单位[:：]|^注[:：]|^说明[:：]|决算表$|^本表|故本表|本表无数据|空表|^\d+$|^第\d+页|^-\d+-$/.test(t) && !/^\d{3,7}$/.test(t));
}

function cleanBlock(table: TableBlock): TableBlock {
  const rows = table.rows.map((row) => {
    const texts = [...new Set(row.map((c) => norm(c.text)).filter(Boolean))];
    if (isNoiseRow(texts)) return row.map((c) => ({ ...c, text: "", state: "blank" as const }));
    return row;
  });
  return { ...table, rows };
}

/** A line that titles a table ("表4：高等学校财政拨款支出决算表", "国有资产占用情况表"), known kind or not. */
export function isTableTitle(raw: string): boolean {
  const t = stripTableNumber(norm(raw)).replace(/[（(]续[）)]$|续表$/, "");
  if (t.length < 4 || t.length > 40 || !/表$/.test(t)) return false;
  if (/[，。；,;：:]/.test(t) || /^(注|说明|备注|附件)/.test(t)) return false;
  return !/绩效|自评|目录/.test(t);
}

function sameTitle(a: string, b: string): boolean {
  const k = (s: string) => stripTableNumber(norm(s)).replace(/[（(]续[）)]$|续表$/, "");
  return a !== "" && b !== "" && k(a) === k(b);
}

function reportYear(doc: Doc): number | undefined {
  for (const b of doc.blocks) {
    if (b.type === "table") continue;
    const m = /(20\d\d)\s*年度?\s*(部门|单位)?决算/.exec(b.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function build(grid: Grid, id: TableId, block: number, page?: number): Built {
  if (id === "T7") return buildSangong(grid, block, page);
  const l = layout(grid, VALUE_WORDS);
  if (id === "T1" || id === "T4") return buildTwoSided(grid, l, id, block, page);
  return buildCoded(grid, l, id, block, page);
}

/** The note that one of the nine tables was not found (for reports that fit no known layout family). */
export const NINE_TABLE_NOTE = /^未找到 T\d$/;

export function extractTables(doc: Doc, skip: Set<number> = new Set()): TablesResult {
  const warnings: Message[] = [];
  const warn = (message: string, block?: number, severity: Message["severity"] = "warning") =>
    warnings.push({ severity, source: "tables", message, ...(block !== undefined ? { block } : {}) });
  const planned: Planned[] = [];
  let last: Planned | undefined;
  let lastTableIndex = -1;
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type !== "table" || skip.has(i)) continue;
    const cands = titleCandidates(doc, i);
    let id: TableId | undefined;
    let title = "";
    // A title line always starts a new table: a known kind, or a generic table under its own title.
    for (const c of cands) {
      const t = idFromTitle(c.text) ?? (isTableTitle(c.text) ? "generic" : undefined);
      if (t) {
        id = t;
        title = c.text.trim();
        break;
      }
    }
    const rowTexts = b.rows.slice(0, 8).flatMap((r) => r.map((c) => c.text));
    const between = doc.blocks.slice(lastTableIndex + 1, i);
    const adjacent =
      last !== undefined && lastTableIndex >= 0 && between.every((x) => x.type !== "table" && x.text.replace(/\s/g, "").length < 30 && !idFromTitle(x.text) && !isTableTitle(x.text) && x.type !== "heading");
    if (!id) {
      const h = idFromHeader(rowTexts.join(""));
      if (h) {
        id = h;
        title = "";
      }
    }
    // Continued over a page: no title at all (a repeated header is dropped later), or the same title repeated / marked 续.
    const continued =
      last && adjacent && (!id || (id === last.id && (!title || /续/.test(title) || sameTitle(title, last.title))));
    if (last && continued) {
      last.blocks.push(i);
      lastTableIndex = i;
      continue;
    }
    if (!id) continue;
    const unit = unitOf([...cands.map((c) => c.text), ...rowTexts]);
    const p: Planned = { id, title, blocks: [i], unit, texts: cands.map((c) => c.text) };
    planned.push(p);
    last = p;
    lastTableIndex = i;
  }

  const year = reportYear(doc);
  const tables: TypedTable[] = [];
  for (const p of planned) {
    const first = p.blocks[0];
    const parts = p.blocks.map((bi) => ({ block: bi, table: cleanBlock(doc.blocks[bi] as TableBlock) }));
    const grid = toGrid(parts);
    const page = (doc.blocks[first] as TableBlock).loc.page;
    if (p.id === "generic") warn(`未知的决算表“${p.title}”，按通用表读取`, first);
    const allText = parts.flatMap((x) => x.table.rows.slice(0, 10).flatMap((r) => r.map((c) => c.text))).join("");
    const doubts: string[] = [];
    if (p.id !== "generic" && !headerConfirms(p.id, allText) && grid.rows.length > 1) {
      warn(`${p.id}“${p.title}”的表头与表名不符`, first);
      doubts.push("表头与表名不符");
    }
    if (!p.unit) warn(`${p.id}“${p.title}”未找到单位行，按万元读取`, first);
    let built: Built;
    try {
      built = build(grid, p.id, first, page);
    } catch (e) {
      warn(`${p.id}“${p.title}”读取失败：${(e as Error).message}`, first);
      continue;
    }
    for (const w of built.warnings) warn(`${p.id}：${w}`, first);
    const gridText = parts.flatMap((x) => (doc.blocks[x.block] as TableBlock).rows.flatMap((r) => r.map((c) => c.text)));
    const notes = notesAfter(doc, p.blocks[p.blocks.length - 1]);
    const stated = saysEmpty([...notes, ...gridText.filter((t) => /本表|空表|无数据/.test(t))]);
    const hasNonZero = built.rows.some((r) => Object.values(r.values).some((c) => c.value !== undefined && !/^-?0(\.0+)?$/.test(c.value)));
    if (stated && hasNonZero) warn(`${p.id}“${p.title}”注明为空表，但表中有数`, first);
    const t: TypedTable = {
      id: p.id,
      title: p.title,
      ...(p.unit ? { unit: p.unit } : {}),
      block: first,
      ...(page !== undefined ? { page } : {}),
      empty: stated && !hasNonZero,
      columns: built.columns,
      rows: built.rows,
      codeDomain: built.codeDomain,
      ...(p.blocks.length > 1 ? { blocks: p.blocks } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(built.columnDefs ? { columnDefs: built.columnDefs } : {}),
      ...(doubts.length ? { doubts } : {}),
    };
    bindRowConcepts(t);
    tables.push(t);
  }
  // T1/T4 class rows: codes by name (report's own tables first, then the classification table)
  const local = buildCodeMap(tables);
  for (const t of tables) {
    if (t.id !== "T1" && t.id !== "T4") continue;
    for (const r of t.rows) {
      if (r.side !== "expenditure" || r.role !== "detail" || r.code || /结转|结余|分配/.test(r.name)) continue;
      const code = resolveClassCode(r.name, year, local);
      if (code) r.code = code;
    }
    if (t.rows.some((r) => r.code)) t.codeDomain = "functional";
  }
  for (const id of ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"] as const) {
    if (tables.length && !tables.some((t) => t.id === id)) warn(`未找到 ${id}`, undefined, "info");
  }
  // (the pipeline drops these notes when the report matched a layout family: rule core-tables judges against it)
  const facts = tables.flatMap(tableFacts);
  return { tables, facts, warnings, blocks: planned.flatMap((p) => p.blocks) };
}
