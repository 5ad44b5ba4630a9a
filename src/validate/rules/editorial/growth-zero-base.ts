import { Decimal } from "decimal.js";
import { isFirm } from "../../../model/fact-key.js";
import type { Fact } from "../../../model/fact.js";
import { defineRule } from "../../rule.js";
import { baseOf } from "../narrative/yoy-rate.js";
import { excerpt, place, textBlocks, where } from "./text.js";

/** "本单位于2024年新成立", "本年新组建": the unit did not exist last year. */
const FOUNDED = /(?:于|在)?\s*(本年|本年度|今年|(\d{4})\s*年)(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*(?:正式)?(?:新)?(?:成立|组建|设立|挂牌)/g;
const CONCEPT_NAMES: Record<string, string> = {
  overview: "收入支出总计", fiscal: "财政拨款收入支出总计", gpb: "一般公共预算财政拨款支出", sangong: "“三公”经费",
  "sangong.abroad": "因公出国（境）费", "sangong.vehicle": "公务用车购置及运行维护费", "sangong.reception": "公务接待费",
  operating_costs: "机关运行经费", basic: "基本支出", "gpb.item": "项级科目支出", "gpb.class": "类级科目支出",
};

const name = (rate: Fact) => {
  const stem = rate.concept.replace(/\.yoy\.rate$/, "");
  return `${CONCEPT_NAMES[stem] ?? stem}${rate.dims.name ? `（${rate.dims.name}）` : ""}`;
};

/**
 * A growth rate stated against a zero base: "增加0.30万元，增长100%" where the current amount is the change
 * itself (last year was 0), or a unit founded this year that states "增长100.00%". A rate against 0 is undefined;
 * 0 against 0 stated as 0% is tolerated. An error when every number is firmly read, else a warning.
 */
export default defineRule({
  id: "growth-zero-base",
  meta: {
    description: "上年数为 0（或单位本年新成立）时不应报告增长率",
    defaultSeverity: "error",
    messages: {
      ok: "{{count}} 个增减率的上年基数均不为 0",
      zeroBase: "{{what}}：本年 {{current}} 万元、增加 {{change}} 万元，上年数为 0，增长率无定义，却报告了 {{rate}}%",
      founded: "“{{founded}}”（{{foundedWhere}}）：单位本年新成立，上年无数，却报告{{what}}增长 {{rate}}%（{{where}}）",
    },
  },
  check(ctx) {
    let checked = 0;
    let failed = 0;
    const year = ctx.meta?.fiscalYear;
    // Only the unit itself, said so in its profile ("本单位于2024年3月新成立"), not a working group it set up.
    const unit = ctx.meta?.unitName;
    const founding = textBlocks(ctx)
      .filter((b) => !b.toc && b.kinds.some((k) => k === "profile-part" || k === "organisation" || k === "functions"))
      .flatMap((b) => [...b.text.matchAll(FOUNDED)].map((m) => ({ b, m })))
      .find(({ b, m }) => {
        if (m[2] ? year === undefined || Number(m[2]) !== year : false) return false;
        const start = Math.max(b.text.lastIndexOf("。", m.index!), b.text.lastIndexOf("；", m.index!)) + 1;
        const subject = b.text.slice(start, m.index!);
        return /本单位|本部门|我单位|我部门|我局|我委|我中心|我院|我校|该单位/.test(subject) || (unit !== undefined && subject.includes(unit));
      });
    for (const concept of ctx.facts.concepts()) {
      if (!concept.endsWith(".yoy.rate")) continue;
      for (const rate of ctx.facts.all(concept)) {
        if (new Decimal(rate.value).isZero()) continue;
        checked++;
        const changes = ctx.facts.all(concept.replace(/rate$/, "change"), rate.dims);
        const change = changes.find((c) => c.source.block === rate.source.block && c.source.start < rate.source.start);
        const base = baseOf(ctx, rate);
        if (change && base && base.unit === change.unit && new Decimal(base.value).minus(change.value).isZero() && !new Decimal(base.value).isZero()) {
          failed++;
          const firm = [rate, change, base].every(isFirm);
          ctx.report({
            outcome: "fail",
            messageId: "zeroBase",
            data: { what: name(rate), current: base.value, change: change.value, rate: rate.value },
            expected: "不报告增长率（上年数为 0）",
            actual: `${rate.value}%`,
            facts: [rate, change, base],
            ...(firm ? {} : { severity: "warning" as const }),
          });
          continue;
        }
        // A unit founded this year: a 100% growth of a total is growth against nothing.
        if (founding && new Decimal(rate.value).abs().eq(100)) {
          failed++;
          const fp = place(ctx, founding.b.index, founding.m.index!, founding.m.index! + founding.m[0].length);
          ctx.report({
            outcome: "fail",
            messageId: "founded",
            data: { founded: excerpt(founding.b.text, founding.m.index!, founding.m.index! + founding.m[0].length, 8), foundedWhere: where(fp), what: name(rate), rate: rate.value, where: where(rate.source) },
            actual: `${rate.value}%`,
            facts: [rate],
            places: [fp],
            severity: "warning",
          });
        }
      }
    }
    if (checked > 0 && failed === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { count: checked } });
  },
});
