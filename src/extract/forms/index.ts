/** Performance self-evaluation forms (整体/项目支出绩效自评表): records and perf.form.* facts. Stub. */
import type { Doc, Message } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { PerformanceForm } from "../../model/records.js";

export interface FormsResult {
  forms: PerformanceForm[];
  facts: Fact[];
  warnings: Message[];
  /** Block indexes that are (part of) performance forms. */
  blocks: number[];
}

export function extractForms(doc: Doc): FormsResult {
  void doc;
  return { forms: [], facts: [], warnings: [], blocks: [] };
}
