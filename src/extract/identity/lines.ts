/**
 * What one line says about the report's identity: a title ("XX局2023年度部门决算", "2023年度XX局部门决算",
 * "XX局部门决算（2023年度）", "关于XX局2023年度部门决算的公开说明", "第二部分 XX局2023年度部门决算表"),
 * a year line of a cover ("二〇二三年度部门决算"), a unit alone on a cover line, a part heading "XX局概况",
 * or a label line "部门名称：XX局". Ranges are in the view's text.
 */
import { NAME_CHAR, findUnitName } from "./unit-name.js";
import { YEAR } from "./year.js";

export type Range = [number, number];
export type ReportKind = "部门决算" | "单位决算";

export interface TitleMatch {
  unit?: Range;
  /** The unit was found at the start of its run (not cut out of a menu or breadcrumb). */
  unitClean?: boolean;
  /** Absent for a title without a year ("XX局部门决算"). */
  year?: Range;
  /** The printed kind words ("部门决算", "单位决算", "决算"). */
  kind: Range;
  /** Led by a part label ("第二部分"), or a table-of-contents entry, or an attachment's file name. */
  secondary: boolean;
}

const KIND = "(?:(?:部门|单位)(?:[(（](?:部门|单位)[)）])?)?决算";

/** After the kind words a title says at most this: 公开, 说明, 表 …, a note in brackets, a site name after "_". */
const TAIL = new RegExp(
  "^(?:公开|信息|情况|编制|汇总|的|说明|报告|报表|表|文本|公告|公示|通知|草案|目录|封面|材料|及|和|与|绩效|三公|经费|决算|整体|支出|评价|自评|结果|附件|附表|书|" +
    "[(（][^()（）]{0,24}[)）]|[\"“”'‘’《》〈〉「」]| )*" +
    `(?:[_|｜\\-—–].*|\\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|html?)(?:[(（][^()（）]{0,16}[)）])?| ?[.…·．]{2,}.*| ?\\d{1,3}| ?第\\d+页.*)?$`,
  "iu",
);
const TOC_OR_FILE = /(?:[.…·．]{2,}|\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\b)/iu;
const PART = /^第[一二三四五六七八九十\d]+部分/u;

const NAME_OR_SPACE = new RegExp(`${NAME_CHAR}| `, "u");

/** A run of name characters (and separating spaces) ending at `end`. */
function runBefore(text: string, end: number, max = 60): number {
  let s = end;
  while (s > 0 && end - s < max && NAME_OR_SPACE.test(text[s - 1])) s--;
  return s;
}

