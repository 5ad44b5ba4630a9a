/** Typed records built on top of facts, one shape per kind of statement a final account makes. */
import { z } from "zod";

const Dec = z.string().regex(/^-?\d+(\.\d+)?$/);

export const YoyChange = z.object({
  subject: z.string(),
  direction: z.enum(["increase", "decrease", "flat"]),
  amount: Dec.optional(),
  rate: Dec.optional(),
  reason: z.string().optional(),
  block: z.number().int(),
});
export type YoyChange = z.infer<typeof YoyChange>;

export const BudgetComparison = z.object({
  subject: z.string(),
  budget: Dec.optional(),
  budgetKind: z.enum(["initial", "full_year"]).optional(),
  final: Dec.optional(),
  varianceRate: Dec.optional(),
  completionRate: Dec.optional(),
  reason: z.string().optional(),
  block: z.number().int(),
});
export type BudgetComparison = z.infer<typeof BudgetComparison>;

export const ClassificationItem = z.object({
  level: z.enum(["class", "item"]),
  names: z.array(z.string()),
  code: z.string().optional(),
  amount: Dec.optional(),
  share: Dec.optional(),
  budget: Dec.optional(),
  completionRate: Dec.optional(),
  change: Dec.optional(),
  rate: Dec.optional(),
  reason: z.string().optional(),
  block: z.number().int(),
});
export type ClassificationItem = z.infer<typeof ClassificationItem>;

export const Indicator = z.object({
  level1: z.string().optional(),
  level2: z.string().optional(),
  name: z.string(),
  target: z.string().optional(),
  actual: z.string().optional(),
  weight: Dec.optional(),
  score: Dec.optional(),
  completionRate: Dec.optional(),
  deviation: z.string().optional(),
  row: z.number().int(),
});
export type Indicator = z.infer<typeof Indicator>;

export const FundRow = z.object({
  source: z.string(),
  initial: Dec.optional(),
  fullYear: Dec.optional(),
  executed: Dec.optional(),
  weight: Dec.optional(),
  rate: Dec.optional(),
  score: Dec.optional(),
  row: z.number().int(),
});
export type FundRow = z.infer<typeof FundRow>;

export const PerformanceForm = z.object({
  kind: z.enum(["unit", "project"]),
  project: z.string(),
  block: z.number().int(),
  funds: z.array(FundRow),
  indicators: z.array(Indicator),
  totalScore: Dec.optional(),
  grade: z.string().optional(),
});
export type PerformanceForm = z.infer<typeof PerformanceForm>;

export const Records = z.object({
  yoy: z.array(YoyChange).default([]),
  budgets: z.array(BudgetComparison).default([]),
  items: z.array(ClassificationItem).default([]),
  forms: z.array(PerformanceForm).default([]),
});
export type Records = z.infer<typeof Records>;
