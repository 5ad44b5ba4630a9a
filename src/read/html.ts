/**
 * HTML → Doc (cheerio). Headings h1–h6 → heading blocks; p/div/inline text → paragraphs; list items →
 * paragraphs whose `label` is recovered from list position; tables → rectangular grids (html-grid.ts) with
 * `caption` = up to 3 short paragraphs right above the table plus any <caption>. `loc.line` is the
 * 1-based block index (HTML has no meaningful lines). Also used for mammoth's docx output.
 */
import { load } from "cheerio";
import type { Block, Doc } from "../model/document.js";
import { BLOCK_TAGS, BR, isElement, normalizeInline, rawText, SKIPPED, type HNode } from "./html-dom.js";
import { expandGrid, tableCaption, tableSourceRows } from "./html-grid.js";
import { listLabel, listStyle } from "./html-list.js";

/** A paragraph this short, right above a table, is taken as one of its caption lines. */
const CAPTION_MAX_CHARS = 60;
const CAPTION_MAX_LINES = 3;

export function readHtmlString(html: string): Doc {
  const $ = load(html);
  const root = $.root()[0] as unknown as HNode;
  const b = new BlockBuilder();
  b.walkChildren(root, 0);
  b.flush();
  return { format: "html", blocks: b.blocks, warnings: [] };
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private inline = "";
  /** Label waiting for the first paragraph/heading of the current list item. */
  private label: string | undefined;

  walkChildren(n: HNode, depth: number): void {
    for (const c of n.children ?? []) this.walk(c, depth);
  }

  private walk(n: HNode, depth: number): void {
    if (n.type === "text") {
      this.inline += n.data ?? "";
      return;
    }
    if (n.type === "cdata") {
      this.inline += rawText(n);
      return;
    }
    if (!isElement(n)) return;
    const name = n.name ?? "";
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      this.inline += BR;
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
      this.walkList(n, depth);
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      this.flush();
      this.walkChildren(n, depth);
      this.flush();
      return;
    }
    this.walkChildren(n, depth); // inline element
  }

  private walkList(list: HNode, depth: number): void {
    const style = listStyle(list);
    let counter = style.start - 1;
    for (const li of list.children ?? []) {
      if (li.type !== "tag" || li.name !== "li") {
        this.walk(li, depth + 1);
        continue;
      }
      const value = Number.parseInt(li.attribs?.value ?? "", 10);
      counter = Number.isFinite(value) ? value : counter + 1;
      this.flush();
      this.label = style.ordered ? listLabel(counter, style.format, depth) : undefined;
      this.walkChildren(li, depth + 1);
      this.flush();
      this.label = undefined;
    }
  }

  /** Turn pending inline text into a paragraph. */
  flush(): void {
    const text = normalizeInline(this.inline);
    this.inline = "";
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
