/** Attach recovered numbering labels to the Doc's paragraph/heading blocks, matched in order by text. */
import type { Block, Message } from "../model/document.js";
import type { NumberedParagraph } from "./docx-numbering.js";

const norm = (s: string) => s.replace(/[\s\u00a0\u3000\u200b]+/g, "");

/**
 * For each top-level numbered paragraph, in order, find the next block with the same text (whitespace
 * ignored) and set its `label`. Blocks not matched keep the label the HTML list position gave them.
 * Returns a warning when some numbered paragraphs could not be matched.
 */
export function attachLabels(blocks: Block[], numbered: NumberedParagraph[]): Message[] {
  let j = 0;
  let missed = 0;
  let first: string | undefined;
  for (const p of numbered) {
    if (p.nested) continue;
    const key = norm(p.text);
    if (key === "") continue;
    let k = j;
    while (k < blocks.length) {
      const b = blocks[k];
      if (b.type !== "table" && norm(b.text) === key) break;
      k++;
    }
    if (k >= blocks.length) {
      missed++;
      first ??= `${p.label} ${p.text.slice(0, 30)}`;
      continue;
    }
    const b = blocks[k];
    if (b.type !== "table") b.label = p.label;
    j = k + 1;
  }
  if (missed === 0) return [];
  return [
    {
      severity: "warning",
      source: "docx-numbering",
      message: `${missed} auto-numbered paragraph(s) could not be matched to the converted text (first: "${first}"); kept list-position labels`,
    },
  ];
}
