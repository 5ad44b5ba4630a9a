/**
 * Settling loose terms against the tables. Some narrative terms mean one of two concepts depending on the
 * writer: “收入总计/支出总计” is the grand total in the Shanghai template but the year's own income or spending
 * in the university family. The lexicon marks such subjects (Subject.alt); here each such fact is settled:
 * - a table states both readings: the one the value equals wins (no doubt); equal to neither, the primary
 *   reading stays and a mismatch is a real one;
 * - no table, the report states both totals and they differ (a grand total of income always equals that of
 *   spending), and it states none of their components (本年收入合计, 年初结转和结余 …, which a writer who means
 *   the grand total lists beside it): the loose reading is likely and undecidable, so the facts carry a doubt.
 */
import { Decimal } from "decimal.js";
import type { Fact } from "../model/fact.js";

export interface Ambiguous {
  fact: Fact;
  alt: string;
}

const NAMES: Record<string, string> = {
  "overview.income.grand_total": "收入总计",
  "overview.income.current_year": "本年收入合计",
  "overview.expenditure.grand_total": "支出总计",
  "overview.expenditure.current_year": "本年支出合计",
};

/** Equal within the rounding of both printed values (amounts in 元 compared in 万元). */
function same(a: Fact, b: Fact): boolean {
  try {
    const wan = (f: Fact) => (f.unit === "元" ? new Decimal(f.value).div(10000) : new Decimal(f.value));
    const half = (f: Fact) => new Decimal(10).pow(-decimals(f)).div(2);
    return wan(a).minus(wan(b)).abs().lte(half(a).plus(half(b)));
  } catch {
    return false;
  }
}

function decimals(f: Fact): number {
  const i = f.value.indexOf(".");
  return (i < 0 ? 0 : f.value.length - i - 1) + (f.unit === "元" ? 4 : 0);
}

const COMPONENTS = /^overview\.(income\.(current_year|carryover_begin|non_fiscal_balance_used)|expenditure\.(current_year|carryover_end|balance_distribution))$/;

export function reconcile(ambiguous: Ambiguous[], tableFacts: Fact[], narrativeFacts: Fact[] = []): void {
  const byConcept = new Map<string, Fact[]>();
  for (const f of tableFacts) {
    const l = byConcept.get(f.concept) ?? [];
    l.push(f);
    byConcept.set(f.concept, l);
  }
  const unsettled: Ambiguous[] = [];
  for (const a of ambiguous) {
    const primary = byConcept.get(a.fact.concept) ?? [];
    const alt = byConcept.get(a.alt) ?? [];
    if (primary.length === 0 && alt.length === 0) {
      unsettled.push(a);
      continue;
    }
    const matchesPrimary = primary.some((t) => same(a.fact, t));
    const matchesAlt = alt.some((t) => same(a.fact, t));
    if (matchesAlt && !matchesPrimary) a.fact.concept = a.alt;
  }
  // no table: a stated income total that differs from the stated spending total is not a grand total pair
  const inc = unsettled.filter((a) => a.fact.concept === "overview.income.grand_total");
  const exp = unsettled.filter((a) => a.fact.concept === "overview.expenditure.grand_total");
  const components = narrativeFacts.some((f) => COMPONENTS.test(f.concept));
  if (!components && inc.length && exp.length && inc.some((i) => exp.some((e) => !same(i.fact, e.fact)))) {
    for (const a of [...inc, ...exp]) a.fact.doubt = `“${NAMES[a.fact.concept]}”也可能指${NAMES[a.alt] ?? a.alt}（无表可核）`;
  }
}
