import type { SourceRef } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { captionPlace, place, textBlocks, where } from "./text.js";

/** Administrative levels a unit's name begins with: "上海市" "普陀区", "昌吉回族自治州", "汝城县". */
const ADMIN = /^(.{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市(?!场|政|容|民|级|委)|州|盟|县(?!级|委)|旗|区(?!域|级|委)))/;

/** Split a unit name into its administrative prefix segments and the organ ("财政局"). */
export function splitUnitName(name: string): { admin: string[]; organ: string } {
  const admin: string[] = [];
  let rest = name;
  for (;;) {
    const m = ADMIN.exec(rest);
    if (!m || rest.length - m[1].length < 2) break;
    admin.push(m[1]);
    rest = rest.slice(m[1].length);
  }
  return { admin, organ: rest };
}

/** The report names itself: the name followed by its year, 概况, 部门决算, 本级. */
const SELF = /^\s*(?:\d{4}\s*年|概况|基本情况|部门决算|单位决算|[（(]本级[）)]|本级|决算)/;
const swap = (s: string) => s.replace(/[和与]/g, (c) => (c === "和" ? "与" : "和"));
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

interface Variant {
  text: string;
  why: string;
  places: SourceRef[];
}

/**
 * The unit's name as the title states it, against the name in the other titles and where the text names the
 * report's own unit (the name followed by its year, 概况, 部门决算): an administrative level missing in the middle
 * ("上海市财政局" for "上海市普陀区财政局"; dropping the leading levels, "普陀区财政局", is an accepted short form),
 * or 和 written 与 (and the reverse). One warning per differing form, with every place it occurs.
 */
export default defineRule({
  id: "unit-name",
  meta: {
    description: "单位名称在封面、标题和正文中一致（不缺区县、“和”“与”不混用）",
    defaultSeverity: "warning",
    messages: {
      ok: "单位名称“{{name}}”各处一致",
      differs: "单位名称“{{variant}}”（{{where}}，共 {{count}} 处）与封面“{{name}}”不一致：{{why}}",
      noName: "未能从标题读出单位名称，无法核对名称一致",
    },
  },
  check(ctx) {
    const name = ctx.meta?.unitName ? squeeze(ctx.meta.unitName) : undefined;
    if (!ctx.doc) return;
    if (!name || name.length < 3) {
      ctx.report({ outcome: "insufficient_data", messageId: "noName" });
      return;
    }
    const { admin, organ } = splitUnitName(name);
    const variants = new Map<string, Variant>();
    const add = (text: string, why: string, p: SourceRef) => {
      const v = variants.get(text) ?? { text, why, places: [] };
      v.places.push(p);
      variants.set(text, v);
    };
    const other = swap(name);
    const scan = (raw: string, mk: (s: number, e: number) => SourceRef) => {
      const sq = squeeze(raw);
      if (!sq.includes(organ) && !sq.includes(other)) return;
      // Offsets into the raw text of each squeezed character, so places quote the printed text.
      const idx: number[] = [];
      let t = "";
      for (let i = 0; i < raw.length; i++) if (!/[\s\u3000]/.test(raw[i])) {
        idx.push(i);
        t += raw[i];
      }
      const at = (s: number, e: number) => mk(idx[s] ?? 0, (idx[e - 1] ?? 0) + 1);
      if (other !== name) {
        for (let i = t.indexOf(other); i >= 0; i = t.indexOf(other, i + 1)) add(other, `“${name.includes("和") ? "和" : "与"}”写作“${name.includes("和") ? "与" : "和"}”`, at(i, i + other.length));
      }
      if (admin.length === 0 || organ.length < 2) return;
      for (let i = t.indexOf(organ); i >= 0; i = t.indexOf(organ, i + 1)) {
        if (!SELF.test(t.slice(i + organ.length))) continue;
        let pos = i;
        const found: number[] = [];
        for (let j = admin.length - 1; j >= 0; j--) {
          if (t.slice(0, pos).endsWith(admin[j])) {
            found.push(j);
            pos -= admin[j].length;
          }
        }
        if (found.length === 0) continue;
        // Levels below the highest one printed, left out ("上海市财政局": 普陀区 missing).
        const top = found[found.length - 1];
        const missing = admin.filter((_, j) => j > top && !found.includes(j));
        if (missing.length === 0) continue;
        add(t.slice(pos, i + organ.length), `缺少“${missing.join("")}”`, at(pos, i + organ.length));
      }
    };
    for (const tb of textBlocks(ctx)) scan(tb.text, (s, e) => place(ctx, tb.index, s, e));
    ctx.doc.blocks.forEach((b, i) => {
      if (b.type === "table") for (const cap of b.caption) scan(cap, (s, e) => captionPlace(ctx, i, cap, s, e));
    });
    for (const v of variants.values()) {
      ctx.report({
        outcome: "fail",
        messageId: "differs",
        data: { variant: v.text, where: where(v.places[0]), count: v.places.length, name, why: v.why },
        expected: name,
        actual: v.text,
        places: v.places,
      });
    }
    if (variants.size === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { name } });
  },
});
