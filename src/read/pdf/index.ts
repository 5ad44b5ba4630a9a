/**
 * .pdf → Doc (pdfjs-dist): text in reading order, bordered and borderless tables, captions, page joins.
 *
 * One pass over the pages: getTextContent on every page; getOperatorList (ruling lines) only on pages whose text
 * looks tabular or that follow a page whose table reached the bottom. Each page is released after use.
 * Coordinates (loc.bbox, cell bbox) are PDF user units, origin bottom-left; for a page with /Rotate they are in the
 * upright page's frame (as the page is displayed).
 */
import type { Block, Doc, Message, TableBlock } from "../../model/document.js";
import { LIMITS, ReadError } from "../errors.js";
import { detectBorderless } from "./borderless.js";
import { gridRows } from "./cells.js";
import { findRunningLines, type PageLines } from "./headers-footers.js";
import { mapPdfError, openPdf, type OpenedPdf } from "./load.js";
import { isDamageWarning, listen, unlisten, type PdfjsListener } from "./pdfjs-log.js";
import { contentStreamPages, damagedStreams, type DamagedStream } from "./streams.js";
import { buildParagraphs, headingLevel, joinsAcrossPages, mergeParas, type Para } from "./paragraphs.js";
import { extractRulings, type OpsCodes } from "./rulings.js";
import { findGrids, locate, type Grid } from "./table-grid.js";
import { groupLines, splitAtSpaces, toItems, uprightMatrix } from "./text-lines.js";
import { isCaptionText, pickCaption } from "./captions.js";
import { joinContinuedTables, type PTable } from "./continuation.js";
import { looksTabular } from "./detect.js";
import { CUT_MARK, markCutRuns } from "./clipped.js";
import type { Line, TItem } from "./types.js";
import { maxOf, minOf, pushAll } from "../../util/arrays.js";

export { ReadError };

/** Per-page result of the extraction pass. */
interface PageData {
  page: number;
  view: number[];
  /** Baselines of the page's printed text lines, top first (each visual line once): line numbers on the page. */
  baselines: number[];
  flow: Line[];
  tables: PTable[];
  /** Text beyond the page edge that no ruled table took (a borderless table may run off the page). */
  offPage: TItem[];
}

export interface ReadPdfOptions {
  /** Fetch operator lists on every page instead of only where a table seems to be (for measuring). */
  allOperatorLists?: boolean;
  /** Per-page timeout in ms for a pdf.js promise that never settles (a page that blocks the thread needs a worker). */
  pageTimeoutMs?: number;
  /** Filled in when given: how many pages had their operator list fetched. */
  stats?: { operatorListPages: number };
  /** Called as each page starts (page 0: opening): a watchdog can tell a slow page from a hung one. */
  onPage?: (page: number, pages: number) => void;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError("corrupt", `the PDF cannot be read: ${what} timed out`)), ms);
    timer.unref?.();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** At most this many damage warnings are listed one by one; the rest are counted. */
const MAX_DAMAGE_WARNINGS = 20;

export async function readPdf(bytes: Uint8Array, opts: ReadPdfOptions = {}): Promise<Doc> {
  const timeout = opts.pageTimeoutMs ?? 60_000;
  const log = listen();
  try {
    opts.onPage?.(0, 0);
    const opened = await withTimeout(openPdf(bytes, { warnings: true }), timeout, "opening");
    return await readOpened(bytes, opened, opts, timeout, log);
  } finally {
    unlisten(log);
  }
}

