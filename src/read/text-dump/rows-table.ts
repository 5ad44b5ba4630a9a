/**
 * A table dumped one row per line with single spaces between the printed cells (pdfplumber's extract_text): blank
 * cells leave no trace and there are no positions. What can be told soundly:
 * - the columns, from the header line with the most column names (项目 决算数 项目 决算数 → two groups of a label
 *   and one value; 项目 本年收入合计 … 其他收入 → one label and seven values), code columns from the codes printed;
 * - a row's runs (codes, a label, numbers), one per group, in order; a run on its own in a two-group table goes to
 *   the group whose enumeration (一、二、…) or code class it continues;
 * - a run's numbers when there are as many as the group has value columns (or none: all blank).
 * Otherwise the column of a number cannot be told: those cells are marked unknown ("?", a text cell, so no value is
 * read from them) and a warning names the lines. Upper header lines (group titles) go to the caption.
 */
import { makeCell } from "../../model/cell.js";
import type { Cell } from "../../model/document.js";
import type { DumpLine } from "./lines.js";
import { CODE, NUMBER } from "./cells.js";

export const UNKNOWN = "?";

const LABEL_WORD = /^(项目|科目编码|科目名称|支出功能分类|功能分类|经济分类|支出经济分类|支出功能分类科目编码|经济分类科目编码|功能分类科目编码|类|款|项|编码|名称|单位名称|序号|项目名称|项目\(按功能分类\)|项目（按功能分类）|收入|支出|栏次)$/;
const CN = "一二三四五六七八九十";
const ENUM = new RegExp(`^([${CN}]+)[、.．]`);

interface Group {
  codeCols: number;
  hasLabel: boolean;
  values: string[];
}

interface Run {
  codes: string[];
  label: string;
  nums: string[];
}

function cnNumber(s: string): number | undefined {
  const d = (c: string) => CN.indexOf(c) + 1;
  if (s === "十") return 10;
  if (s.length === 1) return d(s) || undefined;
  if (s.startsWith("十")) return 10 + d(s[1]!);
  if (s.length === 2 && s[1] === "十") return d(s[0]!) * 10;
  if (s.length === 3 && s[1] === "十") return d(s[0]!) * 10 + d(s[2]!);
  return undefined;
}

const isNum = (t: string) => NUMBER.test(t) && !(CODE.test(t) && t.length >= 3 && !/[.,，]/.test(t));

/** Split a row's tokens into runs: codes, then label text, then numbers; a code or label after numbers starts a run. */
export function runsOf(tokens: string[], groups: number): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  for (const t of tokens) {
    const code = CODE.test(t) || /^(类|款|项)$/.test(t);
    const num = !code && isNum(t);
    // with two groups side by side, each label is a run of its own ("结余分配" after "使用非财政拨款结余（含专用结余）")
    if (!cur || (cur.nums.length && !num) || (code && cur.label) || (!num && !code && cur.label && groups > 1)) {
      cur = { codes: [], label: "", nums: [] };
      runs.push(cur);
    }
    if (num) cur.nums.push(t);
    else if (code && !cur.label) cur.codes.push(t);
    else cur.label += t;
  }
  return runs;
}

function groupsOf(header: string[][]): { groups: Group[]; leaf: number } {
  let leaf = -1;
  let best = 0;
  header.forEach((toks, i) => {
    const n = toks.filter((t) => !LABEL_WORD.test(t)).length;
    if (n > best) [leaf, best] = [i, n];
  });
  if (leaf < 0) return { groups: [{ codeCols: 0, hasLabel: true, values: [] }], leaf };
  const groups: Group[] = [];
  let cur: Group | undefined;
  for (const t of header[leaf]!) {
    if (LABEL_WORD.test(t)) {
      if (!cur || cur.values.length) {
        cur = { codeCols: 0, hasLabel: true, values: [] };
        groups.push(cur);
      }
      continue;
    }
    if (!cur) {
      cur = { codeCols: 0, hasLabel: false, values: [] };
      groups.push(cur);
    }
    cur.values.push(t);
  }
  return { groups, leaf };
}

