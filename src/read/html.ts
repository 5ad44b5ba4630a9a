/**
 * HTML → Doc (cheerio). Headings h1–h6 → heading blocks; p/div/inline text → paragraphs; list items →
 * paragraphs whose `label` is recovered from list position; tables → rectangular grids (html-grid.ts) with
 * `caption` = up to 3 short paragraphs right above the table plus any <caption>. `loc.line` is the
 * 1-based block index (HTML has no meaningful lines). Also used for mammoth's docx output.
 */
import { load } from "cheerio";
import type { Block, Doc, Message } from "../model/document.js";
import { BLOCK_TAGS, BR, isElement, normalizeInline, rawText, SKIPPED, type HNode } from "./html-dom.js";
import { limitNesting } from "./html-depth.js";
import { expandGrid, tableCaption, tableSourceRows } from "./html-grid.js";
import { listLabel, listStyle } from "./html-list.js";

/** A paragraph this short, right above a table, is taken as one of its caption lines. */
const CAPTION_MAX_CHARS = 60;
const CAPTION_MAX_LINES = 3;

/**
 * Tags nested deeper than this are dropped before parsing (their text stays): both parsers are quadratic in the
 * depth, and a report is nested a few dozen levels at most.
 */
export const MAX_HTML_DEPTH = 256;

export function readHtmlString(html: string): Doc {
  const warnings: Message[] = [];
  const nesting = limitNesting(html, MAX_HTML_DEPTH);
  if (nesting.dropped) {
    warnings.push({
      severity: "warning",
      source: "read.html",
      message: `HTML 元素嵌套 ${nesting.depth} 层，超过 ${MAX_HTML_DEPTH} 层的 ${nesting.dropped} 个标签已忽略（文字保留）`,
    });
  }
  const root = load(nesting.html).root()[0] as unknown as HNode;
  const b = new BlockBuilder();
  b.walkChildren(root, 0);
  b.flush();
  return { format: "html", blocks: b.blocks, warnings };
}

/** A step of the walk: a node to visit at a list depth, or an action to run when a block or list item ends. */
type Step = { node: HNode; depth: number } | (() => void);

/** Walks the DOM with an explicit stack (no recursion: a 100k-deep nest of elements must not overflow). */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private inline: string[] = [];
  /** Label waiting for the first paragraph/heading of the current list item. */
  private label: string | undefined;
  private readonly stack: Step[] = [];

  walkChildren(n: HNode, depth: number): void {
    this.pushChildren(n, depth);
    this.run();
  }

  private pushChildren(n: HNode, depth: number): void {
    const ch = n.children;
    if (ch) for (let k = ch.length - 1; k >= 0; k--) this.stack.push({ node: ch[k]!, depth });
  }

  private run(): void {
    while (this.stack.length) {
      const step = this.stack.pop()!;
      if (typeof step === "function") step();
      else this.visit(step.node, step.depth);
    }
  }

  private visit(n: HNode, depth: number): void {
    if (n.type === "text") {
      this.inline.push(n.data ?? "");
      return;
    }
    if (n.type === "cdata") {
      this.inline.push(rawText(n));
      return;
    }
    if (!isElement(n)) return;
    const name = n.name ?? "";
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      this.inline.push(BR);
      return;
    }
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      this.flush();
      const text = normalizeInline(rawText(n));
      if (text) this.push({ type: "heading", level: Number(heading[1]), text, loc: {} });
      return;
    }
    if (name === "table") {
      this.flush();
      this.pushTable(n);
      return;
    }
    if (name === "ol" || name === "ul") {
      this.flush();
      this.pushList(n, depth);
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      this.flush();
      this.stack.push(() => this.flush());
      this.pushChildren(n, depth);
      return;
    }
    this.pushChildren(n, depth); // inline element
  }

  /** A list's items in order: each item is flushed before and after, and its first block gets the item's label. */
  private pushList(list: HNode, depth: number): void {
    const style = listStyle(list);
    let counter = style.start - 1;
    const steps: Step[] = [];
    for (const li of list.children ?? []) {
      if (li.type !== "tag" || li.name !== "li") {
        steps.push({ node: li, depth: depth + 1 });
        continue;
      }
      const value = Number.parseInt(li.attribs?.value ?? "", 10);
      counter = Number.isFinite(value) ? value : counter + 1;
      const label = style.ordered ? listLabel(counter, style.format, depth) : undefined;
      steps.push(() => {
        this.flush();
        this.label = label;
      });
      const ch = li.children ?? [];
      for (const c of ch) steps.push({ node: c, depth: depth + 1 });
      steps.push(() => {
        this.flush();
        this.label = undefined;
      });
    }
    for (let k = steps.length - 1; k >= 0; k--) this.stack.push(steps[k]!);
  }

  /** Turn pending inline text into a paragraph. */
  flush(): void {
    const text = normalizeInline(this.inline.join(""));
    this.inline = [];
    if (text) this.push({ type: "paragraph", text, loc: {} });
  }

  private push(block: Block): void {
    if (block.type !== "table" && this.label !== undefined) {
      block.label = this.label;
      this.label = undefined;
    }
    block.loc = { line: this.blocks.length + 1 };
    this.blocks.push(block);
  }

  private pushTable(table: HNode): void {
    const rows = expandGrid(tableSourceRows(table));
    if (rows.length === 0) return;
    this.push({ type: "table", rows, caption: [...this.captionAbove(), ...tableCaption(table)], loc: {} });
  }

  private captionAbove(): string[] {
    const lines: string[] = [];
    for (let i = this.blocks.length - 1; i >= 0 && lines.length < CAPTION_MAX_LINES; i--) {
      const b = this.blocks[i];
      if (b.type !== "paragraph" || b.label !== undefined || b.text.length > CAPTION_MAX_CHARS) break;
      lines.unshift(b.text);
    }
    return lines;
  }
}
