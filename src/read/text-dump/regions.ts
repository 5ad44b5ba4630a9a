/**
 * Where the tables of a dump are. Each line is classed (blank, title, layout row, single-space row, short cell
 * line, prose); a table region starts at a title (表 title, 单位：万元) followed by table lines, or at two table
 * lines with numbers, and runs while lines stay tabular. What kind of table text a region holds decides how it is
 * read: columns at character positions (pdftotext -layout), one row per line with single spaces (pdfplumber), or
 * one cell per line (plain pdftotext), which is kept as text.
 */
import { isCaptionText } from "../pdf/captions.js";
import { PART_RE } from "../pdf/paragraphs.js";
import { fields, printedWidth, type DumpLine } from "./lines.js";
import { NUMBER } from "./cells.js";
import { startsBlock, type Metrics } from "./paragraphs.js";

export type LineClass = "blank" | "title" | "layout" | "rows" | "cell" | "prose";

export interface Region {
  kind: "layout" | "rows" | "plain";
  /** Caption lines (title, unit) at the start. */
  caption: DumpLine[];
  lines: DumpLine[];
  /** A performance self-evaluation form (kept as text). */
  form?: boolean;
}

const FORM_TITLE = /绩效.*(自评|评价)表|自评表/;

const SENTENCE = /[。；;！？]/;

/** A list label (1. 2、 （三） 四、) followed by a run of spaces, at the start of a line. */
const LIST_LABEL_GAP = /^(\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]))\s{2,}/;

/** Tokens separated by single spaces with two numbers or more: a pdfplumber-style row. */
export function isRowsLine(text: string): boolean {
  if (/ {2,}/.test(text)) return false;
  const toks = text.split(" ");
  if (toks.length < 2) return false;
  // prose with amounts ("本年收入 2,472.32 万元，其中：…") is not a row: it has units and clause punctuation
  if (/[，。；：:]|万元|[^单]元[，。；、）)]/.test(text)) return false;
  // a number followed by a counting word is prose ("2024 年 8 月", "1 项")
  if (toks.some((t, i) => NUMBER.test(t) && /^[年月日项个人次家所台辆]/.test(toks[i + 1] ?? ""))) return false;
  const nums = toks.filter((t) => NUMBER.test(t)).length;
  const amounts = toks.filter((t) => NUMBER.test(t) && /[.．,，]\d/.test(t)).length;
  const code = /^\d{3,7}$/.test(toks[0]!) && toks.length >= 3;
  return (nums >= 2 && (amounts >= 1 || code)) || (amounts >= 1 && toks.length <= 6);
}

/** Column names separated by single spaces ("项目 本年收入合计 财政拨款收入 …"): a header row of such a table. */
function isHeaderRow(text: string): boolean {
  if (/ {2,}|[，,。；;：:]/.test(text)) return false;
  const toks = text.split(" ");
  return toks.length >= 2 && toks.every((t) => [...t].length <= 16) && toks.filter((t) => /[\u4e00-\u9fff]{2}/.test(t)).length >= 2;
}

export function classify(l: DumpLine, m: Metrics): LineClass {
  const t = l.text;
  if (t === "") return "blank";
  if (PART_RE.test(t)) return "prose";
  if (t.length <= 45 && isCaptionText(t, false) && !SENTENCE.test(t) && !/^注[:：]/.test(t)) return "title";
  // a list label spaced out from its text ("5.   其他支出(类)0.42 万元,占 0.02%。", "（三）       …具体情况") is one field;
  // so is prose that states amounts with their unit and goes on ("…795.80 万元，比上年决算减")
  const fs = fields(l.raw.replace(LIST_LABEL_GAP, "$1 "), 2);
  const prosey = /万元[，,。；;]|万元$/.test(t) && /[，,。；;]/.test(t) && printedWidth(t) >= m.full * 0.5;
  if (fs.length >= 2 && !prosey) {
    const hasNum = fs.some((f) => NUMBER.test(f.text) || f.text.split(" ").some((x) => NUMBER.test(x)));
    const shortAll = fs.every((f) => printedWidth(f.text) <= 16);
    if ((hasNum || shortAll) && !(SENTENCE.test(t) && printedWidth(t) >= m.full * 0.6)) return "layout";
  }
  if (isRowsLine(t) || isHeaderRow(t)) return "rows";
  // a short line without clause punctuation: a cell (or a heading, outside tables)
  if (NUMBER.test(t) || (printedWidth(t) <= Math.max(16, m.full * 0.8) && !/[，,。；;：:！？]/.test(t))) return "cell";
  return "prose";
}

