/**
 * Segmentation: blocks → outline of parts (第X部分), sections (一、), subsections (（一）) and tables,
 * recognised by title text with aliases (titles.ts), not by number or order.
 */
import type { Block, Doc, Message } from "../model/document.js";
import type { Section, SectionKind } from "../model/report.js";
import { classifyPart, classifySection, labelLevel, normTitle, splitLabel, TABLE_TITLE } from "./titles.js";
import { isReportTitle } from "../extract/identity/index.js";

export interface Outline {
  sections: Section[];
  /** Section kind path for each block index (outermost first). */
  blockKinds: SectionKind[][];
  /** Block indexes that belong to a table of contents (skipped by extractors). */
  toc: Set<number>;
  /** The document title line, if found. */
  title?: { block: number; text: string };
  warnings: Message[];
}

interface Title {
  level: number;
  label: string;
  rest: string;
  kind: SectionKind;
}

const AMOUNT = /\d\s*(万元|元|%|％|人|辆|个)/;

function blockText(b: Block): string {
  return b.type === "table" ? "" : b.text.trim();
}

/** Decide whether a block is a title, and of what. `parent` is the enclosing part/section kind. */
function asTitle(b: Block, parents: Section[], partsUseSectionLabels = false): Title | undefined {
  if (b.type === "table") return undefined;
  const text = blockText(b);
  if (!text || text.length > 80) return undefined;
  let { label, level, rest } = splitLabel(text);
  if (!label && b.label) {
    label = b.label.trim();
    level = labelLevel(label);
  }
  if (!label && b.type === "heading") level = Math.min(b.level + 1, 3);
  if (!label && b.type !== "heading") {
    // An unnumbered part title ("单位概况", "部门决算情况说明") standing alone on its line.
    if (rest.length <= 30 && !AMOUNT.test(rest) && !/[，,。；;：:]/.test(rest)) {
      const pk = classifyPart(rest);
      if (pk && /^(第.部分)?\s*[\p{Script=Han}（）()“”"0-9]+$/u.test(rest) && /(概况|说明|名词解释|报表|决算表|附件|附表)$/.test(rest)) {
        return { level: 1, label: "", rest, kind: pk };
      }
    }
    return undefined;
  }
  if (level === 0) return undefined;
  // A title glued to its first sentence by a reader ("九、…决算情况说明国有资本经营预算财政拨款收入…").
  if ((level === 2 || level === 3) && rest.length > 40) {
    const g = /^(.{4,40}?情况说明)/.exec(rest) ?? /^(.{4,40}?(?:决算情况|总体情况|具体情况|结构情况|使用情况))(?![的和及与、说])/.exec(rest);
    if (g && classifySection(g[1])) rest = g[1];
  }
  // The document title ("XX局2024年度部门决算") is not a section.
  if (!label && isReportTitle(rest) && !/部分|说明|表$/.test(rest)) return undefined;
  if (AMOUNT.test(rest) || rest.length > (level === 1 ? 60 : 40)) return undefined;
  // "一、财政拨款收入：指…" is a glossary entry, not a title.
  if (/[：:]\s*\S{6,}/.test(rest)) return undefined;
  if (/[，,；;]/.test(rest.replace(/[（(][^）)]*[）)]/g, "")) && level >= 2) return undefined;
  const part = parents.find((p) => p.level === 1);
  const parent = parents[parents.length - 1];
  if (level === 1) return { level, label, rest, kind: classifyPart(rest) ?? "unknown" };
  if (level >= 4 && b.type !== "heading") return undefined;
  // Layouts that number their parts "一、单位概况 / 二、情况说明 / 三、名词解释 / 四、附件 / 五、附表".
  if (level === 2 && partsUseSectionLabels && PART_LIKE.test(normTitle(rest).replace(/^\d{4}年度?/, ""))) {
    const pk = classifyPart(rest);
    if (pk) return { level: 1, label, rest, kind: pk };
  }
  // Inside the glossary, numbered lines are terms; inside the functions list, they are duties.
  if (part?.kind === "glossary-part" || parent?.kind === "glossary") return undefined;
  if (level >= 3 && level > (parent?.level ?? 0) && (parent?.kind === "functions" || parent?.kind === "organisation")) return undefined;
  if (TABLE_TITLE.test(normTitle(rest)) && !/说明$/.test(normTitle(rest))) return { level: Math.max(level, 2), label, rest, kind: "table" };
  const sectionParent = [...parents].reverse().find((p) => p.level >= 2 && p.level < level);
  const kind = classifySection(rest, sectionParent?.kind ?? part?.kind);
  if (!kind && level === 2) {
    const pk = classifyPart(rest);
    if (pk) return { level: 1, label, rest, kind: pk };
  }
  return { level, label, rest, kind: kind ?? "unknown" };
}