export function buildRowsTable(lines: DumpLine[]): { rows: Cell[][]; warnings: string[]; caption: string[] } {
  const printed = lines.filter((l) => l.text !== "");
  const toks = printed.map((l) => l.text.split(/\s+/));
  const isData = (ts: string[]) => ts.some((t) => isNum(t) || CODE.test(t)) || (ts.length > 0 && ENUM.test(ts[0]!)) || (ts.some((t) => /^(合计|总计)$/.test(t)) && ts.every((t) => /^(合计|总计|类|款|项)$/.test(t)));
  const firstData = toks.findIndex(isData);
  const headerN = firstData < 0 ? toks.length : firstData;
  const { groups, leaf } = groupsOf(toks.slice(0, headerN));
  // code columns: the most code tokens a run starts with; value columns: as many as named, or as the most numbers
  // a run has when the header names fewer (no number is ever dropped)
  for (const ts of toks.slice(headerN)) {
    const runs = runsOf(ts, groups.length);
    if (runs.length > groups.length) continue;
    runs.forEach((r, i) => {
      const g = groups[i]!;
      if (g.hasLabel) g.codeCols = Math.max(g.codeCols, r.codes.length);
      while (g.values.length < r.nums.length) g.values.push("");
    });
  }
  const start: number[] = [];
  let width = 0;
  for (const g of groups) {
    start.push(width);
    width += g.codeCols + (g.hasLabel ? 1 : 0) + g.values.length;
  }
  const warnings: string[] = [];
  const unknown: number[] = [];
  const caption = printed.slice(0, headerN).filter((_, i) => i !== leaf).map((l) => l.text);
  const rows: Cell[][] = [];
  const blankRow = (page: number) => Array.from({ length: width }, () => makeCell("", { page }));
  if (leaf >= 0) {
    const row = blankRow(printed[leaf]!.page);
    let gi = -1;
    let vi = 0;
    for (const t of toks[leaf]!) {
      if (LABEL_WORD.test(t)) {
        if (gi < 0 || vi > 0) [gi, vi] = [gi + 1, 0];
        const g = groups[gi]!;
        row[start[gi]! + g.codeCols] = makeCell(t, { page: printed[leaf]!.page });
        continue;
      }
      if (gi < 0) gi = 0;
      const g = groups[gi]!;
      row[start[gi]! + g.codeCols + (g.hasLabel ? 1 : 0) + vi] = makeCell(t, { page: printed[leaf]!.page });
      vi++;
    }
    rows.push(row);
  }
  // group titles: a header line above the leaf line with one word per group ("收入 支出")
  const titles = leaf > 0 ? toks.slice(0, leaf).find((ts) => ts.length === groups.length && ts.every((t) => /^[\u4e00-\u9fff]{2,4}$/.test(t))) ?? [] : [];
  const lastEnum: (number | undefined)[] = groups.map(() => undefined);
  const lastClass: (string | undefined)[] = groups.map(() => undefined);
  for (let i = headerN; i < printed.length; i++) {
    const l = printed[i]!;
    const row = blankRow(l.page);
    const runs = runsOf(toks[i]!, groups.length);
    let placed: (Run | undefined)[] = groups.map(() => undefined);
    if (runs.length === groups.length) placed = runs;
    else if (runs.length === 1 && groups.length > 1) {
      const r = runs[0]!;
      const e = ENUM.exec(r.label);
      const n = e ? cnNumber(e[1]!) : undefined;
      const byEnum = n !== undefined ? groups.map((_, gi) => lastEnum[gi] !== undefined && lastEnum[gi]! + 1 === n) : [];
      const cls = r.codes[0]?.slice(0, 3);
      const byClass = cls ? groups.map((_, gi) => lastClass[gi] === cls) : [];
      // the group whose title word the label carries and the other's not (收入 | 支出 over a two-sided table)
      const byTitle = titles.length === groups.length ? titles.map((t, gi) => r.label.includes(t) && titles.every((o, oi) => oi === gi || !r.label.includes(o))) : [];
      const pick = [byEnum, byClass, byTitle].find((b) => b.filter(Boolean).length === 1);
      if (pick) placed[pick.indexOf(true)] = r;
    }
    if (placed.every((p) => !p)) {
      // the runs do not map onto the groups: keep the text, every value unknown
      row[0] = makeCell(toks[i]!.filter((t) => !isNum(t)).join(""), { page: l.page });
      groups.forEach((g, gi) => g.values.forEach((_, vi) => (row[start[gi]! + g.codeCols + (g.hasLabel ? 1 : 0) + vi] = makeCell(UNKNOWN, { page: l.page }))));
      unknown.push(l.line);
      rows.push(row);
      continue;
    }
    placed.forEach((r, gi) => {
      if (!r) return;
      const g = groups[gi]!;
      const s = start[gi]!;
      r.codes.slice(0, g.codeCols).forEach((c, k) => (row[s + k] = makeCell(c, { page: l.page })));
      if (g.hasLabel) row[s + g.codeCols] = makeCell(r.label, { page: l.page });
      else if (r.label) row[s] = makeCell(r.label, { page: l.page });
      const v0 = s + g.codeCols + (g.hasLabel ? 1 : 0);
      if (r.nums.length === g.values.length) r.nums.forEach((x, k) => (row[v0 + k] = makeCell(x, { page: l.page })));
      else if (r.nums.length > 0) {
        g.values.forEach((_, k) => (row[v0 + k] = makeCell(UNKNOWN, { page: l.page })));
        unknown.push(l.line);
      }
      const e = ENUM.exec(r.label);
      if (e) lastEnum[gi] = cnNumber(e[1]!);
      if (r.codes[0] && /^\d{3}/.test(r.codes[0])) lastClass[gi] = r.codes[0].slice(0, 3);
    });
    rows.push(row);
  }
  if (unknown.length) warnings.push(`表格第 ${[...new Set(unknown)].join("、")} 行的数字少于栏目且空格无位置可依，无法判断所在栏，这些栏目按未知处理`);
  return { rows, warnings, caption };
}