/** Split the lines into table regions and the rest. */
export function findRegions(lines: DumpLine[], m: Metrics, skip: Set<number> = new Set()): { regions: Map<number, Region>; used: Set<number> } {
  // lines read elsewhere (a form) stop a table like prose does
  const cls = lines.map((l, i): LineClass => (skip.has(i) ? "prose" : classify(l, m)));
  const index = new Map(lines.map((l, i) => [l, i]));
  const regions = new Map<number, Region>();
  const used = new Set<number>();
  const nextNonBlank = (i: number) => {
    for (let j = i; j < lines.length; j++) if (cls[j] !== "blank") return j;
    return -1;
  };
  const tabular = (c: LineClass) => c === "layout" || c === "rows";
  /** A table line comes before any prose (within 30 lines). */
  const tableAhead = (from: number) => {
    for (let k = from; k < lines.length && k < from + 30; k++) {
      if (tabular(cls[k]!)) return true;
      if (cls[k] === "prose" || cls[k] === "title") return false;
    }
    return false;
  };
  let i = 0;
  while (i < lines.length) {
    const c = cls[i]!;
    let start = -1;
    if (c === "title") {
      // titles, then (within a few lines) table lines
      let j = i;
      while (j < lines.length && (cls[j] === "title" || cls[j] === "blank") && j - i < 8) j++;
      const k = nextNonBlank(j);
      if (k >= 0 && (tabular(cls[k]!) || cls[k] === "cell" || cls[k] === "title")) start = i;
    } else if (tabular(c)) {
      const k = nextNonBlank(i + 1);
      if (k >= 0 && (tabular(cls[k]!) || cls[k] === "cell") && lines[k]!.page === lines[i]!.page) start = i;
    }
    if (start < 0) {
      i++;
      continue;
    }
    // caption: leading title lines
    const caption: DumpLine[] = [];
    let j = start;
    while (j < lines.length && (cls[j] === "title" || cls[j] === "blank")) {
      if (cls[j] === "title") caption.push(lines[j]!);
      j++;
    }
    const body: DumpLine[] = [];
    const starts: number[] = [];
    let layoutN = 0;
    let rowsN = 0;
    let cellN = 0;
    for (; j < lines.length; j++) {
      const cj = cls[j]!;
      if (cj === "prose" || cj === "title") break;
      if (cj === "cell") {
        // a short line: part of the table when table lines follow, or a wrapped label tail right after a row
        const t = lines[j]!.text;
        if (/^注[:：]|^说明[:：]/.test(t)) break;
        let k = nextNonBlank(j + 1);
        while (k >= 0 && k - j <= 4 && cls[k] === "cell" && layoutN + rowsN > 0) k = nextNonBlank(k + 1);
        const followed = k >= 0 && k - j <= 5 && (tabular(cls[k]!) || (cls[k] === "cell" && layoutN + rowsN === 0));
        // a cell standing in a column of the rows above (a side of a two-sided table, a label column) while more
        // table rows follow
        // (a new page shifts the columns: there, more table rows ahead is enough)
        const lastRow = [...body].reverse().find((b) => b.text !== "");
        const newPage = !!lastRow && lastRow.page !== lines[j]!.page;
        const aligned = (rowsN > 0 && tableAhead(j + 1)) || layoutN > 0 && (newPage || starts.some((x) => Math.abs(x - lines[j]!.indent) <= 1)) && tableAhead(j + 1);
        const tail = !!lastRow && tabular(classOf(lastRow)) && printedWidth(t) <= 8 && !startsBlock(t);
        if (!followed && !tail && !aligned && !(layoutN + rowsN === 0 && k >= 0 && cls[k] === "cell")) {
          if (layoutN + rowsN > 0 || !body.length) break;
        }
        cellN++;
      }
      if (cj === "layout") {
        layoutN++;
        for (const f of fields(lines[j]!.raw, 2)) starts.push(f.start);
      }
      if (cj === "rows") rowsN++;
      body.push(lines[j]!);
    }
    // trailing blank lines are not part of the table
    while (body.length && body[body.length - 1]!.text === "") body.pop();
    function classOf(l: DumpLine): LineClass {
      return cls[index.get(l)!]!;
    }
    // cells one per line without numbers (a table of contents, a list of names) are just lines
    const numbers = body.filter((b) => NUMBER.test(b.text)).length;
    if (!body.length || (layoutN + rowsN === 0 && numbers < 2)) {
      i = start + 1;
      continue;
    }
    // performance self-evaluation forms are text tables whose cells wrap over many short lines: a dump does not
    // keep enough of their geometry to rebuild them soundly, so they stay text
    const form = caption.some((l) => FORM_TITLE.test(l.text));
    const kind: Region["kind"] = form ? "plain" : layoutN >= 2 && layoutN >= rowsN ? "layout" : rowsN >= 2 ? "rows" : "plain";
    regions.set(start, { kind, caption, lines: body, ...(form ? { form } : {}) });
    const end = index.get(body[body.length - 1]!)!;
    for (let k = start; k <= end; k++) used.add(k);
    void cellN;
    i = end + 1;
  }
  return { regions, used };
}
