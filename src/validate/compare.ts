/**
 * The comparisons every arithmetic rule is made of: a sum, a share, a year-on-year rate, an equality.
 * Each reports one finding with outcome pass / fail / insufficient_data, on interval arithmetic.
 */
import { Decimal } from "decimal.js";
import type { Fact } from "../model/fact.js";
import type { RuleContext } from "./rule.js";
import { agree, exact, fmt, percent, printed, scale, sub, sum, tolerance, type Interval } from "./interval.js";
import { decimalsOf } from "../extract/number.js";
import { conceptName } from "../shared/concept-names.js";

/** Standard messages; rules spread these into their meta.messages and may add their own. */
export const STD_MESSAGES = {
  ok: "{{what}}：{{actual}} 与计算值 {{expected}} 一致",
  rounding: "{{what}}：{{actual}} 与计算值 {{expected}} 相差 {{diff}}，在取整容差 ±{{tolerance}} 内，可能为取整误差",
  mismatch: "{{what}}：报告为 {{actual}}，按 {{basis}} 计算应为 {{expected}}，相差 {{diff}}，超出取整容差 ±{{tolerance}}",
  missing: "{{what}}：缺少 {{missing}}，无法核对",
  zeroBase: "{{what}}：基数为 0，比率无定义",
  zeroBaseStated: "{{what}}：预算数为 0（或空白），比率无定义，却报告了 {{actual}}%",
  tailAdjusted: "{{what}}：报告为 {{actual}}%，按 {{basis}} 计算应为 {{expected}}%，相差一个末位；同组占比合计恰为 100%，可能为尾差调整",
} as const;

const EXACT_UNITS = new Set(["人", "辆", "个", "次", "批次", "人次", "台（套）", "年"]);

/** The interval a fact stands for; amounts in 元 are converted to 万元 exactly so units never mix. */
const INTERVALS = new WeakMap<Fact, Interval>();

export function interval(f: Fact): Interval {
  let iv = INTERVALS.get(f);
  if (!iv) {
    iv = computeInterval(f);
    INTERVALS.set(f, iv);
  }
  return iv;
}

function computeInterval(f: Fact): Interval {
  const iv = f.blank || f.empty ? exact(f.value, 2) : printed(f.value, undefined, EXACT_UNITS.has(f.unit));
  if (f.unit !== "元") return iv;
  const s = scale(iv, "0.0001");
  return { ...s, decimals: iv.decimals + 4 };
}

/** A fact's name for people: the Chinese name of its concept and item (never the concept id). */
export function label(f: Fact): string {
  return conceptName(f.concept, f.dims);
}

interface Base {
  what: string;
  facts: (Fact | undefined)[];
  names: string[];
}

function missingReport(ctx: RuleContext, b: Base): boolean {
  const missing = b.facts.map((f, i) => (f ? null : b.names[i])).filter(Boolean) as string[];
  if (missing.length === 0) return false;
  ctx.report({
    outcome: "insufficient_data",
    messageId: "missing",
    data: { what: b.what, missing: missing.join("、") },
    facts: b.facts.filter(Boolean) as Fact[],
  });
  return true;
}

/** Report how a stated value agrees with a computed interval: pass (exact), pass + info (rounding) or fail. */
export function reportAgreement(
  ctx: RuleContext,
  what: string,
  stated: Fact,
  statedI: Interval,
  computed: Interval,
  basis: string,
  facts: Fact[],
  unit: string,
  finer = false,
): void {
  const a = agree(statedI, computed);
  // Display in the stated value's own unit (intervals of 元 amounts are kept in 万元).
  const k = stated.unit === "元" ? 10000 : 1;
  const shown = stated.unit === "元" ? statedI.decimals - 4 : statedI.decimals;
  // Show the computed value at the finer of the two precisions ("0.3" vs 2961.68 → expected 2961.68).
  const expected = fmt(computed.mid.times(k), finer ? Math.max(shown, Math.min(computed.decimals, 4)) : shown);
  const diff = statedI.mid.minus(computed.mid).abs().times(k);
  const data = {
    what,
    actual: stated.value,
    expected,
    diff: fmt(diff, statedI.lo.eq(statedI.hi) && shown === 0 ? 0 : Math.max(shown, 2)),
    tolerance: fmt(new Decimal(tolerance(statedI, computed)).times(k), Math.max(shown + 1, 3)).replace(/0+$/, "").replace(/\.$/, ""),
    basis,
  };
  const common = { actual: stated.value, expected, tolerance: data.tolerance, unit, facts, data };
  if (a === "exact") ctx.report({ outcome: "pass", messageId: "ok", ...common });
  else if (a === "rounding") ctx.report({ outcome: "pass", messageId: "rounding", severity: "info", ...common });
  else ctx.report({ outcome: "fail", messageId: "mismatch", ...common });
}

