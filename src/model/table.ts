/** Typed tables: the nine tables of 第X部分 决算表 (and generic tables), built from reader grids. */
import { z } from "zod";

export const TableId = z.enum(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "generic"]);
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
});
export type TypedCell = z.infer<typeof TypedCell>;

export const TypedRow = z.object({
  /** Functional (7/5/3-digit) or economic (5/3-digit) code, contiguous, when printed. */
  code: z.string().optional(),
  name: z.string(),
  role: z.enum(["detail", "subtotal", "total"]),
  /** Side for two-sided tables (T1, T4) and the column group for T6. */
  side: z.enum(["income", "expenditure", "left", "right"]).optional(),
  /** Column header (normalised) → cell. */
  values: z.record(z.string(), TypedCell),
});
export type TypedRow = z.infer<typeof TypedRow>;

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
  rows: z.array(TypedRow),
  codeDomain: z.enum(["functional", "economic", "none"]).default("none"),
  /** All source blocks (a table continued over pages spans several). */
  blocks: z.array(z.number().int()).optional(),
  /** Year of the report (for classification lookups), when known. */
  year: z.number().int().optional(),
});
export type TypedTable = z.infer<typeof TypedTable>;
