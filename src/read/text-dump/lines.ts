/**
 * A PDF text dump as lines: page numbers from form feeds (pdftotext puts "\f" between pages), 1-based file
 * line numbers, and the fields of a line (runs of text separated by spaces) with their character columns.
 */

export interface DumpLine {
  /** The line as in the file (form feed removed, trailing spaces and CR removed). */
  raw: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based page (form feeds counted before this line). */
  page: number;
  /** Leading spaces (character columns). */
  indent: number;
  /** The text without leading/trailing spaces. */
  text: string;
}

export interface Field {
  text: string;
  /** Character columns [start, end) in the raw line. */
  start: number;
  end: number;
}

/** Split a dump into lines with page numbers. A form feed starts a new page wherever it sits in a line. */
export function dumpLines(text: string): DumpLine[] {
  const out: DumpLine[] = [];
  let page = 1;
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  rows.forEach((row, i) => {
    let r = row;
    while (r.includes("\f")) {
      const k = r.indexOf("\f");
      // text before a form feed on the same line belongs to the old page (rare); keep it there
      const before = r.slice(0, k);
      if (before.trim() !== "") out.push(mk(before, i + 1, page));
      page++;
      r = r.slice(k + 1);
    }
    out.push(mk(r, i + 1, page));
  });
  return out;
}

function mk(raw: string, line: number, page: number): DumpLine {
  const r = raw.replace(/\t/g, "    ").replace(/[\s\u3000]+$/, "");
  const indent = r.length - r.replace(/^[ \u3000]+/, "").length;
  return { raw: r, line, page, indent, text: r.trim() };
}

/** Fields of a line: runs separated by at least `gap` spaces. */
const FIELD_RES = new Map<number, RegExp>();

export function fields(raw: string, gap = 2): Field[] {
  const out: Field[] = [];
  let re = FIELD_RES.get(gap);
  if (!re) FIELD_RES.set(gap, (re = gap <= 1 ? /\S+/g : new RegExp(`\\S+(?: {1,${gap - 1}}\\S+)*`, "g")));
  re.lastIndex = 0;
  for (const m of raw.matchAll(re)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Printed width of a text in ideograph widths (a Latin letter or digit is about half an ideograph). */
export function printedWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) w += 0.35;
    else if (c < 0x1100) w += 0.5;
    else if (c >= 0xd800 && c <= 0xdbff) {
      w += 1; // a character outside the BMP (rare CJK): one ideograph, its low surrogate skipped
      i++;
    } else w += WIDE.test(s[i]!) ? 1 : 0.5;
  }
  return w;
}

export const isWide = (ch: string) => WIDE.test(ch);