async function readOpened(bytes: Uint8Array, opened: OpenedPdf, opts: ReadPdfOptions, timeout: number, log: PdfjsListener): Promise<Doc> {
  const { doc, task, lib } = opened;
  const warnings: Message[] = [];
  const damage: Message[] = [];
  try {
    const n = doc.numPages;
    if (n > LIMITS.maxPdfPages) throw new ReadError("too-large", `the PDF has ${n} pages, over the ${LIMITS.maxPdfPages}-page limit`);
    const pages: PageData[] = [];
    /** Page object number → page number (to name the page of a damaged content stream). */
    const pageOfObject = new Map<number, number>();
    let anyText = false;
    let garbled = 0;
    let tableAtBottom = false;
    const sizeHist = new Map<number, number>();
    for (let p = 1; p <= n; p++) {
      log.page = p;
      opts.onPage?.(p, n);
      let page: Awaited<ReturnType<typeof doc.getPage>>;
      try {
        page = await withTimeout(doc.getPage(p), timeout, `page ${p}`);
      } catch (e) {
        // a page whose dictionary is broken: skip it, read the others
        damage.push(pageWarning(p, `第 ${p} 页无法打开（${reason(e)}），已跳过；其余页照常读取`));
        tableAtBottom = false;
        continue;
      }
      if (page.ref) pageOfObject.set(page.ref.num, p);
      try {
        const tc = await withTimeout(page.getTextContent(), timeout, `text of page ${p}`);
        const upright = uprightMatrix(page.rotate, Array.from(page.view));
        const rotated = page.rotate % 360 !== 0;
        const view = upright.view;
        // text outside the page box is clipped away: it is not printed, except in a table that runs off the page
        // (the rest of its cells: read with the table, never as body text)
        const onPage = (it: TItem) => {
          const cx = (it.x0 + it.x1) / 2;
          const cy = (it.top + it.bottom) / 2;
          return cx >= view[0]! - 1 && cx <= view[2]! + 1 && cy >= view[1]! - 1 && cy <= view[3]! + 1;
        };
        const all = toItems(tc.items, rotated ? upright.m : undefined);
        const items = all.filter(onPage);
        const offPage = all.filter((it) => !onPage(it));
        const cut = markCutRuns(items, offPage, view);
        if (cut) {
          warnings.push({
            severity: "warning",
            source: "read.pdf",
            message: `第 ${p} 页有 ${cut} 处文字超出页面边界被截断（以“…”标出），其中的数字不作读取`,
            page: p,
          });
        }
        for (const it of items) for (const ch of it.str) if (ch >= "\uE000" && ch <= "\uF8FF") garbled++;
        if (items.length) anyText = true;
        for (const it of items) {
          const k = Math.round(it.size * 2) / 2;
          sizeHist.set(k, (sizeHist.get(k) ?? 0) + it.str.length);
        }
        let grids: Grid[] = [];
        const lines = groupLines(items, p);
        // a table that reached the bottom of the previous page may continue here with too little text to tell
        if (items.length && (opts.allOperatorLists || tableAtBottom || looksTabular(lines))) {
          try {
            const ol = await withTimeout(page.getOperatorList(), timeout, `drawing of page ${p}`);
            if (opts.stats) opts.stats.operatorListPages++;
            grids = findGrids(extractRulings(ol.fnArray, ol.argsArray, lib.OPS as unknown as OpsCodes, view, upright.m));
          } catch (e) {
            if (e instanceof ReadError && e.code === "too-large") throw e;
            damage.push(pageWarning(p, `第 ${p} 页的绘图指令无法读取（${reason(e)}）：该页的表格按文字位置识别`));
          }
        }
        pages.push(layoutPage(p, view, items, lines, grids, offPage));
        tableAtBottom = grids.some((g) => g.bbox[1] - view[1]! < (view[3]! - view[1]!) * 0.2);
      } catch (e) {
        if (e instanceof ReadError && e.code === "too-large") throw e;
        damage.push(pageWarning(p, `第 ${p} 页的文字无法读取（${reason(e)}），已跳过；其余页照常读取`));
        tableAtBottom = false;
      } finally {
        page.cleanup();
      }
    }
    log.page = 0;
    if (n > 0 && pages.length === 0) throw new ReadError("corrupt", `the PDF is damaged: none of its ${n} pages can be read`);
    if (!anyText && n > 0) throw new ReadError("no-text-layer", "no text layer: scanned PDFs need OCR, which juesuan does not do");
    pushAll(damage, damageWarnings(bytes, log, pageOfObject));
    if (garbled > 20) {
      warnings.push({
        severity: "warning",
        source: "read.pdf",
        message: `${garbled} characters have no Unicode mapping (private-use code points): some text may be garbled`,
      });
    }
    let bodySize = 0;
    let best = -1;
    for (const [k, v] of sizeHist) if (v > best) [bodySize, best] = [k, v];
    const blocks = assemble(pages, bodySize || 12, warnings);
    const shown = damage.slice(0, MAX_DAMAGE_WARNINGS);
    if (damage.length > shown.length) {
      shown.push({ severity: "warning", source: "read.pdf", message: `另有 ${damage.length - shown.length} 处损坏未逐条列出` });
    }
    return { format: "pdf", blocks, pages: n, warnings: [...shown, ...warnings], ...(damage.length ? { damaged: true } : {}) };
  } catch (e) {
    throw mapPdfError(e);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function pageWarning(page: number, message: string): Message {
  return { severity: "warning", source: "read.pdf", message, ...(page > 0 ? { page } : {}) };
}

function reason(e: unknown): string {
  const err = e as { name?: string; message?: string };
  return `${err?.name && err.name !== "Error" && err.name !== "ReadError" ? `${err.name}: ` : ""}${err?.message ?? String(e)}`.split("\n")[0]!;
}

/**
 * What pdf.js said about damage while reading (per page), the stray rejections of a damaged xref, and the compressed
 * streams whose checksum fails (pdf.js would have read them silently), each once.
 */
function damageWarnings(bytes: Uint8Array, log: PdfjsListener, pageOfObject: Map<number, number>): Message[] {
  const out: Message[] = [];
  // one warning per page: its first three distinct messages and how many there were
  const byPage = new Map<number, Set<string>>();
  for (const w of log.warnings) {
    if (!isDamageWarning(w.message)) continue;
    const set = byPage.get(w.page) ?? new Set<string>();
    set.add(w.message.replace(/\.$/, ""));
    byPage.set(w.page, set);
  }
  for (const [page, set] of byPage) {
    const list = [...set];
    const said = list.slice(0, 3).join("；") + (list.length > 3 ? ` 等 ${list.length} 条` : "");
    out.push(
      page > 0
        ? pageWarning(page, `第 ${page} 页的数据已损坏（pdf.js：${said}）：该页内容可能不全`)
        : pageWarning(0, `PDF 的文档结构已损坏（pdf.js：${said}），已尽量恢复：内容可能不全`),
    );
  }
  if (log.strays.length) {
    out.push(pageWarning(0, `PDF 的交叉引用表已损坏（${log.strays[0]!.message}${log.strays.length > 1 ? ` 等 ${log.strays.length} 处` : ""}），pdf.js 已按对象重建：内容可能不全`));
  }
  let streams: DamagedStream[] = [];
  let contents = new Map<number, number[]>();
  try {
    streams = damagedStreams(bytes);
    if (streams.length) contents = contentStreamPages(bytes);
  } catch {
    /* the check is an extra: a file it cannot scan is read as pdf.js read it */
  }
  for (const s of streams) {
    const pages = (contents.get(s.obj) ?? []).map((o) => pageOfObject.get(o)).filter((p): p is number => p !== undefined);
    const where = pages.length ? `第 ${pages.join("、")} 页的内容` : "用到它的页面（字体或内容）";
    out.push(pageWarning(pages[0] ?? 0, `PDF 对象 ${s.obj} 的压缩数据已损坏（zlib：${s.problem}）：${where}可能缺字或有误`));
  }
  return out;
}

/** Assign items to bordered tables; the rest is flow text (lines). */
/** Baselines of the lines a reader sees on the page, top first; lines side by side (two columns) count once. */
function baselinesOf(lines: Line[]): number[] {
  const ys = lines.filter((l) => l.text.trim()).map((l) => l.y).sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (!out.length || out[out.length - 1]! - y > 2) out.push(y);
  return out;
}

/** 1-based line on its page of the text whose top line has baseline `y` (or a table whose top edge is `y`). */
export function lineOnPage(baselines: number[], y: number): number {
  let n = 0;
  while (n < baselines.length && baselines[n]! > y + 2) n++;
  return n + 1;
}

function layoutPage(page: number, view: number[], items: TItem[], lines: Line[], grids: Grid[], offPage: TItem[]): PageData {
  const baselines = baselinesOf(lines);
  if (!grids.length) return { page, view, baselines, flow: lines, tables: [], offPage };
  const byGrid: TItem[][][] = grids.map((g) => g.cells.map(() => []));
  const flowItems: TItem[] = [];
  const offLeft: TItem[] = [];
  for (const it of [...items, ...offPage]) {
    const cy = (it.top + it.bottom) / 2;
    const pieces = splitAtSpaces(it);
    let inTable: TItem | undefined;
    for (const piece of pieces) {
      const cx = (piece.x0 + piece.x1) / 2;
      // the part of a run that lies off the page is not printed: only a table running off the page takes it
      const off = cx > view[2]! + 1 || cx < view[0]! - 1 || cy > view[3]! + 1 || cy < view[1]! - 1;
      let placed = false;
      for (let gi = 0; gi < grids.length && !placed; gi++) {
        const g = grids[gi]!;
        const pos = locate(g, cx, cy);
        if (!pos) continue;
        byGrid[gi]![g.owner[pos[0]]![pos[1]]!]!.push(piece);
        placed = true;
        inTable = piece;
      }
      if (!placed) {
        // the rest of a cell's run, cut off beyond the table: the cell's text is cut there
        if (off && inTable && !inTable.str.endsWith(CUT_MARK)) inTable.str += CUT_MARK;
        (off ? offLeft : flowItems).push(pieces.length > 1 ? piece : it);
      }
    }
  }
  const tables: PTable[] = grids.map((g, gi) => ({
    page,
    grid: g,
    xs: g.xs,
    bbox: g.bbox,
    rows: gridRows(g, byGrid[gi]!, page),
    caption: [],
    lastRowWraps: lastRowWraps(g, byGrid[gi]!),
  }));
  return { page, view, baselines, flow: groupLines(flowItems, page), tables, offPage: offLeft };
}

/**
 * For each column of the last grid row: does its cell's text end at the cell's right edge (wrapped, may go on)?
 * The edge is less the cell's padding (as on its left) and up to two characters that line breaking moved to the
 * next line (a comma may not begin a line).
 */
function lastRowWraps(g: Grid, byCell: TItem[][]): boolean[] {
  const R = g.ys.length - 1;
  return g.owner[R - 1]!.map((idx) => {
    const cell = g.cells[idx]!;
    const its = byCell[idx] ?? [];
    if (!its.length) return false;
    const lowest = minOf(its, (i) => i.y);
    const lastLine = its.filter((i) => Math.abs(i.y - lowest) < 0.5 * i.size);
    const x1 = maxOf(lastLine, (i) => i.x1);
    const size = lastLine[0]!.size;
    const pad = Math.min(Math.max(0, Math.min(...its.map((i) => i.x0)) - g.xs[cell.c]!), 2 * size);
    return x1 >= g.xs[cell.c + cell.cs]! - pad - 2.2 * size;
  });
}

type Elem = { kind: "para"; para: Para; top: number } | { kind: "table"; table: PTable; top: number };

function assemble(pages: PageData[], bodySize: number, warnings: Message[]): Block[] {
  // running headers / footers and page numbers
  const running = findRunningLines(pages.map((p): PageLines => ({ page: p.page, view: p.view, lines: p.flow })));
  const perPage: Elem[][] = [];
  for (const p of pages) {
    let flow = p.flow.filter((l) => !running.has(l)).sort((a, b) => b.y - a.y || a.x0 - b.x0);
    // borderless tables among the flow lines
    const last = perPage[perPage.length - 1]?.at(-1);
    const bl = detectBorderless(flow, p.page, bodySize, { view: p.view, prev: last?.kind === "table" ? last.table : undefined, offPage: p.offPage });
    const tables = [...p.tables, ...bl.tables];
    flow = bl.rest;
    // captions: title/unit lines just above each table
    for (const t of [...tables].sort((a, b) => b.bbox[3] - a.bbox[3])) {
      const used = pickCaption(t, flow, tables);
      if (used.length) {
        t.caption = used.map((l) => l.text);
        const drop = new Set(used);
        flow = flow.filter((l) => !drop.has(l));
      }
    }
    const elems: Elem[] = [];
    // paragraphs between tables: split the flow at each table so no paragraph spans across one
    const cuts = tables.map((t) => t.bbox[3]).sort((a, b) => b - a);
    let chunk: Line[] = [];
    const chunks: Line[][] = [];
    let ci = 0;
    for (const l of flow) {
      while (ci < cuts.length && l.y < cuts[ci]!) {
        if (chunk.length) chunks.push(chunk);
        chunk = [];
        ci++;
      }
      chunk.push(l);
    }
    if (chunk.length) chunks.push(chunk);
    for (const ch of chunks) for (const para of buildParagraphs(ch, p.page, p.view, bodySize)) elems.push({ kind: "para", para, top: para.bbox[3] });
    for (const t of tables) elems.push({ kind: "table", table: t, top: t.bbox[3] });
    elems.sort((a, b) => b.top - a.top);
    perPage.push(elems);
  }
  // join across page breaks: tables that continue, paragraphs that do not end a sentence
  const flat: Elem[] = [];
  for (let i = 0; i < perPage.length; i++) {
    const elems = perPage[i]!;
    for (let j = 0; j < elems.length; j++) {
      const e = elems[j]!;
      const prev = flat[flat.length - 1];
      if (j === 0 && prev && i > 0 && prev.kind === "table" && e.kind === "table" && continuesCaption(e.table.caption) && (prev.table.endPage ?? prev.table.page) === pages[i - 1]!.page) {
        const joined = joinContinuedTables(prev.table, e.table);
        if (joined) {
          prev.table = joined;
          continue;
        }
        warnings.push({
          severity: "warning",
          source: "read.pdf",
          message: `table at the top of page ${e.table.page} may continue the table on page ${prev.table.endPage ?? prev.table.page}, but the columns do not agree; kept as two tables`,
          page: e.table.page,
        });
      }
      if (j === 0 && i > 0 && e.kind === "table" && !e.table.caption.some((c) => /表/.test(c))) {
        // the title was left at the bottom of the previous page (page break between title and table)
        const carried: Para[] = [];
        for (let k = flat.length - 1; k >= 0 && carried.length < 4; k--) {
          const f = flat[k]!;
          if (f.kind !== "para" || f.para.lines[0]!.page !== pages[i - 1]!.page || f.para.lines.length > 2 || !isCaptionText(f.para.text, false)) break;
          carried.unshift(f.para);
        }
        if (carried.length && carried.some((c) => /表/.test(c.text))) {
          flat.splice(flat.length - carried.length, carried.length);
          e.table.caption = [...carried.map((c) => c.text), ...e.table.caption];
        }
      }
      if (j === 0 && prev && i > 0 && prev.kind === "para" && e.kind === "para" && prev.para.lines[prev.para.lines.length - 1]!.page === pages[i - 1]!.page && joinsAcrossPages(prev.para, e.para, bodySize)) {
        prev.para = mergeParas(prev.para, e.para);
        continue;
      }
      flat.push(e);
    }
  }
  const blocks: Block[] = [];
  const baselines = new Map(pages.map((p) => [p.page, p.baselines]));
  const lineAt = (page: number, y: number) => {
    const b = baselines.get(page);
    return b ? { line: lineOnPage(b, y) } : {};
  };
  for (const e of flat) {
    if (e.kind === "table") {
      const t = e.table;
      const top = t.rows[0]?.find((c) => c)?.bbox?.[3] ?? t.bbox[3];
      const tb: TableBlock = { type: "table", rows: t.rows, caption: t.caption, loc: { page: t.page, ...lineAt(t.page, top - 1), bbox: round(t.bbox) } };
      blocks.push(tb);
    } else {
      const p = e.para;
      const level = headingLevel(p, bodySize);
      const first = p.lines[0];
      const loc = { page: p.page, ...(first ? lineAt(first.page, first.y) : {}), bbox: round(p.bbox) };
      // Provenance: the characters as the PDF has them (before radical mapping and space tidying), line by line.
      const raw = p.lines.map((l) => l.items.map((it) => it.str).join("")).join("\n");
      const original = raw.replace(/\n/g, "") !== p.text ? { original: raw } : {};
      if (level !== undefined) blocks.push({ type: "heading", level, text: p.text, ...original, loc });
      else blocks.push({ type: "paragraph", text: p.text, ...original, loc });
    }
  }
  return blocks;
}

/** A table at the top of a page may continue the previous one when it has no title of its own ("续" / unit only). */
function continuesCaption(caption: string[]): boolean {
  return caption.every((c) => /续/.test(c) || /单位[:：]/.test(c));
}

function round(b: [number, number, number, number]): [number, number, number, number] {
  return [r2(b[0]), r2(b[1]), r2(b[2]), r2(b[3])];
}
function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
