import type { Fact } from "../../../model/fact.js";
import { factKey } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkEqual } from "../../compare.js";
import { MESSAGES } from "./common.js";

/** Concepts that name the same quantity in two sections. */
const SAME: [string, string, string][] = [
  ["overview.income.current_year", "income.current_year", "本年收入合计"],
  ["overview.expenditure.current_year", "expenditure.current_year", "本年支出合计"],
];

/** The same concept stated twice (or in two sections under two names) must carry the same value. */
export default defineRule({
  id: "restated-values",
  meta: { description: "同一指标多处陈述时数值一致", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const groups = new Map<string, Fact[]>();
    for (const f of ctx.facts.facts) {
      if (f.dims.table || f.unit === "text" || f.concept.startsWith("perf.") || f.concept.startsWith("table.")) continue;
      const k = factKey(f);
      const l = groups.get(k);
      if (l) l.push(f);
      else groups.set(k, [f]);
    }
    for (const [k, list] of groups) {
      if (list.length < 2) continue;
      const first = list[0];
      for (const other of list.slice(1)) {
        if (other.value === first.value && !(other.empty || first.empty)) continue;
        checkEqual(ctx, `${k} 两处陈述`, other, first, [k, k]);
      }
    }
    for (const [a, b, n] of SAME) {
      const fa = ctx.facts.one(a);
      const fb = ctx.facts.one(b);
      if (fa && fb) checkEqual(ctx, `${n}（两节陈述）`, fb, fa, [b, a]);
    }
  },
});
