/**
 * table-sangong (schema.md §c1 T7-a): in 财政拨款“三公”经费支出决算表, for 预算数 and 决算数 separately,
 * 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 and 公务用车购置及运行维护费 = 购置费 + 运行维护费.
 */
import { defineRule } from "../../rule.js";
import { checkSum, STD_MESSAGES } from "../../compare.js";
import { allBlank, cf, getTable, wouldFail } from "./util.js";

export default defineRule({
  id: "table-sangong",
  meta: {
    description: "三公经费表：合计 = 出国 + 公车 + 接待；公车 = 购置 + 运行维护（预算数、决算数分别核对）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    const t = getTable(ctx, "T7");
    if (!t || t.rows.length === 0) return;
    const r = t.rows[0];
    for (const k of ["预算数", "决算数"]) {
      const c = (item: string) => cf(t, r, `${item}/${k}`);
      const total = c("合计");
      let names = ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"];
      // “三公”经费及会议费、培训费 tables: 合计 may include the two extra items
      const extra = ["会议费", "培训费"].filter((x) => t.columns.includes(`${x}/${k}`));
      if (extra.length) {
        const withExtra = [...names, ...extra];
        const three = names.map(c);
        if (wouldFail(ctx, (x) => checkSum(x, "", total, three, { total: "", parts: names }))) names = withExtra;
      }
      const parts = names.map(c);
      if (!allBlank([total, ...parts]) || !total)
        checkSum(ctx, `三公经费${k}：合计`, total, parts, { total: `合计${k}`, parts: names });
      const v = c("公务用车购置及运行维护费");
      const vp = [c("公务用车购置费"), c("公务用车运行维护费")];
      if (!allBlank([v, ...vp]) || !v)
        checkSum(ctx, `三公经费${k}：公务用车购置及运行维护费`, v, vp, { total: `公务用车购置及运行维护费${k}`, parts: ["公务用车购置费", "公务用车运行维护费"] });
    }
  },
});
