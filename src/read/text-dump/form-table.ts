/**
 * Performance self-evaluation forms (绩效自评表) in a text dump. A form's cells wrap over many short lines, so a
 * dump rarely keeps enough of it to rebuild the whole grid; what is read here is only what binds firmly:
 * - the head (项目名称, 主管部门, 实施单位, 单位名称) with its value;
 * - the fund block (年初预算数 … 执行率 得分): its column names, and each fund row's label and values when the row
 *   prints exactly one value (a number or a dash) for each column — values are taken in order, and a percentage
 *   must fall in the 执行率 column and nowhere else; one row that cannot be read so drops the whole block (a
 *   missing source row would make the fund sum look wrong);
 * - the 总分 row (weight and score).
 * The goals and the indicator rows stay text (the caller keeps them as lines, with a warning).
 *
 * Two shapes of dump are read: one table row per line with cells apart by single spaces (pdfplumber), and
 * `pdftotext -layout`, where a cell's text wraps over several lines at the same character column: there, header
 * words are the fragments that stand in one column (each overlapping the others), a row's values may be printed
 * over two adjacent lines (a cell set higher, "57.38" over "%"), and a wrapped row label belongs to the row whose
 * value lines are strictly nearest. A plain pdftotext dump prints the cells one per line: none of this binds
 * there, and the form stays text.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import { fundKey } from "../../extract/forms/columns.js";
import { fields, type DumpLine, type Field } from "./lines.js";

const FORM_TITLE = /绩效.*(自评|评价)表|自评表/;
const TOTAL = /^(总分|自评总分|综合得分)$/;
const HEAD_LABEL = /^(项目名称|(单位|部门|预算单位)名称|部门[(（]单位[)）]名称|主管部门|实施单位)$/;
/** Where the fund block ends: the goal block, the indicator header, the 总分 row. */
const STOP = /^(年度)?总体目标$|^预期目标$|^年度目标$|^[一二三]级指标$|^指标名称$/;
const VALUE = /^(?:[-−－+]?\d[\d,，]*(?:[.．]\d+)?[%％]?|[-—–－―/／]+)$/;
const PERCENT = /[%％]$/;
const SUFFIX = /^[%％分]$/;
const YEAR = /^[（(]?\d{4}年度?[)）]?$/;

export const isFormTitle = (text: string) => text.length <= 40 && FORM_TITLE.test(text) && !/[。；，,]/.test(text);

interface Tok extends Field {
  /** Index of the line in the form's lines. */
  li: number;
}

export interface FormTable {
  rows: Cell[][];
  /** Lines read into the grid (the rest stays text). */
  used: Set<DumpLine>;
  /** What of the form was read: "资金", "总分". */
  read: string[];
}

const isValue = (t: string) => VALUE.test(t);
const isTotalValue = (t: string) => isValue(t.replace(/分$/, "")) && !/^[-—–－―/／]+$/.test(t);

/** Read the firm parts of a form (its lines, title lines excluded). Undefined when no fund block binds. */
export function readFormTable(lines: DumpLine[], layout: boolean): FormTable | undefined {
  const toks: Tok[][] = lines.map((l, li) => fields(l.raw, 1).map((f) => ({ ...f, li })));
  const used = new Set<DumpLine>();
  const funds = layout ? layoutFunds(lines, toks) : rowsFunds(lines, toks);
  if (!funds) return undefined;
  for (const i of funds.lines) used.add(lines[i]!);
  const head: string[][] = [];
  for (const h of layout ? layoutHead(lines, toks, funds.first) : rowsHead(toks, funds.first)) {
    head.push(h.cells);
    for (const i of h.lines) used.add(lines[i]!);
  }
  const total = readTotal(lines, toks, funds.last + 1, layout);
  if (total) for (const i of total.lines) used.add(lines[i]!);
  const width = Math.max(2 + funds.keys.length, ...head.map((h) => h.length), total ? total.cells.length : 0);
  const page = (li: number) => lines[li]!.page;
  const row = (texts: string[], li: number) => Array.from({ length: width }, (_, k) => makeCell(texts[k] ?? "", { page: page(li) }));
  const rows: Cell[][] = [];
  head.forEach((h, k) => rows.push(row(h, funds.first > 0 ? Math.max(0, funds.first - head.length + k) : 0)));
  rows.push(row(["", funds.labelHead, ...funds.keys], funds.first));
  for (const r of funds.rows) rows.push(row([r.outer, r.label, ...r.values], r.li));
  if (total) rows.push(row(total.cells, total.lines[0]!));
  return { rows, used, read: total ? ["资金", "总分"] : ["资金"] };
}

