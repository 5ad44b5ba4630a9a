/**
 * Recover Word auto-numbering text ("一、", "（一）", "1.") that mammoth drops. Reads numbering.xml,
 * styles.xml and document.xml, walks the body paragraphs in order, and computes each numbered
 * paragraph's label from its level's w:numFmt / w:lvlText with Word's counters (a level advances, deeper
 * levels restart unless w:lvlRestart says otherwise; w:startOverride restarts a w:num instance).
 */
import type { HNode } from "./html-dom.js";
import { asNumberFormat, formatNumber, type NumberFormat } from "./numbering-format.js";
import { childElements, childVal, firstChild, parseXml, visitElements } from "./xml-tree.js";

interface Level {
  start: number;
  format: NumberFormat;
  text: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level. */
  restart?: number;
  legal: boolean;
  pStyle?: string;
}

interface NumInstance {
  abstractId: string;
  /** Level definitions and start values replaced by w:lvlOverride. */
  levels: Map<number, Level>;
  startOverride: Map<number, number>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, NumInstance>;
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export interface NumberedParagraph {
  /** Paragraph text as in document.xml (w:t, tabs and breaks). */
  text: string;
  label: string;
  /** Inside a table (or text box): not a top-level block of the Doc. */
  nested: boolean;
}

const int = (v: string | undefined, dflt: number) => {
  const n = Number.parseInt(v ?? "", 10);
  return Number.isFinite(n) ? n : dflt;
};

function parseLevel(lvl: HNode): Level {
  const restart = childVal(lvl, "w:lvlRestart");
  return {
    start: int(childVal(lvl, "w:start"), 0),
    format: asNumberFormat(childVal(lvl, "w:numFmt")),
    text: childVal(lvl, "w:lvlText") ?? "",
    restart: restart === undefined ? undefined : int(restart, 0),
    legal: firstChild(lvl, "w:isLgl") !== undefined && childVal(lvl, "w:isLgl") !== "0",
    pStyle: childVal(lvl, "w:pStyle"),
  };
}

export function parseNumbering(xml: string | undefined): NumberingDefs {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  const root = firstChild(parseXml(xml), "w:numbering");
  if (!root) return { abstracts, nums };
  for (const a of childElements(root, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(a, "w:lvl")) levels.set(int(lvl.attribs?.["w:ilvl"], 0), parseLevel(lvl));
    abstracts.set(a.attribs?.["w:abstractNumId"] ?? "", levels);
  }
  for (const n of childElements(root, "w:num")) {
    const inst: NumInstance = { abstractId: childVal(n, "w:abstractNumId") ?? "", levels: new Map(), startOverride: new Map() };
    for (const o of childElements(n, "w:lvlOverride")) {
      const ilvl = int(o.attribs?.["w:ilvl"], 0);
      const so = childVal(o, "w:startOverride");
      if (so !== undefined) inst.startOverride.set(ilvl, int(so, 0));
      const lvl = firstChild(o, "w:lvl");
      if (lvl) inst.levels.set(ilvl, parseLevel(lvl));
    }
    nums.set(n.attribs?.["w:numId"] ?? "", inst);
  }
  return { abstracts, nums };
}

export function parseStyleNumbering(xml: string | undefined): Map<string, StyleNum> {
  const styles = new Map<string, StyleNum>();
  if (!xml) return styles;
  const root = firstChild(parseXml(xml), "w:styles");
  for (const s of root ? childElements(root, "w:style") : []) {
    const numPr = firstChild(firstChild(s, "w:pPr"), "w:numPr");
    const ilvl = childVal(numPr, "w:ilvl");
    styles.set(s.attribs?.["w:styleId"] ?? "", {
      numId: childVal(numPr, "w:numId"),
      ilvl: ilvl === undefined ? undefined : int(ilvl, 0),
      basedOn: childVal(s, "w:basedOn"),
    });
  }
  return styles;
}

/** Text of one w:p, without nested paragraphs (text boxes) or deleted text. */
function paragraphText(p: HNode): string {
  let out = "";
  visitElements(p, (el) => {
    switch (el.name) {
      case "w:t":
        out += (el.children ?? []).map((c) => c.data ?? "").join("");
        return false;
      case "w:tab":
        out += "\t";
        return false;
      case "w:br":
      case "w:cr":
        out += "\n";
        return false;
      case "w:p":
      case "w:txbxContent":
      case "w:del":
      case "w:delText":
      case "w:instrText":
        return false;
    }
    return true;
  });
  return out;
}

/** Every numbered paragraph of document.xml, in document order, with its computed label. */
export function numberedParagraphs(documentXml: string, numberingXml?: string, stylesXml?: string): NumberedParagraph[] {
  const defs = parseNumbering(numberingXml);
  const styles = parseStyleNumbering(stylesXml);
  const counters = new Map<string, (number | undefined)[]>();
  const out: NumberedParagraph[] = [];
  visitElements(parseXml(documentXml), (el, ancestors) => {
    if (el.name !== "w:p") return true;
    const pPr = firstChild(el, "w:pPr");
    const styleId = childVal(pPr, "w:pStyle");
    const ref = resolveNumbering(firstChild(pPr, "w:numPr"), styleId, styles, defs);
    if (ref) {
      const label = advance(ref.numId, ref.ilvl, defs, counters);
      if (label) {
        const nested = ancestors.some((a) => a.name === "w:tbl" || a.name === "w:txbxContent");
        out.push({ text: paragraphText(el), label, nested });
      }
    }
    return true; // text-box paragraphs inside runs still advance counters
  });
  return out;
}

function resolveNumbering(
  numPr: HNode | undefined,
  styleId: string | undefined,
  styles: Map<string, StyleNum>,
  defs: NumberingDefs,
): { numId: string; ilvl: number } | undefined {
  let numId = childVal(numPr, "w:numId");
  const direct = childVal(numPr, "w:ilvl");
  let ilvl = direct === undefined ? undefined : int(direct, 0);
  // Style chain (basedOn), for numbering defined on a paragraph style.
  let sid = styleId;
  for (let guard = 0; sid && guard < 20 && (numId === undefined || ilvl === undefined); guard++) {
    const s = styles.get(sid);
    if (!s) break;
    numId ??= s.numId;
    if (ilvl === undefined && s.ilvl !== undefined && numId === s.numId) ilvl = s.ilvl;
    sid = s.basedOn;
  }
  if (numId === undefined || numId === "0") return undefined;
  if (ilvl === undefined && styleId) {
    // A level linked to the style by w:pStyle.
    const inst = defs.nums.get(numId);
    for (const [k, lvl] of defs.abstracts.get(inst?.abstractId ?? "") ?? []) if (lvl.pStyle === styleId) ilvl = k;
  }
  return { numId, ilvl: ilvl ?? 0 };
}

function levelOf(defs: NumberingDefs, inst: NumInstance, ilvl: number): Level | undefined {
  const base = inst.levels.get(ilvl) ?? defs.abstracts.get(inst.abstractId)?.get(ilvl);
  if (!base) return undefined;
  const so = inst.startOverride.get(ilvl);
  return so === undefined ? base : { ...base, start: so };
}

/** Advance the counter of (numId, ilvl) and format its label; undefined for bullets / no text. */
function advance(numId: string, ilvl: number, defs: NumberingDefs, counters: Map<string, (number | undefined)[]>): string | undefined {
  const inst = defs.nums.get(numId);
  if (!inst) return undefined;
  const level = levelOf(defs, inst, ilvl);
  if (!level) return undefined;
  // Instances with overrides count on their own; plain instances share their abstract definition's counters.
  const key = inst.startOverride.size > 0 || inst.levels.size > 0 ? `num:${numId}` : `abs:${inst.abstractId}`;
  const state = counters.get(key) ?? [];
  counters.set(key, state);
  state[ilvl] = state[ilvl] === undefined ? level.start : (state[ilvl] as number) + 1;
  for (let k = ilvl + 1; k < 9; k++) {
    const deeper = levelOf(defs, inst, k);
    const restart = deeper?.restart;
    if (restart === undefined ? true : restart !== 0 && ilvl <= restart - 1) state[k] = undefined;
  }
  if (level.format === "bullet" || level.format === "none") return undefined;
  const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
    const k = Number(d) - 1;
    const lv = levelOf(defs, inst, k);
    if (!lv) return "";
    const value = state[k] ?? lv.start;
    return formatNumber(value, level.legal && k !== ilvl ? "decimal" : lv.format);
  });
  return label.trim() === "" ? undefined : label;
}
