/** The fact contract (shared/spec/concepts.md): one stated number, its concept, unit, dims and source. */
import { z } from "zod";
import { UNITS } from "./fact-key.js";

export { factKey, isFirm } from "./fact-key.js";

export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

export const SourceRef = z
  .object({
    /** Index of the block in the document (paragraph, heading or table). */
    block: z.number().int().min(0),
    /** Character offsets of the matched text in the block's text (or the cell's text for tables). */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    page: z.number().int().optional(),
    line: z.number().int().optional(),
    /** Table cell (grid row, column) when the fact comes from a table. */
    cell: z.tuple([z.number().int(), z.number().int()]).optional(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    /** The matched text exactly as printed. */
    text: z.string(),
  })
  .meta({ id: "SourceRef", description: "Where a fact was stated: block index, offsets, page, matched text" });
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * How a fact was bound to its concept (issue: findings a reviewer can trust):
 * - `table-cell`: a typed table cell, row by code or name, column by header path;
 * - `statement`: subject, measure and value in one sentence ("财政拨款收入 2,429.10 万元"), or under the item
 *   heading that opens its paragraph ("1.行政运行（2010101）：…支出决算为 51.98 万元");
 * - `paragraph`: the sentence names no subject, an earlier sentence of the same paragraph does, and the
 *   section's subject continues it ("…支出 2,429.10 万元。与上年相比，减少 209.95 万元");
 * - `context`: nothing in the paragraph names the subject: it is the section's (heading's) default;
 * - `inferred`: not printed as such (a zero implied by an empty table, a sum stated by its only part).
 * Only `table-cell`, `statement` and `paragraph` facts without a `doubt` are firm: a mismatch is an error only
 * when every fact in it is firm.
 */
export const Evidence = z.enum(["table-cell", "statement", "paragraph", "context", "inferred"]);
export type Evidence = z.infer<typeof Evidence>;

export const Fact = z
  .object({
    concept: z.string().regex(/^[a-z_]+(\.[a-z_0-9]+)*$/),
    /** Normalised decimal text (no separators, sign applied, printed decimals kept) or text for unit "text". */
    value: z.string(),
    unit: Unit,
    dims: z.record(z.string(), z.string()).default({}),
    source: SourceRef,
    /** The section said it is empty (本单位无… / 为空表): the value is a stated zero. */
    empty: z.boolean().optional(),
    /** A blank table cell: 0 for arithmetic, distinguishable from a printed 0.00. */
    blank: z.boolean().optional(),
    /** The section kind the fact was read from (overview, income, …, table). */
    section: z.string().optional(),
    /** How the fact was bound to its concept. */
    evidence: Evidence,
    /** What makes the binding uncertain (a column named by position, a subject guessed …), when anything does. */
    doubt: z.string().optional(),
  })
  .meta({ id: "Fact", description: "一个被报告陈述的数 (a number the report states)" });
export type Fact = z.infer<typeof Fact>;
