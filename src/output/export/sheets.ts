/**
 * A report as sheets a reviewer opens in a spreadsheet: one per typed table (codes and names as text, amounts as
 * numbers), the findings, and the facts with their amount in 万元. The same sheets feed .xlsx and CSV.
 */
import type { Report } from "../../model/report.js";
import type { TypedTable } from "../../model/table.js";
import { amountWanyuan } from "./amount.js";

/** A cell: text stays text (codes keep their leading zeros), an amount is a number with its printed decimals. */
export type SheetValue = string | { num: string; decimals: number } | null;

export interface Sheet {
  /** T1…T9, generic tables by title; 核对结果; 事实. */
  name: string;
  title: string;
  header: string[];
  rows: SheetValue[][];
  /** Columns that hold amounts (right-aligned, number format). */
  numeric: boolean[];
}

const ROLE_ZH: Record<string, string> = { total: "合计", subtotal: "小计", detail: "明细" };
const SIDE_ZH: Record<string, string> = { income: "收入", expenditure: "支出", left: "左", right: "右" };
const SEV_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
const OUTCOME_ZH: Record<string, string> = { pass: "通过", fail: "不通过", not_applicable: "不适用", insufficient_data: "数据不足" };

const decimals = (v: string) => (v.includes(".") ? v.length - v.indexOf(".") - 1 : 0);
const num = (v: string): SheetValue => ({ num: v, decimals: decimals(v) });

export function tableSheet(t: TypedTable, index: number): Sheet {
  const sided = t.rows.some((r) => r.side);
  const header = [...(sided ? ["栏"] : []), "代码", "名称", "行类型", ...t.columns];
  const lead = header.length - t.columns.length;
  const rows = t.rows.map((r): SheetValue[] => [
    ...(sided ? [r.side ? (SIDE_ZH[r.side] ?? r.side) : null] : []),
    r.code ?? null,
    r.name,
    ROLE_ZH[r.role] ?? r.role,
    ...t.columns.map((c): SheetValue => {
      const v = r.values[c];
      if (!v) return null;
      if (v.state === "text") return v.text;
      if (v.state === "blank") return null;
      return v.value !== undefined ? num(v.value) : v.text;
    }),
  ]);
  const name = t.id === "generic" ? `表${index + 1}` : t.id;
  return { name, title: `${t.id === "generic" ? "" : t.id + " "}${t.title}${t.unit ? `（单位：${t.unit}）` : ""}`, header, rows, numeric: header.map((_, i) => i >= lead) };
}

export function findingsSheet(report: Report): Sheet {
  const header = ["规则", "结果", "严重程度", "说明", "应为", "实为", "容差", "单位", "页", "行", "位置（块:起止）", "原文"];
  const rows = report.findings.map((f): SheetValue[] => {
    const p = f.places[0];
    return [
      f.ruleId,
      OUTCOME_ZH[f.outcome] ?? f.outcome,
      f.severity ? SEV_ZH[f.severity] : null,
      f.message,
      f.expected ?? null,
      f.actual ?? null,
      f.tolerance ?? null,
      f.unit ?? null,
      p?.page !== undefined ? String(p.page) : null,
      p?.line !== undefined ? String(p.line) : null,
      f.places.map((x) => `${x.block}:${x.start}-${x.end}${x.cell ? `@${x.cell.join(",")}` : ""}`).join(" ") || null,
      f.places.map((x) => x.text).join(" | ") || null,
    ];
  });
  return { name: "核对结果", title: "核对结果", header, rows, numeric: header.map(() => false) };
}

export function factsSheet(report: Report): Sheet {
  const header = ["concept", "value", "unit", "amount_wanyuan", "dims", "evidence", "doubt", "section", "page", "line", "block", "source_text"];
  const rows = report.facts.map((f): SheetValue[] => {
    const w = amountWanyuan(f.value, f.unit);
    return [
      f.concept,
      f.unit === "text" ? f.value : num(f.value),
      f.unit,
      w === undefined ? null : num(w),
      Object.keys(f.dims).length ? JSON.stringify(f.dims) : null,
      f.evidence,
      f.doubt ?? null,
      f.section ?? null,
      f.source.page !== undefined ? String(f.source.page) : null,
      f.source.line !== undefined ? String(f.source.line) : null,
      String(f.source.block),
      f.source.text,
    ];
  });
  return { name: "事实", title: "事实", header, rows, numeric: header.map((h) => h === "value" || h === "amount_wanyuan") };
}

export function reportSheets(report: Report): Sheet[] {
  return [...report.tables.map(tableSheet), findingsSheet(report), factsSheet(report)];
}
