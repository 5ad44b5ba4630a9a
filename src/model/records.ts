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
  /** What the words say about 决算 vs 预算 (大于 / 小于 / 持平, 基本持平). */
  direction: z.enum(["greater", "less", "equal", "about_equal"]).optional(),
  directionText: z.string().optional(),
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
  /** Comparison operator printed before the target (">=", "<=", "=", …), when any. */
  op: z.string().optional(),
  /** 指标性质 / 度量单位 columns (Yunnan/Sichuan layouts), when printed. */
  nature: z.string().optional(),
  unit: z.string().optional(),
  /** 上年完成情况 / 上年实际值, as printed. */
  prior: z.string().optional(),
  /** The `indicator` dim of this row's facts (the name, with "#2" … when a form repeats a name). */
  key: z.string().optional(),
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
  /** The total row (年度资金总额 / 合计 / 总额); the others are sources. */
  total: z.boolean().optional(),
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
  /** Title as printed (单位整体支出绩效自评表 …). */
  title: z.string().optional(),
  /** 单位名称 / 主管部门 / 实施单位, when printed. */
  unit: z.string().optional(),
  department: z.string().optional(),
  implementer: z.string().optional(),
  /** The 预算执行率 line of the form: weight (分值), rate (执行率 %), score (得分). */
  execution: z.object({ weight: Dec.optional(), rate: Dec.optional(), score: Dec.optional() }).optional(),
  /** 总分 row: the printed total of the weights (usually 100). */
  totalWeight: Dec.optional(),
  /** 年度总体目标: 预期目标 / 实际完成情况, as printed. */
  goal: z.object({ planned: z.string().optional(), achieved: z.string().optional() }).optional(),
  /** All block indexes the form was read from (a form split over a page break spans several). */
  blocks: z.array(z.number().int()).optional(),
});
export type PerformanceForm = z.infer<typeof PerformanceForm>;

/** A list of 科目 names the narrative enumerates ("人员经费…包括：基本工资、津贴补贴…"). */
export const NamedList = z.object({
  subject: z.enum(["basic.personnel", "basic.public"]),
  names: z.array(z.string()),
  block: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type NamedList = z.infer<typeof NamedList>;

export const Records = z.object({
  yoy: z.array(YoyChange).default([]),
  budgets: z.array(BudgetComparison).default([]),
  items: z.array(ClassificationItem).default([]),
  forms: z.array(PerformanceForm).default([]),
  lists: z.array(NamedList).default([]),
});
export type Records = z.infer<typeof Records>;
