/**
 * Text dumps of PDFs (pdftotext plain or -layout, pdfplumber, text copied out of a viewer) → Doc.
 *
 * Pages are split on form feeds; page numbers and running heads are dropped; paragraphs broken into lines are
 * joined again (paragraphs.ts: how offsets map back to lines); tables are recovered from space-aligned columns
 * (layout-table.ts) or from one row per line (rows-table.ts). Cells a plain dump prints one per line, in an order
 * that need not be row by row, are not turned into a grid: they stay lines of text, with a warning.
 */
import type { Block, Doc, Message } from "../../model/document.js";
import { dumpLines, fields, type DumpLine } from "./lines.js";
import { findRunningLines } from "./running.js";
import { buildParagraphs, headingLevel, metrics, repairOrder, type Metrics } from "./paragraphs.js";
import { findRegions, type Region } from "./regions.js";
import { buildLayoutTable } from "./layout-table.js";
import { buildRowsTable } from "./rows-table.js";
import { findFormSpans, readFormTable, type FormTable } from "./form-table.js";
import { PART_RE, SECTION_RE } from "../pdf/paragraphs.js";
import { isCaptionText } from "../pdf/captions.js";
import { pushAll } from "../../util/arrays.js";

export { looksLikeDump } from "./detect.js";

export function readDumpString(text: string): Doc {
  const all = dumpLines(text);
  const running = findRunningLines(all);
  const lines = all.filter((l) => !running.has(l));
  const layout = isLayoutDump(lines);
  const m = metrics(lines, layout);
  const ordered = repairOrder(lines, m);
  // performance forms whose fund block binds: read apart (their lines are no table region)
  const forms = new Map<number, { end: number; table: FormTable }>();
  const inForm = new Set<number>();
  const isBreak = (l: DumpLine) => l.indent <= m.margin + 1 && (PART_RE.test(l.text) || (SECTION_RE.test(l.text) && headingLevel(l.text) !== undefined));
  for (const s of findFormSpans(ordered, isBreak)) {
    const table = readFormTable(ordered.slice(s.start + 1, s.end), m.layout);
    if (!table) continue;
    forms.set(s.start, { end: s.end, table });
    for (let k = s.start; k < s.end; k++) inForm.add(k);
  }
  const { regions, used } = findRegions(ordered, m, inForm);
  const blocks: Block[] = [];
  const warnings: Message[] = [];
  let chunk: DumpLine[] = [];
  const flush = () => {
    if (chunk.length) pushAll(blocks, buildParagraphs(chunk, m));
    chunk = [];
  };
  for (let i = 0; i < ordered.length; i++) {
    const f = forms.get(i);
    if (f) {
      flush();
      pushAll(blocks, formBlocks(ordered.slice(i, f.end), f.table, warnings, blocks.length));
      i = f.end - 1;
      continue;
    }
    const r = regions.get(i);
    if (r) {
      flush();
      pushAll(blocks, regionBlocks(r, m, warnings, blocks.length));
      continue;
    }
    if (used.has(i)) continue;
    chunk.push(ordered[i]!);
  }
  flush();
  const pages = all.length ? all[all.length - 1]!.page : 0;
  return { format: "txt", blocks, ...(pages > 1 ? { pages } : {}), warnings };
}

/** -layout dumps keep indentation and print table cells apart with runs of spaces. */
function isLayoutDump(lines: DumpLine[]): boolean {
  let gaps = 0;
  let indented = 0;
  let n = 0;
  for (const l of lines) {
    if (l.text === "") continue;
    n++;
    if (fields(l.raw, 3).length >= 2) gaps++;
    if (l.indent >= 2) indented++;
  }
  return n > 0 && (gaps >= Math.max(3, n * 0.05) || indented >= n * 0.1);
}