interface Funds {
  /** Column names (fund keys), in order. */
  keys: string[];
  labelHead: string;
  rows: { outer: string; label: string; values: string[]; li: number }[];
  /** Line indexes read. */
  lines: number[];
  first: number;
  last: number;
}

function keysOf(words: string[]): { keys: string[]; labelHead: string } | undefined {
  const first = words.findIndex((w) => fundKey(w) !== undefined);
  if (first < 0) return undefined;
  const keys = words.slice(first);
  const ks = keys.map((w) => fundKey(w));
  // every column right of the labels is a value column, each of its own kind, the amounts among them
  if (ks.some((k) => k === undefined) || new Set(ks).size !== ks.length || keys.length < 3) return undefined;
  if (!ks.includes("executed") || !(ks.includes("fullYear") || ks.includes("initial"))) return undefined;
  return { keys, labelHead: words.slice(0, first).join("") };
}

/** Values in column order fit their columns: a percentage in 执行率 and nowhere else. */
function kindsFit(values: string[], keys: string[]): boolean {
  return values.every((v, k) => {
    const rate = fundKey(keys[k]!) === "rate";
    if (/^[-—–－―/／]+$/.test(v)) return true;
    return rate ? PERCENT.test(v) : !PERCENT.test(v);
  });
}

const isStop = (ts: Tok[]) => ts.some((t) => STOP.test(t.text)) || (ts.length > 0 && TOTAL.test(ts[0]!.text));

// ---------------------------------------------------------------------------------------------------------------
// one row per line, single spaces between cells (pdfplumber)

function rowsFunds(lines: DumpLine[], toks: Tok[][]): Funds | undefined {
  const hi = toks.findIndex((ts) => ts.filter((t) => fundKey(t.text) !== undefined).length >= 3);
  if (hi < 0) return undefined;
  const header = keysOf(toks[hi]!.map((t) => t.text));
  if (!header) return undefined;
  const H = header.keys.length;
  const rows: Funds["rows"] = [];
  const read = [hi];
  let i = hi + 1;
  for (; i < lines.length; i++) {
    const ts = toks[i]!;
    if (!ts.length) continue;
    if (isStop(ts)) break;
    const firstValue = ts.findIndex((t) => isValue(t.text));
    if (firstValue < 1) return undefined;
    const values = ts.slice(firstValue).map((t) => t.text);
    if (values.length !== H || !values.every(isValue) || !kindsFit(values, header.keys)) return undefined;
    const labels = ts.slice(0, firstValue).map((t) => t.text);
    rows.push({ outer: labels.slice(0, -1).join(""), label: labels[labels.length - 1]!, values, li: i });
    read.push(i);
  }
  if (!rows.length) return undefined;
  return { ...header, rows, lines: read, first: hi, last: read[read.length - 1]! };
}

