/**
 * Does this document contain a final account, or only talk about one? A title ("XX局2023年度部门决算公开"),
 * a table of contents or menus that say 决算 are not enough: a final account shows at least one of
 *   - a table with a final account's columns or rows (收入, 支出, 合计, 决算数, 科目 …), filled or blank;
 *   - stated amounts (two or more "… 万元/元" next to 收入, 支出, 拨款, 结转 …) outside tables;
 *   - two financial sections (收入支出总体情况, 三公经费 …) that hold text.
 * A page with only a title and an attachment link is refused, naming the attachment when one is visible.
 */
import type { Block, Doc } from "../model/document.js";
import type { SectionKind } from "../model/report.js";
import { ReadError } from "../read/errors.js";
import { hasTraditional, toSimplified } from "../extract/identity/traditional.js";
import { flatten, type Outline } from "./index.js";

export interface ReportContent {
  /** Table blocks that look like a final account's tables. */
  tables: number;
  /** Money amounts stated next to final-account words, outside tables. */
  amounts: number;
  /** Financial sections that hold text. */
  sections: number;
}

const TABLE_TERMS = ["收入", "支出", "合计", "总计", "决算数", "预算数", "科目", "功能分类", "经济分类", "财政拨款", "结转", "结余", "基本支出", "项目支出", "年初", "年末", "执行数"];
const AMOUNT = /\d[\d,，]*(?:\.\d+)?\s*(?:万元|亿元|元)/gu;
const AMOUNT_CONTEXT = /收入|支出|拨款|结转|结余|经费|决算|预算|资产|费用|合计|总计/u;
const FINANCIAL = new Set<SectionKind>([
  "overview", "income", "expenditure", "fiscal", "gpb", "gpb-overall", "gpb-structure", "gpb-items", "basic", "govfund", "soe",
  "sangong", "sangong-overall", "sangong-detail", "other-matters", "operating-costs", "procurement", "assets", "performance", "general-spending",
]);

function cellsText(b: Block & { type: "table" }): string {
  return b.rows.map((r) => r.filter((c) => !c.spanOf).map((c) => c.text).join(" ")).join("\n");
}

function finalAccountTable(b: Block): boolean {
  if (b.type !== "table" || b.rows.length < 3 || (b.rows[0]?.length ?? 0) < 2) return false;
  const text = simplified(cellsText(b) + "\n" + b.caption.join("\n"));
  const terms = TABLE_TERMS.filter((t) => text.includes(t)).length;
  const numbers = b.rows.flat().filter((c) => !c.spanOf && c.state === "number").length;
  return terms >= 3 || (terms >= 2 && numbers >= 3);
}

function simplified(s: string): string {
  return hasTraditional(s) ? toSimplified(s) : s;
}

export function reportContent(doc: Doc, outline: Pick<Outline, "sections" | "toc">): ReportContent {
  let tables = 0;
  let amounts = 0;
  doc.blocks.forEach((b, i) => {
    if (outline.toc.has(i)) return;
    if (b.type === "table") {
      if (finalAccountTable(b)) tables++;
      return;
    }
    const text = simplified(b.text);
    if (!AMOUNT_CONTEXT.test(text)) return;
    amounts += [...text.matchAll(AMOUNT)].length;
  });
  let sections = 0;
  for (const s of flatten(outline.sections)) {
    if (!FINANCIAL.has(s.kind)) continue;
    const inner = new Set(flatten(s.children).map((c) => c.start));
    for (let i = s.start + 1; i < s.end; i++) {
      const b = doc.blocks[i];
      if (!b || outline.toc.has(i) || inner.has(i)) continue;
      if (b.type === "table" || b.text.trim().length >= 15) {
        sections++;
        break;
      }
    }
  }
  return { tables, amounts, sections };
}

/** An attachment the page names: a file name ("…决算.pdf") or the text after "附件：". */
export function attachmentName(doc: Doc): string | undefined {
  const files: string[] = [];
  const labelled: string[] = [];
  for (const b of doc.blocks) {
    const texts = b.type === "table" ? b.rows.flat().filter((c) => !c.spanOf).map((c) => c.text) : [b.text];
    for (const t of texts) {
      for (const m of t.matchAll(/([^\s：:，,;；“”"'<>|（）()]{1,80}?\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et))(?![A-Za-z])/giu)) files.push(m[1]);
      const a = /附件\s*\d*\s*[：:]\s*(\S.{0,60}?)\s*$/u.exec(t);
      if (a) labelled.push(a[1].replace(/[（(][\d.]+\s*[KMG]?B[)）]$/iu, ""));
    }
  }
  const named = (xs: string[]) => xs.find((x) => /决算|決算/u.test(x)) ?? xs[0];
  return named(files) ?? named(labelled);
}

/** Refuse a document that holds no final account (exit 2, `not-a-report`), with a one-line Chinese reason. */
export function assertReportContent(doc: Doc, outline: Pick<Outline, "sections" | "toc">): void {
  const c = reportContent(doc, outline);
  if (c.tables > 0 || c.amounts >= 2 || c.sections >= 2) return;
  const all = simplified(doc.blocks.filter((b) => b.type !== "table").map((b) => b.text).join("\n").slice(0, 20_000));
  const attachment = attachmentName(doc);
  if (attachment) {
    throw new ReadError("not-a-report", `不是决算报告：页面只有标题和附件，决算内容可能在附件“${attachment}”中，请下载附件后再检查`);
  }
  if (/决算/u.test(all)) {
    throw new ReadError("not-a-report", "不是决算报告：只有决算的标题或目录，没有决算的章节、表格或金额；内容可能在附件中");
  }
  throw new ReadError("not-a-report", "不像决算报告：没有找到决算的章节、表格或金额");
}
