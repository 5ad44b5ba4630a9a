/** Typed tables: the nine tables of 第X部分 决算表, the tables of other layout families, and generic tables. */
import { z } from "zod";

/**
 * T1…T9: the nine tables of schema.md §b. Other kinds a layout family prints (src/extract/tables/kinds.ts):
 * `fiscal-expenditure` 财政拨款支出决算表 (the university family's 表4). `generic`: a table under a title no kind
 * knows; kept under its own title, never merged into another table.
 */
export const TableId = z.enum(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "fiscal-expenditure", "generic"]);
export type TableId = z.infer<typeof TableId>;

export const TypedCell = z.object({
  /** Normalised decimal text; "0" for a blank cell; absent for a text cell. */
  value: z.string().optional(),
  state: z.enum(["number", "blank", "text"]),
  text: z.string(),
  /** Grid position in the source table block. */
  cell: z.tuple([z.number().int(), z.number().int()]),
  /** Source block when it differs from the table's first block (a table continued over pages). */
  block: z.number().int().optional(),
  page: z.number().int().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** The reader's doubt about this cell (its column guessed), carried to the cell's facts. */
  doubt: z.string().optional(),
});
export type TypedCell = z.infer<typeof TypedCell>;

export const TypedRow = z.object({
  /** Functional (7/5/3-digit) or economic (5/3-digit) code, contiguous, when printed. */
  code: z.string().optional(),
  /** Row name without its enumeration (一、 其中：) and without the code. */
  name: z.string(),
  /** The row label exactly as printed (enumeration and 其中 included), when it differs from `name`. */
  label: z.string().optional(),
  /**
   * detail: an addend of its parent or of the table total; subtotal: a 类/款 row; total: 合计/总计 rows;
   * component: a "其中：" row — part of the row named in `parent`, never an addend of a total.
   */
  role: z.enum(["detail", "subtotal", "total", "component"]),
  /** For a component row: the name of the row it is part of. */
  parent: z.string().optional(),
  /** Side for two-sided tables (T1, T4) and the column group for T6. */
  side: z.enum(["income", "expenditure", "left", "right"]).optional(),
  /** The concept the row states (spec/concepts.md), bound when the table kind names it (T1 本年收入合计 …). */
  concept: z.string().optional(),
  /** Column name → cell. */
  values: z.record(z.string(), TypedCell),
});
export type TypedRow = z.infer<typeof TypedRow>;

/** A value column: its name, the header path it was read from, and whether it is part of another column. */
export const ColumnDef = z.object({
  name: z.string(),
  /** Header texts from the top header row down ("事业收入" › "其中：教育收费"). */
  path: z.array(z.string()),
  /** A "其中" column: the column it is part of (never an addend of a row total). */
  partOf: z.string().optional(),
  /** How the name was found: a header keyword of the table kind, its position only, or the header as printed. */
  by: z.enum(["keyword", "position", "header"]),
});
export type ColumnDef = z.infer<typeof ColumnDef>;

export const TypedTable = z.object({
  id: TableId,
  title: z.string(),
  /** Unit from the table's own 单位： line. */
  unit: z.enum(["万元", "元"]).optional(),
  block: z.number().int(),
  page: z.number().int().optional(),
  /** The report says the table is empty (本表无数据 / 空表). */
  empty: z.boolean().default(false),
  columns: z.array(z.string()),
  /** Per value column: header path and part-of relation (tables typed from a header tree). */
  columnDefs: z.array(ColumnDef).optional(),
  rows: z.array(TypedRow),
  codeDomain: z.enum(["functional", "economic", "none"]).default("none"),
  /** All source blocks (a table continued over pages spans several). */
  blocks: z.array(z.number().int()).optional(),
  /** Year of the report (for classification lookups), when known. */
  year: z.number().int().optional(),
  /**
   * What makes the table's reading uncertain (header does not confirm the title, columns named by position,
   * rows that could not be placed …). Every fact of a table with doubts carries them: no error rests on it.
   */
  doubts: z.array(z.string()).optional(),
});
export type TypedTable = z.infer<typeof TypedTable>;
