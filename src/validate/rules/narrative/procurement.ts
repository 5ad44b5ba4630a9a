import type { Fact } from "../../../model/fact.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { checkShare, checkSum, interval } from "../../compare.js";
import { fmt, sum } from "../../interval.js";
import { MESSAGES, first } from "./common.js";

/**
 * 十一(二) 政府采购: 总额 = 货物 + 工程 + 服务; 中小企业/小微企业占比 = 合同金额 / 总额; and parts never exceed their
 * whole: the amounts awarded to small firms (in reserved projects + in other projects) ≤ 总额, 小微 ≤ 中小.
 */
export default defineRule({
  id: "procurement",
  meta: {
    description: "政府采购总额等于货物、工程、服务之和；中小企业、小微企业占比；授予中小企业的金额（预留项目 + 其他项目）不超过采购总额",
    defaultSeverity: "error",
    messages: {
      ...MESSAGES,
      partsWithin: "{{what}}：{{parts}} = {{sum}} 万元，不超过{{whole}} {{total}} 万元",
      partsRounding: "{{what}}：{{parts}} = {{sum}} 万元，比{{whole}} {{total}} 万元多 {{diff}}，在取整容差内，可能为取整误差",
      partsExceed: "{{what}}：{{parts}} = {{sum}} 万元，超过{{whole}} {{total}} 万元（超出 {{diff}} 万元）",
    },
  },
  check(ctx) {
    const total = first(ctx, "procurement.total");
    const parts = [first(ctx, "procurement.goods"), first(ctx, "procurement.works"), first(ctx, "procurement.services")];
    if (total || parts.some(Boolean)) checkSum(ctx, "政府采购支出总额 = 货物 + 工程 + 服务", total, parts, { total: "政府采购支出总额", parts: ["货物", "工程", "服务"] });
    for (const [k, n] of [["sme", "授予中小企业合同金额"], ["small_micro", "授予小微企业合同金额"]] as const) {
      const s = first(ctx, `procurement.${k}.share`);
      if (s) checkShare(ctx, `${n}占政府采购支出总额的比例`, s, first(ctx, `procurement.${k}`), total, [`${n}占比`, n, "政府采购支出总额"]);
    }
    const sme = awards(ctx, "procurement.sme");
    if (total && sme.length) checkWithin(ctx, "授予中小企业的采购金额（预留项目与其他项目）不超过政府采购支出总额", sme, total, "政府采购支出总额");
    const small = awards(ctx, "procurement.small_micro");
    for (const scope of new Set(small.map((f) => f.dims.scope ?? ""))) {
      const sm = small.filter((f) => (f.dims.scope ?? "") === scope);
      const whole = sme.find((f) => (f.dims.scope ?? "") === scope);
      if (whole) checkWithin(ctx, "授予小微企业的采购金额不超过授予中小企业的采购金额", sm, whole, "授予中小企业的采购金额");
    }
  },
});

/**
 * Amounts awarded (合同金额, 中标或成交的采购金额), not the budgets of reserved projects (预留…预算金额). A statement
 * without scope is an award unless its clause says 预算; a scoped one (预留 / 其他) only when its clause says so.
 */
function awards(ctx: RuleContext, concept: string): Fact[] {
  const all = ctx.facts.all(concept).filter((f) => {
    const b = ctx.doc?.blocks[f.source.block];
    const text = b && b.type !== "table" ? b.text : "";
    const before = text.slice(0, f.source.start);
    const clause = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。")) + 1);
    const sentence = before.slice(Math.max(before.lastIndexOf("；"), before.lastIndexOf("。")) + 1);
    if (!f.dims.scope) return !/预算/.test(clause);
    if (!text) return false;
    return !/预算/.test(clause) && /合同金额|采购金额|中标|成交/.test(sentence);
  });
  // One statement per scope (a restated amount is not a second part); scoped parts, when stated, replace a total.
  const byScope = new Map<string, Fact>();
  for (const f of all) if (!byScope.has(f.dims.scope ?? "")) byScope.set(f.dims.scope ?? "", f);
  const scoped = [...byScope.entries()].filter(([k]) => k !== "").map(([, f]) => f);
  return scoped.length ? scoped : [...byScope.values()];
}

/** Σ parts ≤ whole on intervals: fail only when the parts' lower bound exceeds the whole's upper bound. */
function checkWithin(ctx: RuleContext, what: string, parts: Fact[], whole: Fact, wholeName: string): void {
  const s = sum(parts.map(interval));
  const w = interval(whole);
  const data = { what, parts: parts.map((p) => p.value).join(" + "), sum: fmt(s.mid, s.decimals), whole: wholeName, total: whole.value, diff: fmt(s.mid.minus(w.mid), s.decimals) };
  const facts = [...parts, whole];
  if (s.lo.gt(w.hi)) ctx.report({ outcome: "fail", messageId: "partsExceed", data, expected: `≤ ${whole.value}`, actual: data.sum, unit: "万元", facts });
  else if (s.mid.gt(w.mid)) ctx.report({ outcome: "pass", messageId: "partsRounding", severity: "info", data, expected: `≤ ${whole.value}`, actual: data.sum, unit: "万元", facts });
  else ctx.report({ outcome: "pass", messageId: "partsWithin", data, facts });
}
