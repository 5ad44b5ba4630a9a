/**
 * table-two-sided (schema.md §c1 T1-a…e, T4-b…d): in 收入支出决算总表 and 财政拨款收入支出决算总表,
 * 本年收入合计 = Σ 收入 rows; 本年支出合计 = Σ 类 rows; 收入总计 = 本年收入合计 + 结余/结转 rows;
 * 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余; 收入总计 = 支出总计; 年初(年末)财政拨款结转和结余 =
 * Σ its fund sub-rows; per fund column 年初 + 本年收入 = 本年支出 + 年末.
 */
import { defineRule, type RuleContext } from "../../rule.js";
import { checkEqual, checkSum, STD_MESSAGES } from "../../compare.js";
import type { TypedRow, TypedTable } from "../../../model/table.js";
import { allBlank, cf, nameIs, SUB } from "./util.js";
import { tableName as tn } from "../../../shared/concept-names.js";
import { norm } from "../../../extract/tables/text.js";

const CURRENT = /^本年(收入|支出)合计$/;
const GRAND = /^(收入|支出)?总计$/;

function sideRows(t: TypedTable, side: TypedRow["side"]): TypedRow[] {
  return t.rows.filter((r) => r.side === side);
}

function sideChecks(ctx: RuleContext, t: TypedTable, side: "income" | "expenditure", cols: string[]): void {
  const rows = sideRows(t, side);
  const cur = rows.findIndex((r) => r.concept?.endsWith(".current_year") || nameIs(r, CURRENT));
  const grand = rows.findIndex((r) => r.concept?.endsWith(".grand_total") || nameIs(r, GRAND));
  const sideName = side === "income" ? "收入" : "支出";
  for (const col of cols) {
    if (cur >= 0) {
      const parts = rows.slice(0, cur).filter((r) => !SUB(r) && r.role !== "component" && col in r.values);
      if (parts.length) {
        const total = cf(t, rows[cur], col);
        const ps = parts.map((r) => cf(t, r, col));
        checkSum(ctx, `${tn(t.id)} ${rows[cur].name}${cols.length > 1 ? `（${col}）` : ""} = Σ ${sideName}项目`, total, ps, { total: rows[cur].name, parts: parts.map((r) => r.name) });
      }
    } else {
      ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what: `${tn(t.id)} 本年${sideName}合计`, missing: `本年${sideName}合计行` } });
    }
    if (grand >= 0 && cur >= 0 && grand > cur) {
      const parts = rows.slice(cur, grand).filter((r) => !SUB(r) && r.role !== "component" && col in r.values);
      const total = cf(t, rows[grand], col);
      const ps = parts.map((r) => cf(t, r, col));
      if (!allBlank([total, ...ps]) || col === cols[0])
        checkSum(ctx, `${tn(t.id)} ${sideName}总计${cols.length > 1 ? `（${col}）` : ""}`, total, ps, { total: "总计", parts: parts.map((r) => r.name) });
    }
    // carry-over rows with fund sub-rows
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (SUB(r) || !/结转和结余$/.test(norm(r.name))) continue;
      const kids = rows.filter((k) => k.name.startsWith(`${r.name}/`) && col in k.values);
      if (kids.length === 0) continue;
      const total = cf(t, r, col);
      const ps = kids.map((k) => cf(t, k, col));
      if (allBlank([total, ...ps])) continue;
      checkSum(ctx, `${tn(t.id)} ${r.name} = Σ 分项`, total, ps, { total: r.name, parts: kids.map((k) => k.name) });
    }
  }
}

const FUNDS: [RegExp, string][] = [
  [/一般公共预算/, "一般公共预算财政拨款"],
  [/政府性基金/, "政府性基金预算财政拨款"],
  [/国有资本经营/, "国有资本经营预算财政拨款"],
];

export default defineRule({
  id: "table-two-sided",
  meta: {
    description: "收支总表两侧：本年收入合计、本年支出合计、收入总计、支出总计的构成，收入总计 = 支出总计，按资金来源的结转结余",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.id !== "T1" && t.id !== "T4") continue;
      const incCols = [...new Set(sideRows(t, "income").flatMap((r) => Object.keys(r.values)))];
      const expCols = [...new Set(sideRows(t, "expenditure").flatMap((r) => Object.keys(r.values)))];
      sideChecks(ctx, t, "income", incCols.slice(0, 1));
      sideChecks(ctx, t, "expenditure", expCols);
      const gi = sideRows(t, "income").find((r) => r.concept?.endsWith(".grand_total") || nameIs(r, GRAND));
      const ge = sideRows(t, "expenditure").find((r) => r.concept?.endsWith(".grand_total") || nameIs(r, GRAND));
      const mainExp = expCols.includes("合计") ? "合计" : expCols[0];
      checkEqual(ctx, `${tn(t.id)} 收入总计 = 支出总计`, gi ? cf(t, gi, incCols[0]) : undefined, ge ? cf(t, ge, mainExp) : undefined, ["收入总计", "支出总计"]);
      if (t.id === "T4") {
        // per fund: 年初 + 本年收入 − 本年支出 = 年末
        const inc = sideRows(t, "income");
        const exp = sideRows(t, "expenditure");
        const curInc = inc.findIndex((r) => nameIs(r, CURRENT));
        const curExp = exp.find((r) => nameIs(r, CURRENT));
        const endExp = exp.find((r) => !SUB(r) && /^年末.*结转和结余$/.test(norm(r.name)));
        for (const [re, col] of FUNDS) {
          if (!expCols.includes(col) || curInc < 0) continue;
          const incRow = inc.slice(0, curInc).find((r) => re.test(r.name));
          const beginRow = inc.find((r) => SUB(r) && /^年初/.test(r.name) && re.test(r.name.split("/")[1] ?? ""));
          if (!incRow || !beginRow || !curExp || !endExp) continue;
          const parts = [cf(t, beginRow, incCols[0]), cf(t, incRow, incCols[0]), cf(t, curExp, col)];
          const total = cf(t, endExp, col);
          if (allBlank([total, ...parts])) continue;
          checkSum(ctx, `${tn(t.id)} ${col}：年末结转和结余 = 年初 + 本年收入 − 本年支出`, total, parts, { total: "年末财政拨款结转和结余", parts: ["年初财政拨款结转和结余", "本年收入", "本年支出"] }, [1, 1, -1]);
        }
      }
    }
  },
});
