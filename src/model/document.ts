/**
 * The neutral document model every reader produces (txt, html, docx, pdf).
 * Format-specific code stops here: segmentation and extraction only see `Doc`.
 */
import { z } from "zod";

export { cellState, makeCell } from "./cell.js";

export const Format = z.enum(["txt", "html", "docx", "doc", "pdf"]);
export type Format = z.infer<typeof Format>;

/** Where a block sits in its source. Offsets index into `Block.text` (or a cell's text). */
export const BlockLoc = z.object({
  /** 1-based line of the block's first character (txt, html/docx converted text). */
  line: z.number().int().optional(),
  /** 1-based page (pdf). */
  page: z.number().int().optional(),
  /** Bounding box on the page in PDF user units, origin bottom-left: [x0, y0, x1, y1]. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type BlockLoc = z.infer<typeof BlockLoc>;

export const CellState = z.enum(["number", "blank", "text"]);
export type CellState = z.infer<typeof CellState>;

export const Cell = z.object({
  /** Text as printed (joined paragraphs with "\n"). */
  text: z.string(),
  state: CellState,
  rowSpan: z.number().int().min(1).default(1),
  colSpan: z.number().int().min(1).default(1),
  /** For a grid position covered by a span: the row/col of the cell that owns the text. */
  spanOf: z.tuple([z.number().int(), z.number().int()]).optional(),
  page: z.number().int().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** The reader placed this cell's text with little confidence (a text dump's column guessed from positions). */
  doubt: z.string().optional(),
});
export type Cell = z.infer<typeof Cell>;

export const HeadingBlock = z.object({
  type: z.literal("heading"),
  /** 1 = part/document title, 2 = section, 3 = subsection. Readers guess; segmentation decides. */
  level: z.number().int().min(1).max(6),
  text: z.string(),
  /** Numbering recovered from list structure when the source dropped it (docx auto-numbering). */
  label: z.string().optional(),
  /** The text exactly as the source had it, when reading normalised it (PDF: CJK radicals, spacing). */
  original: z.string().optional(),
  loc: BlockLoc,
});
export const ParagraphBlock = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  /** Recovered list label ("1.", "一、", "（一）") when the text lost it (docx/html lists). */
  label: z.string().optional(),
  /** The text exactly as the source had it, when reading normalised it (PDF: CJK radicals, spacing). */
  original: z.string().optional(),
  loc: BlockLoc,
});
export const TableBlock = z.object({
  type: z.literal("table"),
  /** Grid: every row has the same length; spanned positions repeat the owner's text with `spanOf`. */
  rows: z.array(z.array(Cell)),
  /** Caption lines found above the table (title, 单位：万元 …), if the reader saw them. */
  caption: z.array(z.string()).default([]),
  loc: BlockLoc,
});
export const Block = z.discriminatedUnion("type", [HeadingBlock, ParagraphBlock, TableBlock]);
export type Block = z.infer<typeof Block>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type TableBlock = z.infer<typeof TableBlock>;

export const Message = z.object({
  severity: z.enum(["error", "warning", "info"]),
  source: z.string(),
  message: z.string(),
  block: z.number().int().optional(),
  page: z.number().int().optional(),
});
export type Message = z.infer<typeof Message>;

export interface Doc {
  format: Format;
  blocks: Block[];
  pages?: number;
  warnings: Message[];
  /** Part of the input was damaged and skipped or replaced (a page, a stream, undecodable bytes); warnings say where. */
  damaged?: boolean;
}