/** total = Σ parts (each part may carry a sign via `signs`). */
export function checkSum(
  ctx: RuleContext,
  what: string,
  total: Fact | undefined,
  parts: (Fact | undefined)[],
  names: { total: string; parts: string[] },
  signs?: number[],
): void {
  if (missingReport(ctx, { what, facts: [total, ...parts], names: [names.total, ...names.parts] })) return;
  const t = total as Fact;
  const ps = parts as Fact[];
  const terms = ps.map((p, i) => {
    const iv = interval(p);
    return signs && signs[i] < 0 ? sub(exact(0), iv) : iv;
  });
  const basis = ps.map((p, i) => `${i === 0 ? "" : signs && signs[i] < 0 ? " − " : " + "}${p.value}`).join("");
  const computed = sum(terms);
  const counted = signs ? undefined : countedTwice(t, ps, computed);
  if (counted) {
    const before = ctx.report;
    ctx.report = (i) => before(i.outcome === "fail" ? { ...i, severity: "warning", doubt: `差额恰等于${counted}，疑为“其中”项被计入合计（结构存疑，未据此报错）` } : i);
    try {
      reportAgreement(ctx, what, t, interval(t), computed, basis, [t, ...ps], t.unit, true);
    } finally {
      ctx.report = before;
    }
    return;
  }
  reportAgreement(ctx, what, t, interval(t), computed, basis, [t, ...ps], t.unit, true);
}

/**
 * A table total short of the sum of its rows by exactly one or two rows, each no larger than the row above it
 * (where a "其中" component sits, under its parent): the likelier cause is a component read as an addend, not a
 * report that double-counts. Returns the rows' description, or undefined when the difference is anything else.
 */
function countedTwice(total: Fact, parts: Fact[], computed: Interval): string | undefined {
  if (!total.dims.table || parts.length < 3) return undefined;
  const excess = computed.mid.minus(interval(total).mid);
  if (excess.lte(0)) return undefined;
  const tol = (fs: Fact[]) => fs.reduce((a, f) => a.plus(interval(f).hi.minus(interval(f).lo)), interval(total).hi.minus(interval(total).lo)).div(2).plus(computed.hi.minus(computed.lo).div(2));
  const under = (i: number) => i > 0 && new Decimal(parts[i].value).gt(0) && new Decimal(parts[i].value).lte(new Decimal(parts[i - 1].value));
  const name = (f: Fact) => `“${f.dims.name ?? f.dims.row ?? f.value}”${f.value}`;
  for (let i = 1; i < parts.length; i++) {
    if (!under(i)) continue;
    if (excess.minus(parts[i].value).abs().lte(tol([parts[i]]))) return name(parts[i]);
    for (let j = i + 1; j < parts.length; j++) {
      if (!under(j)) continue;
      if (excess.minus(new Decimal(parts[i].value).plus(parts[j].value)).abs().lte(tol([parts[i], parts[j]]))) return `${name(parts[i])}与${name(parts[j])}之和`;
    }
  }
  return undefined;
}

/**
 * share% = 100 · part / whole. `siblings`: the other shares of the same whole stated with it (a partition):
 * when they and this one add up to exactly 100 and this one is off by one unit in its last decimal, the writer
 * adjusted the rounding tail so the shares sum to 100 (尾差调整) — an info, not an error.
 */
