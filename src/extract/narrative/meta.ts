/** Report metadata: unit name, fiscal year and kind (部门决算/单位决算) from the title lines. */
import type { Doc } from "../../model/document.js";
import type { Fact } from "../../model/fact.js";
import type { Outline } from "../../segment/index.js";

const TITLE = /^(?:第[一二三四五六七八九十\d]+部分)?\s*(.{2,40}?)\s*(\d{4})\s*年度?\s*(部门|单位)决算/;

export interface Meta {
  unitName?: string;
  fiscalYear?: number;
  kind?: "部门决算" | "单位决算";
  facts: Fact[];
}

export function reportMeta(doc: Doc, outline: Outline): Meta {
  const order = outline.title ? [outline.title.block, ...doc.blocks.keys()] : [...doc.blocks.keys()];
  for (const i of order.slice(0, 200)) {
    const b = doc.blocks[i];
    if (!b || b.type === "table") continue;
    const text = b.text.replace(/[\s\u3000]+/g, "");
    let m = TITLE.exec(text);
    let unitText = m?.[1];
    // A title split over two lines: "XX局" / "2024年度部门决算".
    if (m && !/[\p{Script=Han}]{2}/u.test(m[1] ?? "")) m = null;
    if (!m) {
      const y = /^(\d{4})年度?(部门|单位)决算$/.exec(text);
      const prev = i > 0 ? doc.blocks[i - 1] : undefined;
      if (y && prev && prev.type !== "table" && /^[\p{Script=Han}（）()]{2,40}$/u.test(prev.text.trim())) {
        m = y;
        unitText = prev.text.trim();
        const loc = { block: i - 1, ...(prev.loc.page ? { page: prev.loc.page } : {}), ...(prev.loc.line ? { line: prev.loc.line } : {}) };
        return build(unitText, y[1], y[2], loc, prev.text.indexOf(unitText), { block: i, ...(b.loc.page ? { page: b.loc.page } : {}) }, b.text.indexOf(y[1]));
      }
      continue;
    }
    const unit = (unitText ?? "").replace(/^[：:、]/, "");
    const loc = { block: i, ...(b.loc.page ? { page: b.loc.page } : {}), ...(b.loc.line ? { line: b.loc.line } : {}) };
    return build(unit, m[2], m[3], loc, Math.max(0, b.text.indexOf(unit.slice(0, 2))), loc, b.text.indexOf(m[2]));
  }
  return { facts: [] };
}

function build(unit: string, year: string, kind: string, loc: { block: number; page?: number; line?: number }, uStart: number, yLoc: { block: number; page?: number; line?: number }, yStart: number): Meta {
  const k = (kind + "决算") as "部门决算" | "单位决算";
  const facts: Fact[] = [];
  if (unit) facts.push({ concept: "report.unit_name", value: unit, unit: "text", dims: {}, source: { ...loc, start: Math.max(0, uStart), end: Math.max(0, uStart) + unit.length, text: unit }, evidence: "statement" });
  facts.push({ concept: "report.fiscal_year", value: year, unit: "年", dims: {}, source: { ...yLoc, start: Math.max(0, yStart), end: Math.max(0, yStart) + 4, text: year }, evidence: "statement" });
  facts.push({ concept: "report.kind", value: k, unit: "text", dims: {}, source: { ...yLoc, start: 0, end: 0, text: k }, evidence: "statement" });
  return { unitName: unit || undefined, fiscalYear: Number(year), kind: k, facts };
}
