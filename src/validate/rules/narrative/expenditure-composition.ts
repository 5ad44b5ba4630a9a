import { defineRule } from "../../rule.js";
import { checkShare, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

const PARTS: [string, string][] = [
  ["basic", "基本支出"], ["project", "项目支出"], ["remit_to_superior", "上缴上级支出"],
  ["operating", "经营支出"], ["subsidy_to_subordinate", "对附属单位补助支出"],
];

/** 三、支出决算: 本年支出 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 占比 = 部分 / 本年支出. */
export default defineRule({
  id: "expenditure-composition",
  meta: { description: "本年支出等于各部分之和；各部分占比等于部分/本年支出", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const total = first(ctx, "expenditure.current_year") ?? first(ctx, "overview.expenditure.current_year");
    const parts = PARTS.map(([k]) => first(ctx, `expenditure.${k}`));
    const stated = parts.filter(Boolean);
    if (stated.length === 0) return;
    if (stated.length >= 2) checkSum(ctx, "本年支出 = 基本支出 + 项目支出 + 其他支出之和", total, stated, { total: "本年支出合计", parts: PARTS.filter((_, i) => parts[i]).map(([, n]) => n) });
    PARTS.forEach(([k, n], i) => {
      const share = first(ctx, `expenditure.${k}.share`);
      if (share) checkShare(ctx, `${n}占本年支出的比例`, share, parts[i], total, [`${n}占比`, n, "本年支出合计"]);
    });
  },
});
