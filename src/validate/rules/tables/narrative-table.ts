/**
 * table-narrative (schema.md §c3): every figure the narrative states that a table also states must agree —
 * amounts (overview.*, income.*, expenditure.*, fiscal.*, gpb.expenditure, gpb.class.amount / gpb.item.amount
 * by code, basic.*, sangong.*, govfund.*, soe.*), shares recomputed from the table (收入 → T2 本年收入合计,
 * 支出 → T3 本年支出合计, 类 → T5 合计, 三公 → T7 合计决算数), and 机关运行经费 = T6 公用经费合计 (warning:
 * it applies to 行政/参公 units). Narrative classification items must name the same 科目 as the table row.
 */
import { defineRule, type RuleContext } from "../../rule.js";
import { checkEqual, checkShare, label, STD_MESSAGES } from "../../compare.js";
import type { Fact } from "../../../model/fact.js";

import { nameMatchesCode, normName } from "../../../extract/classification.js";
import { cf, toWan, withSeverity } from "./util.js";
import { tableName as tn } from "../../../shared/concept-names.js";
import { Decimal } from "decimal.js";

/** The concepts the typed tables state (the facts table extraction emitted, with their evidence and doubts). */
function tableFactIndex(facts: Fact[]): Map<string, Fact[]> {
  const m = new Map<string, Fact[]>();
  for (const f0 of facts) {
    {
      if (!f0.dims.table || f0.dims.table === "generic" || f0.concept === "table.cell") continue;
      const f = toWan(f0);
      const k = keyOf(f.concept, f.dims.code);
      const l = m.get(k) ?? [];
      l.push(f);
      m.set(k, l);
    }
  }
  return m;
}

const keyOf = (concept: string, code?: string) => (code ? `${concept}#${code}` : concept);

const TABLE_OF: Record<string, string> = {
  overview: "T1", income: "T2", expenditure: "T3", fiscal: "T4", gpb: "T5", basic: "T6", sangong: "T7", govfund: "T8", soe: "T9",
};

