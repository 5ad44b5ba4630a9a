import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { checkShare, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

/** Key of a classification fact: its code, else its printed name path. */
export function classKey(f: Fact): string {
  return f.dims.code ?? f.dims.name ?? "";
}

/** 五、一般公共预算财政拨款支出: 占本年支出比例; Σ 类 = 总额; 类占比 = 类 / 总额. */
export default defineRule({
  id: "gpb-structure",
  meta: { description: "一般公共预算财政拨款支出的占比、各类之和与类占比", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const total = first(ctx, "gpb.expenditure");
    const share = first(ctx, "gpb.expenditure.share");
    if (share) checkShare(ctx, "一般公共预算财政拨款支出占本年支出合计的比例", share, total, first(ctx, "expenditure.current_year") ?? first(ctx, "overview.expenditure.current_year"), ["占比", "一般公共预算财政拨款支出", "本年支出合计"]);
    const classes = uniqueByKey(ctx.facts.all("gpb.class.amount"));
    if (classes.length > 0) {
      checkSum(ctx, "一般公共预算财政拨款支出 = 各类支出之和", total, classes, { total: "一般公共预算财政拨款支出", parts: classes.map((c) => c.dims.name ?? classKey(c)) });
      for (const s of ctx.facts.all("gpb.class.share")) {
        const amount = classes.find((c) => classKey(c) === classKey(s));
        checkShare(ctx, `${s.dims.name ?? classKey(s)}占一般公共预算财政拨款支出的比例`, s, amount, total, ["类占比", "类金额", "一般公共预算财政拨款支出"]);
      }
    }
  },
});

/** The first statement per classification key. */
export function uniqueByKey(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = classKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
