/**
 * Seed text → a small structural model shared by the fixture builders (make-html.mjs, make-docx.ts).
 * Rules: /work/shared/domain/toolchain.md Appendix A. Generic: nothing here knows a particular report.
 *
 *   tab line   -> one table cell; a blank line ends the row; two blank lines (or a non-tab line) end the table
 *   other line -> heading (第X部分 / …部门决算 -> 1, X、 (short) -> 2, （X） -> 3), numbered item (N.), or paragraph
 *   table      -> leading one-cell rows become caption lines; a LEADING empty cell in a row with the same
 *                 cell count as the row above merges into the cell above (rowspan); a short row's last
 *                 cell spans the remaining columns (colspan)
 */

const CN_DIGITS = "零一二三四五六七八九";
const CN = "[一二三四五六七八九十百零〇]+";
export const H1_RE = new RegExp(`^第${CN}部分`);
export const H2_RE = new RegExp(`^(${CN})、`);
export const H3_RE = new RegExp(`^（(${CN})）`);
export const DEC_RE = /^(\d+)[.．](?!\d)/;

/** "十二" → 12; NaN when not a Chinese number. */
export function chineseToInt(s) {
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const d = CN_DIGITS.indexOf(ch === "〇" ? "零" : ch);
    if (d >= 0) cur = d;
    else if (ch === "十") {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === "百") {
      total += (cur || 1) * 100;
      cur = 0;
    } else return NaN;
  }
  return total + cur;
}

/**
 * @typedef {{kind:"heading", level:number, text:string}} SeedHeading
 * @typedef {{kind:"paragraph", text:string}} SeedParagraph
 * @typedef {{kind:"list", items:string[]}} SeedList  items keep their "N." prefix
 * @typedef {{text:string, rowSpan:number, colSpan:number}} SeedCell
 * @typedef {{kind:"table", caption:string[], rows:SeedCell[][]}} SeedTable  rows hold owner cells only
 */

export function parseSeedText(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const items = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("\t")) {
      const rows = [];
      let row = [];
      let blanks = 0;
      for (; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith("\t")) {
          if (blanks > 0 && row.length) {
            rows.push(row);
            row = [];
          }
          blanks = 0;
          row.push(l.slice(1).trim());
        } else if (l.trim() === "") {
          if (++blanks >= 2) break;
        } else break;
      }
      if (row.length) rows.push(row);
      items.push(buildTable(rows));
      continue;
    }
    const t = line.trim();
    i++;
    if (t === "") continue;
    if (DEC_RE.test(t)) {
      const last = items[items.length - 1];
      if (last && last.kind === "list") last.items.push(t);
      else items.push({ kind: "list", items: [t] });
      continue;
    }
    if (H1_RE.test(t) || t.endsWith("部门决算")) items.push({ kind: "heading", level: 1, text: t });
    else if (H2_RE.test(t) && t.length < 40) items.push({ kind: "heading", level: 2, text: t });
    else if (H3_RE.test(t)) items.push({ kind: "heading", level: 3, text: t });
    else items.push({ kind: "paragraph", text: t });
  }
  return items;
}

/** Raw rows of cell texts → caption lines + rows of owner cells with inferred spans. */
function buildTable(raw) {
  const caption = [];
  let k = 0;
  while (k < raw.length - 1 && raw[k].length === 1) caption.push(raw[k++][0]);
  const body = raw.slice(k);
  const width = Math.max(0, ...body.map((r) => r.length));
  /** owner[r][c] = the cell object covering that position (rows are aligned by raw position). */
  const owner = [];
  const rows = [];
  body.forEach((r, ri) => {
    const out = [];
    const own = [];
    const prev = ri > 0 ? body[ri - 1] : undefined;
    const mergeable = prev !== undefined && prev.length === r.length && r.some((t) => t !== "");
    let leading = true;
    r.forEach((t, c) => {
      if (leading && t !== "") leading = false;
      const above = ri > 0 ? owner[ri - 1][c] : undefined;
      if (mergeable && leading && above && above.colSpan === 1) {
        above.rowSpan++;
        own.push(above);
        return;
      }
      const cell = { text: t, rowSpan: 1, colSpan: c === r.length - 1 ? width - r.length + 1 : 1 };
      out.push(cell);
      own.push(cell);
    });
    owner.push(own);
    rows.push(out);
  });
  return { kind: "table", caption, rows };
}