function kindValue(printed: string): ReportKind | undefined {
  if (/[(（]/.test(printed)) return undefined; // 部门（单位）决算: either
  if (printed.startsWith("部门")) return "部门决算";
  if (printed.startsWith("单位")) return "单位决算";
  return undefined;
}

export function kindOf(text: string, r: Range): ReportKind | undefined {
  return kindValue(text.slice(r[0], r[1]));
}

const ANCHOR_UNIT_YEAR = new RegExp(`[(（]? ?(${YEAR}) ?年度?[)）]? ?(${KIND})`, "dgu");
const ANCHOR_YEAR_UNIT = new RegExp(`(${YEAR}) ?年度? ?((?:${NAME_CHAR}| ){2,40}?) ?(${KIND})`, "dgu");
const ANCHOR_KIND_YEAR = new RegExp(`(${KIND}) ?[(（] ?(${YEAR}) ?年度? ?[)）]`, "dgu");
const ANCHOR_KIND = new RegExp(`((?:部门|单位)决算)`, "dgu");
const ANY_YEAR = new RegExp(YEAR, "u");

/** Title matches on one line (most lines have none). */
export function titleMatches(text: string): TitleMatch[] {
  if (!text.includes("决算") || text.length > 200) return [];
  const out: TitleMatch[] = [];
  const secondary = PART.test(text) || TOC_OR_FILE.test(text);
  const tailOk = (at: number) => TAIL.test(text.slice(at));
  const unitIn = (s: number, e: number): { unit?: Range; unitClean?: boolean } => {
    const u = findUnitName(text.slice(s, e));
    return u ? { unit: [s + u.start, s + u.end], unitClean: u.from === 0 } : {};
  };
  for (const m of text.matchAll(ANCHOR_UNIT_YEAR)) {
    const idx = m.indices!;
    if (!tailOk(idx[2][1])) continue;
    const s = runBefore(text, m.index!);
    out.push({ ...unitIn(s, m.index!), year: idx[1] as Range, kind: idx[2] as Range, secondary });
  }
  for (const m of text.matchAll(ANCHOR_YEAR_UNIT)) {
    const idx = m.indices!;
    if (!tailOk(idx[3][1])) continue;
    const u = unitIn(idx[2][0], idx[2][1]);
    if (u.unit) out.push({ ...u, year: idx[1] as Range, kind: idx[3] as Range, secondary });
  }
  for (const m of text.matchAll(ANCHOR_KIND_YEAR)) {
    const idx = m.indices!;
    if (!tailOk(m.index! + m[0].length)) continue;
    const s = runBefore(text, idx[1][0]);
    out.push({ ...unitIn(s, idx[1][0]), year: idx[2] as Range, kind: idx[1] as Range, secondary });
  }
  // "XX局部门决算" with no year on the line: the unit and the kind.
  if (out.length === 0 && !ANY_YEAR.test(text)) {
    for (const m of text.matchAll(ANCHOR_KIND)) {
      const idx = m.indices!;
      if (!tailOk(idx[1][1])) continue;
      const u = unitIn(runBefore(text, m.index!), m.index!);
      if (u.unit) out.push({ ...u, kind: idx[1] as Range, secondary });
    }
  }
  return out;
}

/** A line that is only a unit's name (a cover's first line): its range, or undefined. */
export function unitLine(text: string): Range | undefined {
  if (text.length > 60 || /决算/.test(text)) return undefined;
  const u = findUnitName(text, { fromStartOnly: true });
  return u && u.end >= text.replace(/\s+$/, "").length ? [u.start, u.end] : undefined;
}

/** A cover's year line: "2023年度部门决算", "二〇二三年度", "2023年度部门决算公开说明". */
const YEAR_LINE = new RegExp(`^[(（]?(${YEAR}) ?年度?[)）]? ?(${KIND})?`, "du");
const KIND_LINE = new RegExp(`^(${KIND})`, "du");

export function yearLine(text: string): { year: Range; kind?: Range } | undefined {
  const m = YEAR_LINE.exec(text);
  if (!m) return undefined;
  const idx = m.indices!;
  if (!idx[2] && !/^ ?$/.test(text.slice(m[0].length).replace(/^年度?/, ""))) return undefined;
  if (idx[2] && !TAIL.test(text.slice(idx[2][1]))) return undefined;
  return { year: idx[1] as Range, ...(idx[2] ? { kind: idx[2] as Range } : {}) };
}

/** A line that is only the kind words ("部门决算", "部门决算公开说明"), the second half of a split year line. */
export function kindLine(text: string): Range | undefined {
  const m = KIND_LINE.exec(text);
  return m && TAIL.test(text.slice(m[0].length)) ? (m.indices![1] as Range) : undefined;
}

/** "第一部分 XX局概况", "XX大学概况": the unit's name inside a part heading. */
export function profileHeading(text: string): Range | undefined {
  const t = text.replace(/ ?(?:[.…·．]{2,}.*| \d{1,3})$/u, "");
  const m = /^(.*?)(?:基本)?概况$/u.exec(t);
  if (!m || m[1].length < 2) return undefined;
  const u = findUnitName(m[1], { fromStartOnly: true });
  return u && u.end === m[1].length ? [u.start, u.end] : undefined;
}

const LABEL = new RegExp(`^(?:部门|单位|部门[(（]单位[)）]|编制单位|填报单位|公开单位|预算单位)(?:名称)?[:：] ?((?:${NAME_CHAR})+)`, "du");

/** "部门名称：XX局", "编制单位：XX局": a labelled unit name. */
export function labelLine(text: string): Range | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const [s, e] = m.indices![1];
  const u = findUnitName(text.slice(s, e), { fromStartOnly: true });
  return u ? [s + u.start, s + u.end] : undefined;
}
