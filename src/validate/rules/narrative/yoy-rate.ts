import type { Fact } from "../../../model/fact.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { checkYoyRate } from "../../compare.js";
import { MESSAGES } from "./common.js";
import { conceptName } from "../../../shared/concept-names.js";

/** Which stated amount a year-on-year change is the change of (also used by editorial/growth-zero-base). */
const BASE: Record<string, string[]> = {
  overview: ["overview.income.grand_total", "overview.expenditure.grand_total"],
  "overview.income": ["overview.income.grand_total", "overview.income.current_year"],
  "overview.expenditure": ["overview.expenditure.grand_total", "overview.expenditure.current_year"],
  fiscal: ["fiscal.income.grand_total", "fiscal.expenditure.grand_total", "fiscal.expenditure.current_year"],
  gpb: ["gpb.expenditure"],
  "gpb.item": ["gpb.item.amount"],
  "gpb.class": ["gpb.class.amount"],
  sangong: ["sangong.total"],
  operating_costs: ["operating_costs.total"],
  basic: ["basic.total"],
  govfund: ["govfund.expenditure"],
  soe: ["soe.expenditure"],
};

export function baseOf(ctx: RuleContext, rate: Fact): Fact | undefined {
  const stem = rate.concept.replace(/\.yoy\.rate$/, "");
  const candidates = BASE[stem] ?? (/\.(class|item)$/.test(stem) ? [`${stem}.amount`] : [stem, `${stem}.total`]);
  const dims = { ...rate.dims };
  for (const c of candidates) {
    const all = ctx.facts.all(c, dims);
    const near = all.find((f) => f.source.block === rate.source.block && f.source.start < rate.source.start);
    if (near ?? all[0]) return near ?? all[0];
  }
  return undefined;
}

/** Every stated year-on-year rate = change ÷ (current − change) × 100; the sign follows the words (增加/减少). */
export default defineRule({
  id: "yoy-rate",
  meta: { description: "同比增减率与增减额、本年数一致（含方向词）", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    for (const concept of ctx.facts.concepts()) {
      if (!concept.endsWith(".yoy.rate")) continue;
      for (const rate of ctx.facts.all(concept)) {
        const changes = ctx.facts.all(concept.replace(/rate$/, "change"), rate.dims);
        const change = changes.find((c) => c.source.block === rate.source.block && c.source.start < rate.source.start) ?? changes[0];
        checkYoyRate(ctx, conceptName(rate.concept, rate.dims), rate, change, baseOf(ctx, rate), ["增减率", "增减额", "本年数"]);
      }
    }
  },
});
