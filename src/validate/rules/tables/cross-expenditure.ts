/**
 * table-cross-expenditure (schema.md §c2 X3, X5, X6, X7, X8): T1 本年支出合计 = T3 合计; each T1 类 row = T3 类 row;
 * T4 一般公共预算 column = T5 合计 (本年支出合计 and each 类); T4 政府性基金 / 国有资本经营 columns = T8 / T9 本年支出;
 * T5 基本支出 = T6 人员经费合计 + 公用经费合计; T3 基本支出 ≥ T5 基本支出.
 * A 类 a coded table does not list is 0 there (the table lists what was spent).
 */
import { defineRule, type RuleContext } from "../../rule.js";
import { checkEqual, checkSum, STD_MESSAGES } from "../../compare.js";
import type { TypedTable } from "../../../model/table.js";
import { absentZero, AT_LEAST_MESSAGES, cf, checkAtLeast, findRow, getTable, isZero, totalRow } from "./util.js";
import { tableName as tn } from "../../../shared/concept-names.js";
import { norm } from "../../../extract/tables/text.js";

function expRow(t: TypedTable, re: RegExp) {
  return t.rows.find((r) => r.side === "expenditure" && re.test(norm(r.name)));
}

/** Class rows of a two-sided table (col) against class rows of a coded table (col2). */
function classes(ctx: RuleContext, a: TypedTable, colA: string, b: TypedTable, colB: string): void {
  const bClasses = new Map(b.rows.filter((r) => r.code?.length === 3).map((r) => [r.code!, r]));
  const aRows = a.rows.filter((r) => r.side === "expenditure" && r.code?.length === 3);
  for (const r of aRows) {
    const fa = cf(a, r, colA);
    const rb = bClasses.get(r.code!);
    if (!rb && (!fa || isZero(fa))) continue;
    const fb = rb ? cf(b, rb, colB) : absentZero(b, `${r.code} ${r.name}（未列示）`);
    checkEqual(ctx, `${tn(a.id)} ↔ ${tn(b.id)} 类“${r.code} ${r.name}”`, fa, fb, [`${tn(a.id)} ${r.name}`, `${tn(b.id)} ${r.code}`]);
  }
  // classes the coded table lists that the two-sided table does not show with a code
  const aCodes = new Set(aRows.map((r) => r.code));
  if (aRows.length === 0) return;
  for (const [code, rb] of bClasses) {
    if (aCodes.has(code)) continue;
    const fb = cf(b, rb, colB);
    if (!fb || isZero(fb)) continue;
    checkEqual(ctx, `${tn(a.id)} ↔ ${tn(b.id)} 类“${code} ${rb.name}”`, undefined, fb, [`${tn(a.id)} 中的该类`, `${tn(b.id)} ${code}`]);
  }
}

export default defineRule({
  id: "table-cross-expenditure",
  meta: {
    description: "支出在收支总表、支出决算表、财政拨款总表、一般公共预算支出表、基本支出表、基金/国资表之间一致",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES, ...AT_LEAST_MESSAGES },
  },
  check(ctx) {
    const t1 = getTable(ctx, "T1");
    const t3 = getTable(ctx, "T3");
    const t4 = getTable(ctx, "T4");
    const t5 = getTable(ctx, "T5");
    const t6 = getTable(ctx, "T6");
    const t8 = getTable(ctx, "T8");
    const t9 = getTable(ctx, "T9");
    const tot = (t: TypedTable | undefined, col: string) => {
      const r = t ? totalRow(t) : undefined;
      return t && r ? cf(t, r, col) : undefined;
    };
    if (t1 && t3) {
      const r = expRow(t1, /^本年支出合计$/);
      checkEqual(ctx, "收入支出决算总表 本年支出合计 = 支出决算表 合计", r ? cf(t1, r, "决算数") : undefined, tot(t3, "本年支出合计"), ["收入支出决算总表 本年支出合计", "支出决算表 本年支出合计"]);
      classes(ctx, t1, "决算数", t3, "本年支出合计");
    }
    if (t4 && t5) {
      const r = expRow(t4, /^本年支出合计$/);
      checkEqual(ctx, "财政拨款收入支出决算总表 一般公共预算财政拨款本年支出合计 = 一般公共预算财政拨款支出决算表 合计", r ? cf(t4, r, "一般公共预算财政拨款") : undefined, tot(t5, "合计"), ["财政拨款收入支出决算总表 一般公共预算财政拨款", "一般公共预算财政拨款支出决算表 合计"]);
      classes(ctx, t4, "一般公共预算财政拨款", t5, "合计");
    }
    if (t4) {
      const r = expRow(t4, /^本年支出合计$/);
      for (const [t, col] of [[t8, "政府性基金预算财政拨款"], [t9, "国有资本经营预算财政拨款"]] as const) {
        const a = r ? cf(t4, r, col) : undefined;
        if (!t) continue;
        const b = t.empty ? absentZero(t, "空表") : tot(t, "本年支出合计");
        if (!a && t.empty) continue;
        checkEqual(ctx, `财政拨款收入支出决算总表 ${col}本年支出合计 = ${tn(t.id)} 本年支出`, a, b, [`财政拨款收入支出决算总表 ${col}`, `${tn(t.id)} 本年支出合计`]);
      }
    }
    if (t5 && t6) {
      const p = findRow(t6, /^人员经费(合计)?$/);
      const q = findRow(t6, /^公用经费(合计)?$/);
      const col = t6.columns.includes("决算数") ? "决算数" : t6.columns[0];
      checkSum(ctx, "一般公共预算财政拨款支出决算表 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计", tot(t5, "基本支出"), [p ? cf(t6, p, col) : undefined, q ? cf(t6, q, col) : undefined], { total: "一般公共预算财政拨款支出决算表 合计.基本支出", parts: ["基本支出决算表 人员经费合计", "基本支出决算表 公用经费合计"] });
    }
    if (t3 && t5) checkAtLeast(ctx, "支出决算表 基本支出 ≥ 一般公共预算财政拨款支出决算表 基本支出", tot(t3, "基本支出"), tot(t5, "基本支出"), ["支出决算表 基本支出", "一般公共预算财政拨款支出决算表 基本支出"]);
  },
});
