/**
 * table-cross-other (schema.md §c2 X9, X10): T6 三公-linked economic 款 ≤ T7 决算 (30212 ≤ 因公出国（境）费,
 * 30217 ≤ 公务接待费, 30231 ≤ 公务用车运行维护费, 31013 ≤ 公务用车购置费); T1 年初/年末结转和结余 ≥ T4
 * 年初/年末财政拨款结转和结余 (the 财政拨款 part of the whole).
 */
import { defineRule } from "../../rule.js";
import { STD_MESSAGES } from "../../compare.js";
import { AT_LEAST_MESSAGES, cf, checkAtLeast, getTable, isZero, SUB } from "./util.js";
import { norm } from "../../../extract/tables/text.js";

const LINKS: [string, string][] = [
  ["30212", "因公出国（境）费"],
  ["30217", "公务接待费"],
  ["30231", "公务用车运行维护费"],
  ["31013", "公务用车购置费"],
];

export default defineRule({
  id: "table-cross-other",
  meta: {
    description: "基本支出表三公相关科目不超过三公经费决算；收支总表结转结余不小于财政拨款结转结余",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES, ...AT_LEAST_MESSAGES },
  },
  check(ctx) {
    const t6 = getTable(ctx, "T6");
    const t7 = getTable(ctx, "T7");
    if (t6 && t7 && t7.rows[0]) {
      const col = t6.columns.includes("决算数") ? "决算数" : t6.columns[0];
      for (const [code, item] of LINKS) {
        const r = t6.rows.find((x) => x.code === code);
        const a = r ? cf(t6, r, col) : undefined;
        if (!a || isZero(a)) continue;
        checkAtLeast(ctx, `“三公”经费支出决算表 ${item}决算数 ≥ 基本支出决算表 ${code}`, cf(t7, t7.rows[0], `${item}/决算数`), a, [`“三公”经费支出决算表 ${item}`, `基本支出决算表 ${code}`]);
      }
    }
    const t1 = getTable(ctx, "T1");
    const t4 = getTable(ctx, "T4");
    if (t1 && t4) {
      for (const [side, re1, re4] of [
        ["income", /^年初结转和结余$/, /^年初财政拨款结转和结余$/],
        ["expenditure", /^年末结转和结余$/, /^年末财政拨款结转和结余$/],
      ] as const) {
        const r1 = t1.rows.find((r) => r.side === side && !SUB(r) && re1.test(norm(r.name)));
        const r4 = t4.rows.find((r) => r.side === side && !SUB(r) && re4.test(norm(r.name)));
        if (!r1 || !r4) continue;
        const col4 = side === "income" ? Object.keys(r4.values)[0] : "合计" in r4.values ? "合计" : Object.keys(r4.values)[0];
        checkAtLeast(ctx, `收入支出决算总表 ${r1.name} ≥ 财政拨款收入支出决算总表 ${r4.name}`, cf(t1, r1, Object.keys(r1.values)[0]), cf(t4, r4, col4), [`收入支出决算总表 ${r1.name}`, `财政拨款收入支出决算总表 ${r4.name}`]);
      }
    }
  },
});
