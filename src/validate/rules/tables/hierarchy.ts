/**
 * table-hierarchy (schema.md §c1 T2/T3/T5/T8-h, T6-a): in coded tables, per amount column,
 * 合计 = Σ 类, 类 = Σ 款 (same 3-digit prefix), 款 = Σ 项 (same 5-digit prefix). Economic tables (T6): 类 = Σ 款.
 * A parent without children listed is not checked (nothing to sum); a missing 合计 row is insufficient data.
 * Tables outside the known set (generic): failures are warnings (their layout is a guess).
 */
import { defineRule, type RuleContext } from "../../rule.js";
import { checkSum, STD_MESSAGES } from "../../compare.js";
import type { TypedRow, TypedTable } from "../../../model/table.js";
import { tableName as tn } from "../../../shared/concept-names.js";
import { allBlank, cf, rowLabel, totalRow, withSeverity } from "./util.js";

const CODED = new Set(["T2", "T3", "T5", "T6", "T8", "T9", "generic"]);

function checkTable(ctx: RuleContext, t: TypedTable): void {
  const coded = t.rows.filter((r) => r.code);
  if (coded.length === 0) return;
  const len = (r: TypedRow) => r.code!.length;
  const levels = t.codeDomain === "economic" ? [3, 5] : [3, 5, 7];
  for (const col of t.columns) {
    for (let i = 0; i + 1 < levels.length; i++) {
      for (const p of coded.filter((r) => len(r) === levels[i] && col in r.values)) {
        const kids = coded.filter((r) => len(r) === levels[i + 1] && r.code!.startsWith(p.code!) && r.side === p.side && col in r.values);
        if (kids.length === 0) continue;
        const total = cf(t, p, col);
        const parts = kids.map((k) => cf(t, k, col));
        if (allBlank([total, ...parts])) continue;
        checkSum(ctx, `${tn(t.id)}“${rowLabel(p)}”${col} = Σ 下级科目`, total, parts, { total: rowLabel(p), parts: kids.map(rowLabel) });
      }
    }
    if (t.codeDomain === "functional") {
      const classes = coded.filter((r) => len(r) === 3 && col in r.values);
      if (classes.length === 0) continue;
      const tot = totalRow(t);
      const parts = classes.map((k) => cf(t, k, col));
      const total = tot && col in tot.values ? cf(t, tot, col) : undefined;
      if (allBlank([total, ...parts]) && total) continue;
      checkSum(ctx, `${tn(t.id)} 合计行 ${col} = Σ 类`, total, parts, { total: "合计行", parts: classes.map(rowLabel) });
    }
  }
}

export default defineRule({
  id: "table-hierarchy",
  meta: {
    description: "分类科目层级：合计 = Σ类，类 = Σ款，款 = Σ项（按编码前缀，逐栏）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!CODED.has(t.id) || t.empty) continue;
      if (t.id === "generic") withSeverity(ctx, "warning", () => checkTable(ctx, t));
      else checkTable(ctx, t);
    }
  },
});
