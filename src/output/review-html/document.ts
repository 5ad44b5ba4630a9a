/**
 * The document of a text, HTML or Word report as HTML: headings, paragraphs and tables as grids, every fact and every
 * finding place wrapped in a span (or marked on its cell) that carries the facts (data-f) and places (data-p) it shows.
 */
import type { Doc, Block, TableBlock } from "../../model/document.js";
import { esc } from "./html.js";
import type { Mark, MarkSeverity } from "./marks.js";

const RANK: Record<MarkSeverity, number> = { none: 0, info: 1, warning: 2, error: 3 };

function attrs(marks: Mark[], extraClass = ""): string {
  if (!marks.length) return extraClass ? ` class="${extraClass}"` : "";
  const facts = [...new Set(marks.flatMap((m) => m.facts))];
  const places = [...new Set(marks.flatMap((m) => m.places))];
  let sev: MarkSeverity = "none";
  for (const m of marks) if (RANK[m.sev] > RANK[sev]) sev = m.sev;
  const cls = [extraClass, facts.length ? "f" : "", sev !== "none" ? `m-${sev}` : "", places.length ? "p" : ""].filter(Boolean).join(" ");
  return `${cls ? ` class="${cls}"` : ""}${facts.length ? ` data-f="${facts.join(" ")}"` : ""}${places.length ? ` data-p="${places.join(" ")}"` : ""}`;
}

/** The text cut at every mark boundary; each piece wrapped with the marks that cover it. */
export function segmentText(text: string, marks: Mark[]): string {
  const ranged = marks.filter((m) => m.end > m.start && m.end <= text.length);
  if (!ranged.length) return esc(text);
  const cuts = new Set<number>([0, text.length]);
  for (const m of ranged) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const cover = ranged.filter((m) => m.start <= a && m.end >= b);
    out += cover.length ? `<span${attrs(cover)}>${esc(piece)}</span>` : esc(piece);
  }
  return out;
}

/** Marks that cannot be placed on a character range (start = end, or past the text) mark the whole element. */
const whole = (text: string, marks: Mark[]) => marks.filter((m) => !(m.end > m.start && m.end <= text.length));

function renderTable(b: TableBlock, index: number, marks: Mark[]): string {
  const byCell = new Map<string, Mark[]>();
  const loose: Mark[] = [];
  for (const m of marks) {
    if (!m.cell) {
      loose.push(m);
      continue;
    }
    // a mark on a position covered by a span belongs to the cell that owns the text
    const c = b.rows[m.cell[0]]?.[m.cell[1]];
    const own = c?.spanOf ?? m.cell;
    const k = `${own[0]},${own[1]}`;
    const list = byCell.get(k);
    if (list) list.push(m);
    else byCell.set(k, [m]);
  }
  const out: string[] = [];
  for (const line of b.caption) out.push(`<div class="caption">${esc(line)}</div>`);
  out.push(`<table id="b${index}" data-b="${index}"${attrs(loose, "grid blk")}><tbody>`);
  b.rows.forEach((row, r) => {
    out.push("<tr>");
    row.forEach((cell, c) => {
      if (cell.spanOf) return;
      const ms = byCell.get(`${r},${c}`) ?? [];
      const span = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}`;
      const w = whole(cell.text, ms);
      out.push(`<td id="b${index}-${r}-${c}"${span}${attrs(w, cell.state === "number" ? "num" : "")}>${segmentText(cell.text, ms).replace(/\n/g, "<br>")}</td>`);
    });
    out.push("</tr>");
  });
  out.push("</tbody></table>");
  return out.join("");
}

function renderBlock(b: Block, index: number, marks: Mark[]): string {
  if (b.type === "table") return renderTable(b, index, marks);
  const w = whole(b.text, marks);
  const label = b.label ? `<span class="label">${esc(b.label)}</span>` : "";
  const loc = b.loc.line ? ` data-line="${b.loc.line}"` : "";
  if (b.type === "heading") {
    const h = Math.min(6, b.level + 1);
    return `<h${h} id="b${index}" data-b="${index}"${loc}${attrs(w, "blk")}>${label}${segmentText(b.text, marks)}</h${h}>`;
  }
  return `<p id="b${index}" data-b="${index}"${loc}${attrs(w, "blk")}>${label}${segmentText(b.text, marks)}</p>`;
}

export function renderDocumentHtml(doc: Doc, marks: Mark[]): string {
  const byBlock = new Map<number, Mark[]>();
  for (const m of marks) {
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  return doc.blocks.map((b, i) => renderBlock(b, i, byBlock.get(i) ?? [])).join("\n");
}