/** The narrative item name's last level: "一般公共服务支出（类）财政事务（款）行政运行（项）" → 行政运行. */
function lastLevel(name: string): string {
  const parts = name.split(/（类）|（款）|（项）|\(类\)|\(款\)|\(项\)|\//).map((s) => s.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? name;
}

/** Concepts the nine tables state (spec/concepts.md), compared when the narrative states them too. */
const TABLE_CONCEPTS =
  /^(overview\.(income|expenditure)\.(grand_total|current_year|non_fiscal_balance_used|carryover_begin|balance_distribution|carryover_end)|income\.(current_year|fiscal_appropriation|superior_subsidy|business|operating|subordinate_remittance|other)|expenditure\.(current_year|basic|project|remit_to_superior|operating|subsidy_to_subordinate)|fiscal\.(income|expenditure)\.(grand_total|current_year|carryover_begin|carryover_end)|gpb\.expenditure|basic\.(total|personnel|public)|sangong\.(budget\.)?(total|abroad|vehicle|vehicle\.purchase|vehicle\.operation|reception)|(govfund|soe)\.(income|expenditure|carryover_end))$/;

/** A share's whole, by the stem of its concept (schema.md §c4: 收入 → 本年收入合计, 支出 → 本年支出合计, 类 → T5 合计 …). */
const WHOLE: [RegExp, string][] = [
  [/^income\.(?!current_year)[a-z_.]+$/, "income.current_year"],
  [/^expenditure\.class$/, "expenditure.current_year"],
  [/^expenditure\.(?!current_year)[a-z_]+$/, "expenditure.current_year"],
  [/^gpb\.class$/, "gpb.expenditure"],
  [/^gpb\.expenditure$/, "expenditure.current_year"],
  [/^fiscal\.class$/, "fiscal.expenditure.current_year"],
  [/^fiscal\.expenditure\.(basic|project)$/, "fiscal.expenditure.current_year"],
  [/^sangong\.(abroad|vehicle|reception)$/, "sangong.total"],
];

export default defineRule({
  id: "table-narrative",
  meta: {
    description: "情况说明中的数与决算表一致（金额、占比、类/项科目、三公、机关运行经费）",
    defaultSeverity: "error",
    messages: {
      ...STD_MESSAGES,
      nameMismatch: "{{what}}：情况说明写作“{{actual}}”，表中该科目为“{{expected}}”",
      nameOk: "{{what}}：科目名称一致",
      noRow: "{{what}}：情况说明所列科目 {{code}} 在{{table}}中没有对应行",
    },
  },
  check(ctx) {
    if (ctx.tables.length === 0) return;
    const idx = tableFactIndex(ctx.facts.facts);
    const narrative = ctx.facts.facts.filter((f) => !f.dims.table && f.unit !== "text").map(toWan);
    const t5 = ctx.tables.find((t) => t.id === "T5");
    for (const f of narrative) {
      let code: string | undefined = f.dims.code;
      if ((f.concept === "gpb.class.amount" || f.concept === "gpb.item.amount" || f.concept === "gpb.class.share") && !code && f.dims.name && t5) {
        const n = normName(lastLevel(f.dims.name));
        const len = f.concept === "gpb.item.amount" ? 7 : 3;
        const rows = t5.rows.filter((r) => r.code?.length === len && normName(r.name) === n);
        if (rows.length === 1) code = rows[0].code;
      }
      const key = keyOf(f.concept, code);
      let stated = idx.get(key);
      if (!stated && code && t5 && /^gpb\.(class|item)\.amount$/.test(f.concept)) {
        // a 款-level item (5 digits) or an item stated under the other concept: the T5 row of that code
        const row = t5.rows.find((r) => r.code === code);
        const g = row ? cf(t5, row, "合计") : undefined;
        if (g) stated = [{ ...g, concept: f.concept, dims: { ...g.dims, code } }];
      }
      if (stated) {
        for (const tf of stated) {
          checkEqual(ctx, `情况说明 ${label(f)} 与 ${tn(tf.dims.table)}`, f, tf, ["情况说明", `${tn(tf.dims.table)}`]);
        }
        // the narrative item names the table's classification
        if (code && f.dims.name && t5 && /^gpb\.(class|item)\.amount$/.test(f.concept)) {
          const row = t5.rows.find((r) => r.code === code);
          if (row) {
            const n = normName(lastLevel(f.dims.name));
            const ok = normName(row.name) === n || nameMatchesCode("functional", code, n, t5.year) === true || normName(row.name).includes(n) || n.includes(normName(row.name));
            ctx.report(ok
              ? { outcome: "pass", messageId: "nameOk", data: { what: `${code}` }, facts: [f] }
              : { outcome: "fail", severity: "warning", messageId: "nameMismatch", data: { what: `科目 ${code}`, actual: f.dims.name, expected: row.name }, actual: f.dims.name, expected: row.name, facts: [f] });
          }
        }
        continue;
      }
      if (/^gpb\.(class|item)\.amount$/.test(f.concept) && t5 && code && !t5.empty) {
        // the row is there, but its amount could not be read: nothing to compare
        if (t5.rows.some((r) => r.code === code)) {
          ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what: `情况说明 ${label(f)}`, missing: "一般公共预算财政拨款支出决算表中该科目的金额（未能读出）" }, facts: [f] });
          continue;
        }
        // the table lists every 科目 with spending; a stated zero need not appear
        if (new Decimal(f.value).isZero()) ctx.report({ outcome: "not_applicable", messageId: "noRow", data: { what: label(f), code, table: "T5" }, facts: [f] });
        else ctx.report({ outcome: "fail", messageId: "noRow", data: { what: label(f), code, table: "T5" }, facts: [f] });
        continue;
      }
      if (f.concept === "operating_costs.total") {
        const pub = idx.get("basic.public")?.[0];
        // 机关运行经费 equals 公用经费 only for 行政/参公 units: a mismatch is a warning
        if (pub) withSeverity(ctx, "warning", () => checkEqual(ctx, "机关运行经费 = 基本支出决算表 公用经费合计", f, pub, ["机关运行经费", "基本支出决算表 公用经费合计"]));
        continue;
      }
      // shares recomputed from the tables
      if (f.unit === "%" && f.concept.endsWith(".share")) {
        share(ctx, f, idx, code);
        continue;
      }
      // a concept the tables state, but the table that states it is missing or unreadable here
      if (TABLE_CONCEPTS.test(f.concept) && f.unit !== "%") {
        const tbl = TABLE_OF[f.concept.split(".")[0]];
        ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what: `情况说明 ${label(f)}`, missing: `${tbl ?? "表"}中的对应数` }, facts: [f] });
      }
    }
  },
});

function share(ctx: RuleContext, f: Fact, idx: Map<string, Fact[]>, code?: string): void {
  const stem = f.concept.replace(/\.share$/, "");
  const whole = WHOLE.find(([re]) => re.test(stem))?.[1];
  if (!whole) return;
  const partConcept = /\.(class|item)$/.test(stem) ? `${stem}.amount` : stem;
  const part = idx.get(keyOf(partConcept, /\.(class|item)$/.test(stem) ? code : undefined))?.[0];
  if (!part) return;
  // the whole from the same table as the part when it states it (T5 类 / T5 合计; T3 基本支出 / T3 合计)
  const wholes = idx.get(whole) ?? [];
  const w = wholes.find((x) => x.dims.table === part.dims.table) ?? (stem === "gpb.expenditure" ? wholes.find((x) => x.dims.table === "T3") : undefined) ?? wholes[0];
  if (!w) return;
  const pl = `${tn(part.dims.table)}${code ? ` ${code}` : ""}`;
  // the other shares of the same whole stated in the same paragraph (a partition that may be tail-adjusted to 100)
  const siblings = ctx.facts.facts.filter((x) => x !== f && !x.dims.table && x.unit === "%" && x.concept === f.concept && x.source.block === f.source.block);
  checkShare(ctx, `情况说明 ${label(f)} 按 ${pl === w.dims.table ? pl : `${pl}/${tn(w.dims.table)}`} 计算`, f, part, w, ["占比", pl, `${tn(w.dims.table)} 合计`], siblings);
}
