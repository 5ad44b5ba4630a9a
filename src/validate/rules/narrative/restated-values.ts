import type { Fact } from "../../../model/fact.js";
import { factKey } from "../../../model/fact-key.js";
import { defineRule } from "../../rule.js";
import { checkEqual } from "../../compare.js";
import { conceptName } from "../../../shared/concept-names.js";
import { MESSAGES } from "./common.js";

/** Concepts that name the same quantity in two sections. */
const SAME: [string, string, string][] = [
  ["overview.income.current_year", "income.current_year", "本年收入合计"],
  ["overview.expenditure.current_year", "expenditure.current_year", "本年支出合计"],
];

/** From this many distinct values of one figure in one section, the doubt is the reading, not the report. */
const MANY = 3;

/**
 * The same figure stated twice in one section (same concept, same dims: the same item) must carry the same
 * value. Only within one section kind — an item amount is never compared with a total, nor a figure of one
 * section with a like-named one of another (§一 and §二 state 本年收入合计 under two concepts: SAME pairs them).
 * A figure that takes many distinct values in one section is an extraction doubt: one warning, no errors.
 */
export default defineRule({
  id: "restated-values",
  meta: {
    description: "同一指标在同一节多处陈述时数值一致（同一科目、同一节；不同指标、不同层级不相比较）",
    defaultSeverity: "error",
    messages: {
      ...MESSAGES,
      ambiguous: "{{what}}在“{{section}}”一节中取值多达 {{count}} 个（{{values}}），疑似提取歧义，未据此报错",
    },
  },
  check(ctx) {
    const groups = new Map<string, Fact[]>();
    for (const f of ctx.facts.facts) {
      if (f.dims.table || f.unit === "text" || f.concept.startsWith("perf.") || f.concept.startsWith("table.")) continue;
      const k = `${factKey(f)}|${f.section ?? ""}`;
      const l = groups.get(k);
      if (l) l.push(f);
      else groups.set(k, [f]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const first = list[0];
      const name = conceptName(first.concept, first.dims);
      const values = [...new Set(list.filter((f) => !f.empty).map((f) => f.value))];
      if (values.length >= MANY) {
        ctx.report({
          outcome: "fail",
          severity: "warning",
          messageId: "ambiguous",
          data: { what: name, section: first.section ?? "", count: values.length, values: values.slice(0, 6).join("、") },
          facts: list,
        });
        continue;
      }
      for (const other of list.slice(1)) {
        if (other.value === first.value && !(other.empty || first.empty)) continue;
        checkEqual(ctx, `${name}（同节两处陈述）`, other, first, [name, name]);
      }
    }
    for (const [a, b, n] of SAME) {
      const fa = ctx.facts.one(a);
      const fb = ctx.facts.one(b);
      if (fa && fb) checkEqual(ctx, `${n}（两节陈述）`, fb, fa, [n, n]);
    }
  },
});
