/**
 * table-row-sum (schema.md §c1 T2-a, T3-a, T5-a, T4-a, T8/T9-a): in every row, the total column is the sum
 * of its part columns — 本年收入合计 = Σ 收入来源; 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助;
 * T5 合计 = 基本 + 项目; T4 支出 合计 = 一般公共预算 + 政府性基金 + 国有资本经营; T8/T9 本年支出合计 = 基本 + 项目 and
 * 年末结转和结余 = 年初 + 本年收入 − 本年支出.
 */
import { defineRule } from "../../rule.js";
import { checkSum, STD_MESSAGES } from "../../compare.js";
import type { TypedTable } from "../../../model/table.js";
import { tableName as tn } from "../../../shared/concept-names.js";
import { allBlank, cf, rowLabel } from "./util.js";

const IDENTITIES: Partial<Record<TypedTable["id"], { total: string; parts: string[]; signs?: number[] }[]>> = {
  T2: [{ total: "本年收入合计", parts: ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"] }],
  T3: [{ total: "本年支出合计", parts: ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"] }],
  T5: [{ total: "合计", parts: ["基本支出", "项目支出"] }],
  T4: [{ total: "合计", parts: ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] }],
  T8: [
    { total: "本年支出合计", parts: ["基本支出", "项目支出"] },
    { total: "年末结转和结余", parts: ["年初结转和结余", "本年收入", "本年支出合计"], signs: [1, 1, -1] },
  ],
};
IDENTITIES.T9 = IDENTITIES.T8;

export default defineRule({
  id: "table-row-sum",
  meta: {
    description: "表内每行：合计栏 = 各分项栏之和（收入决算表、支出决算表、一般公共预算支出表、财政拨款总表支出侧、基金/国资表）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      const ids = IDENTITIES[t.id];
      if (!ids || t.empty) continue;
      for (const id of ids) {
        // only the columns this table prints (T9 printed as 支出 only has no 年初/本年收入)
        if (!t.columns.includes(id.total)) continue;
        const parts = id.parts.filter((p) => t.columns.includes(p));
        if (parts.length < 2 || (id.signs && parts.length !== id.parts.length)) continue;
        for (const r of t.rows) {
          if (t.id === "T4" && r.side !== "expenditure") continue;
          if (!(id.total in r.values)) continue;
          const total = cf(t, r, id.total);
          const ps = parts.map((p) => cf(t, r, p));
          if (allBlank([total, ...ps])) continue;
          checkSum(ctx, `${tn(t.id)}“${rowLabel(r)}”行 ${id.total}`, total, ps, { total: id.total, parts }, id.signs);
        }
      }
    }
  },
});
