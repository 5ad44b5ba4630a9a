/**
 * table-cross-income (schema.md §c2 X1, X2, X4): 收入支出决算总表 T1 ↔ 收入决算表 T2 ↔ 财政拨款收入支出决算总表 T4.
 * T1 本年收入合计 = T2 合计.本年收入合计; T1 一+二+三 = T2 财政拨款收入; T1 四…八 = T2 上级补助/事业/经营/附属单位上缴/其他;
 * T2 财政拨款收入 = T4 本年收入合计; T1 一/二/三 = T4 收入 一/二/三.
 */
import { defineRule } from "../../rule.js";
import { checkEqual, checkSum, STD_MESSAGES } from "../../compare.js";
import type { Fact } from "../../../model/fact.js";
import type { TypedTable } from "../../../model/table.js";
import { cf, getTable, SUB, totalRow } from "./util.js";
import { norm } from "../../../extract/tables/text.js";

const SOURCES: [RegExp, string][] = [
  [/^上级补助收入$/, "上级补助收入"],
  [/^事业收入$/, "事业收入"],
  [/^经营收入$/, "经营收入"],
  [/^附属单位上缴收入$/, "附属单位上缴收入"],
  [/^其他收入$/, "其他收入"],
];
const FUNDS: RegExp[] = [/^一般公共预算财政拨款(收入)?$/, /^政府性基金预算财政拨款(收入)?$/, /^国有资本经营预算财政拨款(收入)?$/];

function income(t: TypedTable, re: RegExp): Fact | undefined {
  const cur = t.rows.findIndex((r) => r.side === "income" && /^本年收入合计$/.test(norm(r.name)));
  const rows = t.rows.filter((r, i) => r.side === "income" && !SUB(r) && (cur < 0 || i < cur));
  const r = rows.find((x) => re.test(norm(x.name)));
  return r ? cf(t, r, Object.keys(r.values)[0]) : undefined;
}

export default defineRule({
  id: "table-cross-income",
  meta: {
    description: "收入总表、收入决算表、财政拨款总表之间的收入一致",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    const t1 = getTable(ctx, "T1");
    const t2 = getTable(ctx, "T2");
    const t4 = getTable(ctx, "T4");
    const t2tot = t2 ? totalRow(t2) : undefined;
    const t2c = (col: string) => (t2 && t2tot ? cf(t2, t2tot, col) : undefined);
    if (t1 && t2) {
      checkEqual(ctx, "收入支出决算总表 本年收入合计 = 收入决算表 合计", income(t1, /^本年收入合计$/) ?? cf(t1, t1.rows.find((r) => r.side === "income" && /^本年收入合计$/.test(norm(r.name))), "决算数"), t2c("本年收入合计"), ["收入支出决算总表 本年收入合计", "收入决算表 本年收入合计"]);
      const funds = FUNDS.map((re) => income(t1, re));
      const fa = income(t1, /^财政拨款(收入)?$/);
      if (fa) checkEqual(ctx, "收入支出决算总表 财政拨款收入 = 收入决算表 财政拨款收入", fa, t2c("财政拨款收入"), ["收入支出决算总表 财政拨款收入", "收入决算表 财政拨款收入"]);
      else checkSum(ctx, "收入决算表 财政拨款收入 = 收入支出决算总表 一般公共预算 + 政府性基金 + 国有资本经营财政拨款收入", t2c("财政拨款收入"), funds, { total: "收入决算表 财政拨款收入", parts: ["收入支出决算总表 一般公共预算财政拨款收入", "收入支出决算总表 政府性基金预算财政拨款收入", "收入支出决算总表 国有资本经营预算财政拨款收入"] });
      for (const [re, col] of SOURCES) {
        const a = income(t1, re);
        const b = t2c(col);
        if (!a && !b) continue;
        checkEqual(ctx, `收入支出决算总表 ${col} = 收入决算表 ${col}`, a, b, [`收入支出决算总表 ${col}`, `收入决算表 ${col}`]);
      }
    }
    if (t2 && t4) {
      const cur = t4.rows.find((r) => r.side === "income" && /^本年收入合计$/.test(norm(r.name)));
      checkEqual(ctx, "收入决算表 财政拨款收入 = 财政拨款收入支出决算总表 本年收入合计", t2c("财政拨款收入"), cur ? cf(t4, cur, Object.keys(cur.values)[0]) : undefined, ["收入决算表 财政拨款收入", "财政拨款收入支出决算总表 本年收入合计"]);
    }
    if (t1 && t4) {
      FUNDS.forEach((re, i) => {
        const a = income(t1, re);
        const b = income(t4, re);
        if (!a && !b) return;
        checkEqual(ctx, `收入支出决算总表 ↔ 财政拨款收入支出决算总表 收入第${["一", "二", "三"][i]}项`, a, b, ["T1", "T4"]);
      });
    }
  },
});
