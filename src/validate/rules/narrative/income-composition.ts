import { defineRule } from "../../rule.js";
import { checkShare, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

const SOURCES: [string, string][] = [
  ["fiscal_appropriation", "财政拨款收入"], ["superior_subsidy", "上级补助收入"], ["business", "事业收入"],
  ["operating", "经营收入"], ["subordinate_remittance", "附属单位上缴收入"], ["other", "其他收入"],
];

/** 二、收入决算: 本年收入 = Σ 各来源 (stated ones; unstated sources are not assumed 0 unless all are stated), shares = 来源 / 本年收入. */
export default defineRule({
  id: "income-composition",
  meta: { description: "本年收入等于各来源之和；各来源占比等于来源/本年收入", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const total = first(ctx, "income.current_year") ?? first(ctx, "overview.income.current_year");
    // 财政拨款收入 may be stated only as its three parts (一般公共预算 / 政府性基金 / 国有资本经营).
    const fiscalParts = ["gpb", "govfund", "soe"].map((k) => first(ctx, `income.fiscal_appropriation.${k}`)).filter((x): x is NonNullable<typeof x> => Boolean(x));
    const parts = SOURCES.map(([k]) => first(ctx, `income.${k}`));
    const stated = parts.filter(Boolean);
    // "本年收入X万元，其中：财政拨款收入Y万元" lists one source and says nothing of the others: no sum.
    if (stated.length === 0 && fiscalParts.length === 0) return;
    const sumApplies = stated.length >= 2;
    // A report lists the sources it has; the unlisted are zero only when the section lists at least two.
    const present = SOURCES.filter((_, i) => parts[i]);
    if (!parts[0] && fiscalParts.length) {
      if (stated.length + fiscalParts.length >= 2)
        checkSum(ctx, "本年收入 = 各收入来源之和", total, [...fiscalParts, ...stated], { total: "本年收入合计", parts: [...fiscalParts.map((f) => f.concept), ...present.map(([, n]) => n)] });
    } else if (sumApplies) checkSum(ctx, "本年收入 = 各收入来源之和", total, stated, { total: "本年收入合计", parts: present.map(([, n]) => n) });
    SOURCES.forEach(([k, n], i) => {
      const share = first(ctx, `income.${k}.share`);
      if (share) checkShare(ctx, `${n}占本年收入的比例`, share, parts[i], total, [`${n}占比`, n, "本年收入合计"]);
    });
  },
});
