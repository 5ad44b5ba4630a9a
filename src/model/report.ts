/** The whole result of parsing one report. Single source of truth for the JSON output and schemas/. */
import { z } from "zod";
import { Fact } from "./fact.js";
import { Finding } from "./finding.js";
import { Format, Message } from "./document.js";
import { TypedTable } from "./table.js";
import { Records } from "./records.js";

export const SectionKind = z.enum([
  "title", "profile-part", "explanation-part", "tables-part", "glossary-part", "appendix-part", "forms-part",
  "functions", "organisation", "staff",
  "overview", "income", "expenditure", "fiscal", "fiscal-expenditure", "gpb", "gpb-overall", "gpb-structure", "gpb-items",
  "basic", "govfund", "soe", "sangong", "sangong-overall", "sangong-detail",
  "other-matters", "operating-costs", "procurement", "assets", "performance", "general-spending", "other",
  "glossary", "toc", "table", "perf-unit-form", "perf-project-form", "unknown",
]);
export type SectionKind = z.infer<typeof SectionKind>;

export interface Section {
  kind: SectionKind;
  title: string;
  /** Printed or recovered numbering: "第二部分", "一、", "（一）", "1." */
  label?: string;
  level: number;
  /** Block range [start, end) covered by this section, heading included. */
  start: number;
  end: number;
  children: Section[];
  /** For kind "table": the table id when recognised. */
  tableId?: string;
}
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    kind: SectionKind,
    title: z.string(),
    label: z.string().optional(),
    level: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    children: z.array(SectionSchema),
    tableId: z.string().optional(),
  }),
);

export const SourceInfo = z.object({
  file: z.string().optional(),
  format: Format,
  sha256: z.string(),
  bytes: z.number().int(),
  pages: z.number().int().optional(),
  encoding: z.string().optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const Summary = z.object({
  facts: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  passed: z.number().int(),
  notApplicable: z.number().int(),
  insufficientData: z.number().int(),
});

export const Report = z
  .object({
    juesuan: z.string(),
    source: SourceInfo,
    unitName: z.string().optional(),
    fiscalYear: z.number().int().optional(),
    kind: z.enum(["部门决算", "单位决算"]).optional(),
    outline: z.array(SectionSchema),
    records: Records,
    tables: z.array(TypedTable),
    facts: z.array(Fact),
    findings: z.array(Finding),
    warnings: z.array(Message),
    /** Part of the input was damaged and skipped (a page, an object, undecodable bytes): the warnings say where. */
    damaged: z.boolean().optional(),
    summary: Summary,
  })
  .meta({ id: "Report", description: "One parsed final-account report" });
export type Report = z.infer<typeof Report>;