export function checkShare(
  ctx: RuleContext,
  what: string,
  share: Fact | undefined,
  part: Fact | undefined,
  whole: Fact | undefined,
  names: [string, string, string],
  siblings: Fact[] = [],
): void {
  if (missingReport(ctx, { what, facts: [share, part, whole], names })) return;
  const s = share as Fact, p = part as Fact, w = whole as Fact;
  const r = percent(interval(p), interval(w));
  if (!r) {
    ctx.report({ outcome: "not_applicable", messageId: "zeroBase", data: { what }, facts: [s, p, w] });
    return;
  }
  const basis = `${p.value} ÷ ${w.value} × 100`;
  if (siblings.length && agree(interval(s), r) === "mismatch" && tailAdjusted(s, r, siblings)) {
    const d = decimalsOf(s.value);
    ctx.report({ outcome: "pass", severity: "info", messageId: "tailAdjusted", data: { what, actual: s.value, expected: fmt(r.mid, d), basis }, actual: s.value, expected: fmt(r.mid, d), unit: "%", facts: [s, p, w, ...siblings] });
    return;
  }
  reportAgreement(ctx, what, s, interval(s), r, basis, [s, p, w], "%");
}

/** Off by at most one unit in the last printed decimal, and the group's shares add up to exactly 100. */
function tailAdjusted(s: Fact, computed: Interval, siblings: Fact[]): boolean {
  const d = decimalsOf(s.value);
  const ulp = new Decimal(10).pow(-d);
  const rounded = new Decimal(fmt(computed.mid, d));
  if (new Decimal(s.value).minus(rounded).abs().gt(ulp)) return false;
  const total = [s, ...siblings].reduce((a, f) => a.plus(f.value), new Decimal(0));
  return total.eq(100);
}

/** rate% = 100 · change / (current − change): a year-on-year rate from the change and the current value. */
export function checkYoyRate(
  ctx: RuleContext,
  what: string,
  rate: Fact | undefined,
  change: Fact | undefined,
  current: Fact | undefined,
  names: [string, string, string],
): void {
  if (missingReport(ctx, { what, facts: [rate, change, current], names })) return;
  const r = rate as Fact, c = change as Fact, cur = current as Fact;
  const prev = sub(interval(cur), interval(c));
  const p = percent(interval(c), prev);
  if (!p) {
    ctx.report({ outcome: "not_applicable", messageId: "zeroBase", data: { what }, facts: [r, c, cur] });
    return;
  }
  reportAgreement(ctx, what, r, interval(r), p, `${c.value} ÷ (${cur.value} − (${c.value})) × 100`, [r, c, cur], "%");
}

/** rate% = 100 · (final − budget) / budget (预决算差异率) or 100 · final / budget (完成率). */
export function checkBudgetRate(
  ctx: RuleContext,
  what: string,
  rate: Fact | undefined,
  final: Fact | undefined,
  budget: Fact | undefined,
  kind: "variance" | "completion",
  names: [string, string, string],
): void {
  if (missingReport(ctx, { what, facts: [rate, final, budget], names })) return;
  const r = rate as Fact, f = final as Fact, b = budget as Fact;
  const num = kind === "variance" ? sub(interval(f), interval(b)) : interval(f);
  const p = percent(num, interval(b));
  if (!p) {
    // A zero budget with a stated rate: the rate is undefined. 0 over 0 stated as 0% is tolerated only
    // when final is 0 too and the rate is 0 (a common "no budget, no spending" phrasing).
    const fz = new Decimal(f.value).isZero();
    const rz = new Decimal(r.value).isZero();
    if (kind === "variance" && fz && rz) {
      ctx.report({ outcome: "not_applicable", messageId: "zeroBase", data: { what }, facts: [r, f, b] });
    } else {
      ctx.report({ outcome: "fail", messageId: "zeroBaseStated", data: { what, actual: r.value }, actual: r.value, facts: [r, f, b] });
    }
    return;
  }
  const basis = kind === "variance" ? `(${f.value} − ${b.value}) ÷ ${b.value} × 100` : `${f.value} ÷ ${b.value} × 100`;
  reportAgreement(ctx, what, r, interval(r), p, basis, [r, f, b], "%");
}

/** a = b, two statements of the same quantity. */
export function checkEqual(ctx: RuleContext, what: string, a: Fact | undefined, b: Fact | undefined, names: [string, string]): void {
  if (missingReport(ctx, { what, facts: [a, b], names })) return;
  const fa = a as Fact, fb = b as Fact;
  reportAgreement(ctx, what, fa, interval(fa), interval(fb), `${names[1]} ${fb.value}`, [fa, fb], fa.unit, true);
}
