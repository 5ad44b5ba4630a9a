/** Typed records on top of the narrative's facts: yoy changes, budget comparisons, classification items. */
import type { Doc } from "../../model/document.js";
import type { BudgetComparison, ClassificationItem, Records, YoyChange } from "../../model/records.js";
import type { Emitted } from "./interpret.js";
import { maxOf } from "../../util/arrays.js";

/** Words that introduce a reason without naming what it is the reason of. */
const LEAD_FILLER = /学校|本单位|本部门|我单位|我局|我委|我办|单位|部门|本年度?|\d{4}年度?|与上年(相比|比较)?|比上年|较上年|同比|发生|较大|变化|变动|差异|增减|增加|减少|增长|下降|的|主要|其中|[，,：:；;（）()“”"、\s]/g;

/**
 * The reason stated after `from`; "…主要原因：" ending a paragraph continues in `next`. A reason sentence that
 * names its subject ("学校其他收入与上年比较发生较大差异的原因是…") is the reason of that subject only.
 */
function reasonAfter(text: string, from: number, next: string, stops: number[], subjectText = ""): string | undefined {
  // A reason starts within 80 characters and runs to the next 。: search that window, then read to the 。 (the whole
  // rest of a long paragraph is never scanned once per record).
  const window = text.slice(from, from + 84);
  const at = /(主要)?原因/.exec(window);
  if (!at || at.index > 80) return undefined;
  const sentenceStart = Math.max(window.lastIndexOf("。", at.index), window.lastIndexOf("；", at.index)) + 1;
  const named = window.slice(sentenceStart, at.index).replace(LEAD_FILLER, "");
  if (named.length >= 2 && !subjectText.replace(/\s/g, "").includes(named)) return undefined;
  const start = from + at.index;
  const m = /^(主要)?原因(是|为|主要是)?[:：]?\s*([^。]*)/.exec(text.slice(start, stopAfter(stops, start, text.length)));
  if (!m) return undefined;
  let r = m[3].trim();
  // "…主要原因：" ending a paragraph: the reason is the next paragraph's first sentence.
  const tail = text.slice(from).trimEnd();
  if (!r && (tail.endsWith(":") || tail.endsWith("："))) r = (/^[^。]*/.exec(next.trim())?.[0] ?? "").trim();
  return r || undefined;
}

/** Offsets of every 。 in a text. */
function stopsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("。"); i >= 0; i = text.indexOf("。", i + 1)) out.push(i);
  return out;
}

/** The first stop at or after `at` (binary search), else `end`. */
function stopAfter(stops: number[], at: number, end: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < stops.length ? stops[lo]! : end;
}

/** Words comparing 决算 with 预算 in the text after a budget statement. */
function directionAfter(text: string, from: number): { direction: "greater" | "less" | "equal" | "about_equal"; text: string } | undefined {
  const rest = text.slice(from, from + 60);
  const m = /决算数?[^。；，,]{0,6}?(大于|多于|高于|超过|超出|小于|少于|低于|基本持平|持平|相等|一致|相同)[^。；，,]{0,4}?预算数?|决算数?与(年初)?预算数?(基本持平|持平|相等|一致|相同)/.exec(rest);
  if (!m) return undefined;
  const w = m[1] ?? m[3];
  const direction = /大于|多于|高于|超过|超出/.test(w) ? "greater" : /小于|少于|低于/.test(w) ? "less" : /基本/.test(w) ? "about_equal" : "equal";
  return { direction, text: m[0] };
}

export function buildRecords(doc: Doc, emitted: Emitted[]): Omit<Records, "forms" | "lists"> {
  const groups = new Map<string, Emitted[]>();
  for (const e of emitted) {
    const k = `${e.fact.source.block}|${e.subject.id}|${JSON.stringify(e.subject.dims ?? {})}`;
    const l = groups.get(k);
    if (l) l.push(e);
    else groups.set(k, [e]);
  }
  const yoy: YoyChange[] = [];
  const budgets: BudgetComparison[] = [];
  const items: ClassificationItem[] = [];
  const stopsByBlock = new Map<number, number[]>();
  for (const list of groups.values()) {
    const first = list[0];
    const block = first.fact.source.block;
    const b = doc.blocks[block];
    const text = b && b.type !== "table" ? b.text : "";
    const nb = doc.blocks[block + 1];
    const next = nb && nb.type === "paragraph" ? nb.text : "";
    let stops = stopsByBlock.get(block);
    if (!stops) stopsByBlock.set(block, (stops = stopsOf(text)));
    const get = (m: Emitted["measure"]) => list.find((e) => e.measure === m)?.fact;
    const change = get("change");
    const rate = get("rate");
    const lastEnd = maxOf(list, (e) => e.fact.source.end);
    if (change || rate) {
      const v = change?.value ?? rate!.value;
      const direction = /^-/.test(v) ? "decrease" : /^0(\.0+)?$/.test(v) ? "flat" : "increase";
      // the clause that names this subject: back from its first number to the previous separator (within 1000
      // characters, so a hostile sentence of 100k numbers stays linear)
      const before = text.slice(Math.max(first.sentence[0], first.fact.source.start - 1000), first.fact.source.start);
      const subjectText = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf(","), before.lastIndexOf("、"), before.lastIndexOf("；")) + 1);
      const reason = reasonAfter(text, Math.max(change?.source.end ?? 0, rate?.source.end ?? 0), next, stops, subjectText);
      yoy.push({ subject: first.subject.id, direction, ...(change ? { amount: change.value } : {}), ...(rate ? { rate: rate.value } : {}), ...(reason ? { reason } : {}), block });
    }
    const budget = get("budget") ?? get("budgetFull");
    const variance = get("variance");
    const completion = get("completion");
    const amount = get("amount");
    if (budget || variance || completion) {
      const reason = reasonAfter(text, lastEnd, next, stops);
      const dir = directionAfter(text, lastEnd);
      budgets.push({
        ...(dir ? { direction: dir.direction, directionText: dir.text } : {}),
        subject: first.subject.id,
        ...(budget ? { budget: budget.value, budgetKind: get("budget") ? "initial" : "full_year" } : {}),
        ...(amount ? { final: amount.value } : {}),
        ...(variance ? { varianceRate: variance.value } : {}),
        ...(completion ? { completionRate: completion.value } : {}),
        ...(reason ? { reason } : {}),
        block,
      } as BudgetComparison);
    }
    if (first.subject.id.startsWith("gpb.class:") || first.subject.id.startsWith("gpb.item:")) {
      const dims = first.subject.dims ?? {};
      const share = get("share");
      const itemReason = reasonAfter(text, lastEnd, next, stops);
      items.push({
        level: first.subject.id.startsWith("gpb.class:") ? "class" : "item",
        names: (dims.name ?? "").split("/"),
        ...(dims.code ? { code: dims.code } : {}),
        ...(amount ? { amount: amount.value } : {}),
        ...(share ? { share: share.value } : {}),
        ...(budget ? { budget: budget.value } : {}),
        ...(completion ? { completionRate: completion.value } : {}),
        ...(change ? { change: change.value } : {}),
        ...(rate ? { rate: rate.value } : {}),
        ...(itemReason ? { reason: itemReason } : {}),
        block,
      });
    }
  }
  return { yoy, budgets, items };
}