function rowsHead(toks: Tok[][], before: number): { cells: string[]; lines: number[] }[] {
  const out: { cells: string[]; lines: number[] }[] = [];
  for (let i = 0; i < before; i++) {
    const ts = toks[i]!.map((t) => t.text);
    if (!ts.length || !HEAD_LABEL.test(ts[0]!)) continue;
    const labels = ts.map((t, k) => (HEAD_LABEL.test(t) ? k : -1)).filter((k) => k >= 0);
    // label value label value …, or one label and its value (which may hold spaces)
    const pairs = ts.length % 2 === 0 && labels.length === ts.length / 2 && labels.every((k, n) => k === 2 * n);
    if (pairs) out.push({ cells: ts, lines: [i] });
    else if (labels.length === 1 && ts.length >= 2) out.push({ cells: [ts[0]!, ts.slice(1).join(" ")], lines: [i] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// pdftotext -layout: cells at character columns, wrapped over lines

const overlaps = (a: Field, b: Field) => a.start < b.end && b.start < a.end;

/**
 * Columns of wrapped cells: tokens that overlap in character columns. A column whose tokens do not all overlap
 * each other, or that holds two tokens of one line, is not a column: undefined.
 */
function columnsOf(ts: Tok[]): Tok[][] | undefined {
  const cols = columnsOfLoose(ts);
  if (!cols) return undefined;
  for (const c of cols) {
    if (!c.every((a) => c.every((b) => overlaps(a, b)))) return undefined;
    c.sort((a, b) => a.li - b.li);
  }
  return cols;
}

const textOf = (col: Tok[]) => col.map((t) => t.text).join("");

/** Lines in runs without blank lines between them (a page break ends a run too). */
function runsOf(lines: DumpLine[], from: number, to: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    // the year under the title ("（2024 年度）") is no cell of the form
    if (l.text === "" || YEAR.test(l.text.replace(/\s+/g, "")) || (cur.length && lines[cur[cur.length - 1]!]!.page !== l.page)) {
      if (cur.length) out.push(cur);
      cur = [];
      if (l.text === "" || YEAR.test(l.text.replace(/\s+/g, ""))) continue;
    }
    cur.push(i);
  }
  if (cur.length) out.push(cur);
  return out;
}

function layoutFunds(lines: DumpLine[], toks: Tok[][]): Funds | undefined {
  const stop = toks.findIndex(isStop);
  const end = stop < 0 ? lines.length : stop;
  // the header: the lines of a run before its first line with a value, naming 预算 and 执行 columns
  let header: number[] | undefined;
  let dataFrom = -1;
  for (const run of runsOf(lines, 0, end)) {
    const k = run.findIndex((i) => toks[i]!.some((t) => isValue(t.text)));
    const head = k < 0 ? run : run.slice(0, k);
    const text = head.map((i) => lines[i]!.text.replace(/\s+/g, "")).join("");
    if (head.length && /年初|预算/.test(text) && /执行/.test(text)) {
      header = head;
      dataFrom = k < 0 ? run[run.length - 1]! + 1 : run[k]!;
      break;
    }
  }
  if (!header) return undefined;
  const hcols = columnsOf(header.flatMap((i) => toks[i]!));
  if (!hcols) return undefined;
  const names = keysOf(hcols.map(textOf));
  if (!names) return undefined;
  const H = names.keys.length;
  // data lines up to the goal block
  const data: number[] = [];
  for (let i = dataFrom; i < end; i++) if (lines[i]!.text !== "") data.push(i);
  const valueToks = (i: number) => toks[i]!.filter((t) => isValue(t.text));
  // rows: a line with values starts a row, unless it is next to the row's last value line, no value of either
  // overlaps the other's, and one of them prints at most two (a cell set a little higher or lower)
  const rows: { values: Tok[]; lines: number[] }[] = [];
  for (const i of data) {
    const vs = valueToks(i);
    if (!vs.length) continue;
    const cur = rows[rows.length - 1];
    const lastLine = cur?.lines[cur.lines.length - 1];
    const nextTo = cur !== undefined && lastLine === i - 1 && lines[i - 1]!.text !== "" && lines[i - 1]!.page === lines[i]!.page;
    if (cur && nextTo && !vs.some((v) => cur.values.some((w) => overlaps(v, w))) && Math.min(vs.length, cur.values.length) <= 2 && vs.length + cur.values.length <= H) {
      cur.values.push(...vs);
      cur.lines.push(i);
    } else rows.push({ values: [...vs], lines: [i] });
  }
  if (!rows.length) return undefined;
  // "%" printed under its number (a wrapped cell): joined to the number above it in the same column
  const suffixes = data.flatMap((i) => toks[i]!.filter((t) => SUFFIX.test(t.text)));
  const joined = new Map<Tok, string>();
  for (const s of suffixes) {
    const owners = rows.flatMap((r) => r.values).filter((v) => v.li < s.li && s.li - v.li <= 2 && overlaps(v, s) && !PERCENT.test(v.text));
    if (owners.length !== 1 || s.text === "分") return undefined;
    joined.set(owners[0]!, owners[0]!.text + s.text);
    const r = rows.find((x) => x.values.includes(owners[0]!))!;
    if (!r.lines.includes(s.li)) r.lines.push(s.li);
  }
  const valueRows = rows.map((r) => r.values.sort((a, b) => a.start - b.start).map((v) => joined.get(v) ?? v.text));
  if (valueRows.some((v) => v.length !== H || !kindsFit(v, names.keys))) return undefined;
  // labels: text left of the values, in columns; the rightmost column holds the row labels, any left of it a label
  // over several rows (项目资金（万元）)
  const leftmost = Math.min(...rows.flatMap((r) => r.values.map((v) => v.start)));
  const labelToks = data.flatMap((i) => toks[i]!.filter((t) => !isValue(t.text) && !SUFFIX.test(t.text)));
  if (labelToks.some((t) => t.end > leftmost)) return undefined;
  const lcols = columnsOfLoose(labelToks);
  if (!lcols) return undefined;
  const own = lcols[lcols.length - 1] ?? [];
  const outer = lcols.slice(0, -1).flat().sort((a, b) => a.li - b.li);
  // a label line goes with the row whose value lines are strictly nearest
  const labels: Tok[][] = rows.map(() => []);
  for (const t of own) {
    const d = rows.map((r) => Math.min(...r.lines.map((x) => Math.abs(x - t.li))));
    const best = Math.min(...d);
    if (d.filter((x) => x === best).length !== 1) return undefined;
    labels[d.indexOf(best)]!.push(t);
  }
  if (labels.some((ls) => !ls.length)) return undefined;
  const used = [...header, ...data.filter((i) => toks[i]!.length > 0)];
  return {
    ...names,
    rows: rows.map((r, k) => ({ outer: k === 0 ? outer.map((t) => t.text).join("") : "", label: textOf(labels[k]!.sort((a, b) => a.li - b.li)), values: valueRows[k]!, li: r.lines[0]! })),
    lines: used,
    first: header[0]!,
    last: used[used.length - 1]!,
  };
}

/** Label columns: tokens that overlap in character columns; two tokens of one line never share a column. */
function columnsOfLoose(ts: Tok[]): Tok[][] | undefined {
  // chains of tokens overlapping in character columns, left to right
  const sorted = [...ts].sort((a, b) => a.start - b.start);
  const cols: { end: number; toks: Tok[] }[] = [];
  for (const t of sorted) {
    const last = cols[cols.length - 1];
    if (last && t.start < last.end) {
      last.toks.push(t);
      last.end = Math.max(last.end, t.end);
    } else cols.push({ end: t.end, toks: [t] });
  }
  for (const c of cols) if (new Set(c.toks.map((t) => t.li)).size !== c.toks.length) return undefined;
  return cols.map((c) => c.toks);
}

function layoutHead(lines: DumpLine[], toks: Tok[][], before: number): { cells: string[]; lines: number[] }[] {
  const out: { cells: string[]; lines: number[] }[] = [];
  for (const run of runsOf(lines, 0, before)) {
    const cols = columnsOf(run.flatMap((i) => toks[i]!));
    if (!cols) continue;
    const cells = cols.map(textOf);
    if (!HEAD_LABEL.test(cells[0]!)) continue;
    const labels = cells.map((c, k) => (HEAD_LABEL.test(c) ? k : -1)).filter((k) => k >= 0);
    if (cells.length % 2 !== 0 || labels.length !== cells.length / 2 || !labels.every((k, n) => k === 2 * n)) continue;
    out.push({ cells, lines: run });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// the 总分 row

function readTotal(lines: DumpLine[], toks: Tok[][], from: number, layout: boolean): { cells: string[]; lines: number[] } | undefined {
  const i = toks.findIndex((ts, k) => k >= from && ts.length > 0 && TOTAL.test(ts[0]!.text));
  if (i < 0) return undefined;
  const group = [i];
  if (layout) {
    // numbers printed a line above or below (a cell set higher, "分" wrapped): lines of values only, next to it
    const onlyValues = (k: number) => k >= 0 && k < lines.length && toks[k]!.length > 0 && lines[k]!.page === lines[i]!.page && toks[k]!.every((t) => isTotalValue(t.text) || t.text === "分");
    const blankOrEdge = (k: number) => k < 0 || k >= lines.length || lines[k]!.text === "" || lines[k]!.page !== lines[i]!.page;
    let a = i;
    while (onlyValues(a - 1)) group.unshift(--a);
    let b = i;
    while (onlyValues(b + 1)) group.push(++b);
    // the row is complete only where blank lines close it off (a line of text next to it may hold its cells)
    if (!blankOrEdge(a - 1) || !blankOrEdge(b + 1)) return undefined;
  }
  const rest = group.flatMap((k) => toks[k]!).filter((t) => !(t.li === i && t === toks[i]![0]));
  if (rest.some((t) => !isTotalValue(t.text) && t.text !== "分")) return undefined;
  const values = rest.filter((t) => t.text !== "分").sort((a, b) => (layout ? a.start - b.start : 0));
  if (values.length < 1 || values.length > 2) return undefined;
  return { cells: [toks[i]![0]!.text, ...values.map((t) => t.text)], lines: group };
}

/**
 * Form spans: from a form title line to its 总分 row (and the lines of that row), or to the next form title or
 * part heading (第X部分) when the form prints no 总分. Indexes into `lines`, end exclusive.
 */
export function findFormSpans(lines: DumpLine[], isBreak: (l: DumpLine) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isFormTitle(lines[i]!.text)) continue;
    let j = i + 1;
    let end = -1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (isFormTitle(t) && !/^[（(]/.test(t)) break;
      if (isBreak(lines[j]!)) break;
      const first = t.split(/\s+/)[0]!;
      if (TOTAL.test(first)) {
        // the 总分 row and the lines of its cells around it, up to a blank line
        end = j + 1;
        while (end < lines.length && lines[end]!.text !== "" && !isFormTitle(lines[end]!.text) && lines[end]!.text.split(/\s+/).every((x) => isTotalValue(x) || SUFFIX.test(x))) end++;
        break;
      }
    }
    if (end < 0) end = j;
    // trailing blank lines are not part of the form
    while (end > i + 1 && lines[end - 1]!.text === "") end--;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