function regionBlocks(r: Region, m: Metrics, warnings: Message[], at: number): Block[] {
  const first = r.caption[0] ?? r.lines.find((l) => l.text !== "")!;
  const loc = { line: first.line, page: first.page };
  const caption = r.caption.map((l) => l.text);
  if (r.kind === "layout") {
    const t = buildLayoutTable(r.lines);
    if (!t.rows.length) return plainBlocks(r, warnings, at);
    if (t.doubtful.length) {
      warnings.push({ severity: "warning", source: "read.text-dump", message: `表格第 ${t.doubtful.join("、")} 行的列位置不齐，所在列可能有误`, block: at, page: first.page });
    }
    return [{ type: "table", rows: t.rows, caption, loc }];
  }
  if (r.kind === "rows") {
    const t = buildRowsTable(r.lines);
    if (!t.rows.length) return plainBlocks(r, warnings, at);
    for (const w of t.warnings) warnings.push({ severity: "warning", source: "read.text-dump", message: w, block: at, page: first.page });
    return [{ type: "table", rows: t.rows, caption: [...caption, ...t.caption], loc }];
  }
  return plainBlocks(r, warnings, at);
}

/**
 * A performance form read in part: a table of what binds (head, fund block, 总分), captioned by the title lines, then
 * the other lines (goals, indicators) as text, one block per line, and a warning that says what was not read.
 */
function formBlocks(span: DumpLine[], t: FormTable, warnings: Message[], at: number): Block[] {
  const title = span[0]!;
  const caption: DumpLine[] = [title];
  let k = 1;
  while (k < span.length && (span[k]!.text === "" || (isCaptionText(span[k]!.text, false) && !t.used.has(span[k]!)))) {
    if (span[k]!.text !== "") caption.push(span[k]!);
    k++;
  }
  const blocks: Block[] = [{ type: "table", rows: t.rows, caption: caption.map((l) => l.text), loc: { line: title.line, page: title.page } }];
  const rest = span.slice(1).filter((l) => l.text !== "" && !t.used.has(l) && !caption.includes(l));
  if (rest.length) {
    warnings.push({
      severity: "warning",
      source: "read.text-dump",
      message: `第 ${title.line} 行起的绩效自评表：文本导出只能可靠读出${t.read.join("和")}，目标和指标等其余 ${rest.length} 行按文字保留（请提供原 PDF）`,
      block: at,
      page: title.page,
    });
  }
  for (const l of rest) blocks.push({ type: "paragraph", text: l.text, loc: { line: l.line, page: l.page } });
  return blocks;
}

/** A region kept as text: one block per line (joining cells would make false sentences), and a warning. */
function plainBlocks(r: Region, warnings: Message[], at: number): Block[] {
  const first = r.caption[0] ?? r.lines.find((l) => l.text !== "")!;
  // the table's title: a caption line that is not the unit line (单位：万元) or a table number alone
  const title = r.caption.map((l) => l.text).find((t) => /表/.test(t) && !/单位[:：]/.test(t));
  // one cell per line: keep the lines as text, one block each (joining them would make false sentences)
  warnings.push({
    severity: "warning",
    source: "read.text-dump",
    message: r.form
      ? `第 ${first.line} 行起的绩效自评表在文本导出中无法可靠还原为表格，按文字保留（请提供原 PDF）`
      : title
        ? `找到表名「${title}」（第 ${first.line} 行），但纯文本导出每格一行、行列次序不明，表格未能还原，表中数字未读取、未据此核对（请用 pdftotext -layout 导出或提供原 PDF）`
        : `第 ${first.line} 行起的表格每格一行、行列次序不明，未还原为表格（请用 pdftotext -layout 导出）`,
    block: at,
    page: first.page,
  });
  const out: Block[] = [];
  for (const l of [...r.caption, ...r.lines]) {
    if (l.text === "") continue;
    // a table's cells ("一、一般公共服务支出") are no headings; its caption and a form's lines may be
    const level = r.form || r.caption.includes(l) ? headingLevel(l.text) : undefined;
    const lc = { line: l.line, page: l.page };
    out.push(level !== undefined ? { type: "heading", level, text: l.text, loc: lc } : { type: "paragraph", text: l.text, loc: lc });
  }
  return out;
}