/** The table of contents: from a "目录" line to just before the first title repeated after it. */
function findToc(doc: Doc): Set<number> {
  const toc = new Set<number>();
  const start = doc.blocks.findIndex((b) => b.type !== "table" && /^目\s*录$/.test(b.text.trim()));
  if (start < 0) return toc;
  const first = doc.blocks.slice(start + 1).findIndex((b) => b.type !== "table" && b.text.trim() !== "");
  if (first < 0) return toc;
  const firstText = normTitle(blockText(doc.blocks[start + 1 + first]).replace(/[.…·\s]*\d+$/, ""));
  for (let i = start + 2 + first; i < doc.blocks.length; i++) {
    const t = normTitle(blockText(doc.blocks[i]));
    if (t && t === firstText) {
      for (let j = start; j < i; j++) toc.add(j);
      return toc;
    }
  }
  // No repeat found: take lines that end in page numbers right after 目录.
  toc.add(start);
  for (let i = start + 1; i < doc.blocks.length; i++) {
    if (/[.…·]{2,}\s*\d+$/.test(blockText(doc.blocks[i]))) toc.add(i);
    else break;
  }
  return toc;
}

/** Part titles of layouts that number their parts like sections ("一、学校概况 二、2023年度部门决算报表 三、决算报表说明"). */
const PART_LIKE = /^(单位|部门|学校|医院)?(概况|基本情况)$|名词解释$|^附件|^附表$|^(部门|单位)?决算(报表|公开表)$|^报表$|^(部门|单位)?决算(报表|情况)?说明$/;

export function segment(doc: Doc): Outline {
  const toc = findToc(doc);
  const roots: Section[] = [];
  const stack: Section[] = [];
  const warnings: Message[] = [];
  let title: Outline["title"];
  let partsUseSectionLabels = false;
  const blockKinds: SectionKind[][] = doc.blocks.map(() => []);

  const close = (level: number, at: number) => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop()!.end = at;
  };

  doc.blocks.forEach((b, i) => {
    if (toc.has(i)) return;
    if (!title && b.type !== "table" && i < 40) {
      const text = blockText(b);
      if (text.length <= 80 && !/部分/.test(text) && isReportTitle(text)) title = { block: i, text };
    }
    const t = asTitle(b, stack, partsUseSectionLabels);
    if (t && t.level === 1 && /^[一二三四五六七八九十]+[、.．]$/.test(t.label)) partsUseSectionLabels = true;
    if (t) {
      close(t.level, i);
      const s: Section = { kind: t.kind, title: t.rest, ...(t.label ? { label: t.label } : {}), level: t.level, start: i, end: doc.blocks.length, children: [] };
      if (t.kind === "unknown") {
        warnings.push({ severity: "info", source: "segment", message: `unrecognised section title kept as unknown: ${blockText(b)}`, block: i });
      }
      (stack.length ? stack[stack.length - 1].children : roots).push(s);
      stack.push(s);
    } else if (b.type === "table") {
      // A part title a reader kept in the table's caption ("XX局2024年度部门决算表" above the first table).
      const partLine = b.caption.slice(0, -1).find((c) => /^第[一二三四五六七八九十\d]+部分/.test(c.trim()) || /\d{4}\s*年度?\s*(部门|单位)决算(报)?表$/.test(c.replace(/\s+/g, "")));
      if (partLine && !stack.some((s) => s.kind === "tables-part" && s.level === 1)) {
        close(1, i);
        const { label, rest } = splitLabel(partLine.trim());
        const part: Section = { kind: "tables-part", title: rest, ...(label ? { label } : {}), level: 1, start: i, end: doc.blocks.length, children: [] };
        roots.push(part);
        stack.push(part);
      }
      const s: Section = { kind: "table", title: b.caption.join(" ") || firstCellText(b), level: 9, start: i, end: i + 1, children: [] };
      (stack.length ? stack[stack.length - 1].children : roots).push(s);
    }
    blockKinds[i] = stack.map((s) => s.kind);
  });
  close(0, doc.blocks.length);
  return { sections: roots, blockKinds, toc, ...(title ? { title } : {}), warnings };
}

function firstCellText(b: Block): string {
  if (b.type !== "table") return "";
  for (const row of b.rows) for (const c of row) if (c.text.trim()) return c.text.trim().slice(0, 40);
  return "";
}

/** Flatten the outline (depth-first). */
export function flatten(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}
