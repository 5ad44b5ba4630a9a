/** Caption lines above a table: its title, "单位：万元", "公开01表", "（2024年度）" … */
import { PART_RE, startsLikeTitle } from "./paragraphs.js";
import type { BBox, Line } from "./types.js";

export interface HasBox {
  bbox: BBox;
}

export function isCaptionText(text: string, nearest: boolean): boolean {
  const t = text.replace(/\s+/g, "");
  if (t === "") return false;
  if (/单位[:：]/.test(t) || /^编制单位/.test(t) || /^金额单位/.test(t)) return true;
  if (/^(公开|附|部门|预算|决算)?(表|附表)?[\d一二三四五六七八九十]+([-－—]\d+)?表?$/.test(t) && /表/.test(t)) return true;
  if (/^[（(]?\d{4}年度?[)）]?$/.test(t)) return true;
  if (t.length <= 45 && /表([（(][^)）]*[)）])?$/.test(t) && !/[。；]/.test(t)) return true;
  if (t.length <= 45 && /(决算|预算|明细|情况|汇总|统计)表/.test(t) && !/[。；]/.test(t)) return true;
  // a short untitled line right above the table (a title without 表), unless it reads like a narrative heading
  if (nearest && t.length <= 30 && !/[。；，,：:]/.test(t) && !startsLikeTitle(t)) return true;
  return false;
}

/** Pick caption lines for table `t` from the flow lines of its page (nearest first, returned top to bottom). */
export function pickCaption(t: HasBox, flow: Line[], tables: HasBox[]): Line[] {
  const top = t.bbox[3];
  const width = t.bbox[2] - t.bbox[0];
  // another table above bounds the search
  let ceiling = Infinity;
  for (const o of tables) if (o !== t && o.bbox[1] >= top - 1) ceiling = Math.min(ceiling, o.bbox[1]);
  const above = flow
    .filter((l) => l.bottom >= top - 3 && l.top <= ceiling && l.x1 >= t.bbox[0] - width * 0.1 && l.x0 <= t.bbox[2] + width * 0.1)
    .sort((a, b) => a.y - b.y);
  const used: Line[] = [];
  let last = top;
  for (const l of above) {
    const gap = l.bottom - last;
    if (gap > Math.max(4 * l.size, 50)) break;
    if (PART_RE.test(l.text)) break;
    if (!isCaptionText(l.text, used.length === 0 && gap < 3 * l.size)) break;
    used.push(l);
    last = l.top;
    if (used.length >= 5) break;
  }
  return used.reverse();
}
