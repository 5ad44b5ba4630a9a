/**
 * table-basic-economic (schema.md §c1 T6-b): in 一般公共预算财政拨款基本支出决算表, 人员经费合计 = 301 + 303
 * (工资福利支出 + 对个人和家庭的补助) and 公用经费合计 = the other economic 类 (302 商品和服务支出, 310 资本性支出 …).
 * (类 = Σ 款 is checked by table-hierarchy.)
 */
import { defineRule } from "../../rule.js";
import { checkSum, STD_MESSAGES } from "../../compare.js";
import { classificationEntry } from "../../../extract/classification.js";
import { cf, findRow, getTable, rowLabel } from "./util.js";

export default defineRule({
  id: "table-basic-economic",
  meta: {
    description: "基本支出决算表：人员经费合计 = 工资福利支出 + 对个人和家庭的补助；公用经费合计 = 商品和服务支出 + 资本性支出等",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    const t = getTable(ctx, "T6");
    if (!t || t.empty) return;
    const classes = t.rows.filter((r) => r.code && r.code.length === 3);
    const col = t.columns.includes("决算数") ? "决算数" : t.columns[0];
    const personnel = classes.filter((r) => (classificationEntry("economic", r.code!)?.group ?? (/^30[13]$/.test(r.code!) ? "personnel" : "public")) === "personnel");
    const pub = classes.filter((r) => !personnel.includes(r));
    for (const [re, kids, name] of [
      [/^人员经费(合计)?$/, personnel, "人员经费合计"],
      [/^公用经费(合计)?$/, pub, "公用经费合计"],
    ] as const) {
      const row = findRow(t, re);
      if (!row && kids.length === 0) continue;
      checkSum(ctx, `基本支出决算表 ${name} = Σ 类`, row ? cf(t, row, col) : undefined, kids.map((k) => cf(t, k, col)), { total: name, parts: kids.map(rowLabel) });
    }
  },
});
