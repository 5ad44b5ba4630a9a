/**
 * Where the borderless tables of stream-table.ts are looked for: right below a table title (a caption line
 * with 表, e.g. "项目支出绩效自评表" and "（2024年度）"), and at the top of a page when the previous page ended
 * in such a table (its continuation). The region runs down to the next title, heading or body paragraph.
 * It is taken as a table only when its lines fit left-aligned columns (≥ 3 columns, nearly every piece of
 * text starting at a column start); otherwise the lines stay flow text.
 */
import { isCaptionText } from "./captions.js";
import { PART_RE, SECTION_RE, bodyEdges } from "./paragraphs.js";
import { buildStreamPart, columnStarts, mergeStarts, piecesAt, startCoverage, type StreamPart } from "./stream-table.js";
import type { PTable } from "./continuation.js";
import { groupLines } from "./text-lines.js";
import type { Line, TItem } from "./types.js";

const MIN_COVERAGE = 0.9;

export interface StreamOptions {
  /** The table the previous page ended with, when it may go on at the top of this page. */
  prev?: PTable;
  /** Text beyond the page edge: a table that runs off the page takes what lies beside its rows. */
  offPage?: TItem[];
}

/** A title of a table: a caption line naming a table (…表), set apart from the body text. */
function isTitle(l: Line, left: number): boolean {
  return /表/.test(l.text) && isCaptionText(l.text, false) && l.x0 > left + 1.5 * l.size;
}

export function detectStreamTables(flow: Line[], page: number, view: number[], opts: StreamOptions = {}): { tables: PTable[]; rest: Line[] } {
  const lines = flow;
  const edges = bodyEdges(lines, view);
  // a page holding only a table's continuation has no body text: the table's left edge is the body's
  const left = Math.min(edges.left, opts.prev ? opts.prev.xs[0]! : Infinity);
  const right = edges.right;
  const used = new Set<number>();
  const tables: PTable[] = [];

  const isStop = (l: Line): boolean => {
    if (isTitle(l, left)) return true;
    if ((PART_RE.test(l.text) || SECTION_RE.test(l.text)) && l.x0 < left + 1.5 * l.size) return true;
    // a body paragraph line: one run of text across the page from the left margin (or its first-line indent)
    const pcs = piecesAt([l], []);
    return pcs.length === 1 && l.x0 <= left + 2.5 * l.size && l.x1 >= right - 1.5 * l.size && l.text.length >= 15;
  };

  const filledOffPage = (low: number, high: number) => (opts.offPage ?? []).some((it) => it.top > low && it.bottom < high);

  /** Every piece of the line begins at one of the column starts. */
  const aligned = (l: Line, starts: number[]) => piecesAt([l], starts).every((p) => starts.some((x) => Math.abs(p.x0 - x) <= 1.5));

  const regionFrom = (s: number, above?: Line, prev?: PTable): number => {
    let k = s;
    while (k < lines.length) {
      const l = lines[k]!;
      const up = k > s ? lines[k - 1]! : above;
      if (isStop(l)) break;
      // a wide gap ends the table, unless text beyond the page edge fills it (a cell cut off by the edge) or the
      // line below still fits the table's columns (a tall cell whose text was cut off by the page edge)
      if (up && up.bottom - l.top > 4 * Math.max(l.size, up.size) && !filledOffPage(l.top, up.bottom)) {
        const starts = mergeStarts([...(prev?.stream?.known ?? []), ...columnStarts([{ page, lines: lines.slice(s, k) }])]);
        if (starts.length < 3 || !aligned(l, starts)) break;
      }
      k++;
    }
    return k;
  };

  const accept = (s: number, e: number, prev?: PTable): boolean => {
    const region = lines.slice(s, e);
    if (!region.length) return false;
    const part: StreamPart = { page, lines: region };
    let known: number[];
    if (prev?.stream) {
      // the columns seen so far in the table (all its earlier parts) and those of this part
      known = mergeStarts([...(prev.stream.known ?? []), ...columnStarts([...prev.stream.parts, part])]);
      if (startCoverage(region, known) < MIN_COVERAGE) return false;
    } else {
      known = columnStarts([part]);
      const perLine = new Map<number, number>();
      for (const p of piecesAt(region, known)) perLine.set(p.line, (perLine.get(p.line) ?? 0) + 1);
      const multi = [...perLine.values()].filter((n) => n >= 2).length;
      // a table that begins at the foot of the page shows only a few lines here: it is checked again, with
      // the lines of the next page, when its continuation is joined
      const atFoot = e === lines.length && multi >= 1;
      if (!atFoot) {
        if (known.length < 3 || region.length < 3 || multi < 2) return false;
        if (startCoverage(region, known) < MIN_COVERAGE) return false;
      }
    }
    let offPage = opts.offPage ?? [];
    const top = Math.max(...region.map((l) => l.top));
    const bottom = Math.min(...region.map((l) => l.bottom));
    const beside = offPage.filter((it) => it.bottom >= bottom - 1 && it.top <= top + 1);
    if (beside.length) {
      part.lines = groupLines([...region.flatMap((l) => l.items), ...beside], page);
      offPage = offPage.filter((it) => !beside.includes(it));
      opts.offPage = offPage;
    }
    const starts = columnStarts([part]);
    const rightEdge = Math.max(...part.lines.map((l) => l.x1));
    const built = buildStreamPart(part, starts.length ? starts : [Math.min(...part.lines.map((l) => l.x0))], rightEdge);
    tables.push({ page, xs: built.xs, bbox: built.bbox, rows: built.rows, caption: [], lastRowWraps: built.lastRowWraps, stream: { parts: [part], right: rightEdge, known } });
    for (let k = s; k < e; k++) used.add(k);
    return true;
  };

  let i = 0;
  if (opts.prev?.stream && lines.length && !isStop(lines[0]!)) {
    const e = regionFrom(0, undefined, opts.prev);
    if (accept(0, e, opts.prev)) i = e;
  }
  for (; i < lines.length; i++) {
    if (used.has(i) || !isTitle(lines[i]!, left)) continue;
    // the title and the caption lines under it ("（2024年度）", "单位：万元")
    let s = i + 1;
    while (s < lines.length && s <= i + 3 && isCaptionText(lines[s]!.text, false) && !isStop(lines[s]!)) s++;
    const e = regionFrom(s, lines[s - 1]);
    if (e > s && accept(s, e)) i = e - 1;
  }
  return { tables, rest: lines.filter((_, k) => !used.has(k)) };
}
