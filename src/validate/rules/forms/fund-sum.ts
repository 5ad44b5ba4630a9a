/** 项目资金: the total row (年度资金总额 / 合计) = Σ source rows, per column, where every source prints it. */
import type { Fact } from "../../../model/fact.js";
import { checkSum, STD_MESSAGES } from "../../compare.js";
import { defineRule } from "../../rule.js";
import { formLevel, formsOf, missing, projectLabel } from "./common.js";

const COLUMNS: [string, string][] = [
  ["perf.form.budget.initial", "年初预算数"],
  ["perf.form.budget.full_year", "全年预算数"],
  ["perf.form.executed", "全年执行数"],
];

export const fundSum = defineRule({
  id: "perf-form-fund-sum",
  meta: {
    description: "绩效自评表资金总额等于各资金来源之和（每一列）",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      // source rows as the form prints them (record), else as the facts tell
      const sources = form.record
        ? form.record.funds.filter((f) => !f.total).map((f) => f.source)
        : [...new Set(COLUMNS.flatMap(([c]) => ctx.facts.all(c, { project: form.project }).map((f) => f.dims.source).filter(Boolean)))];
      const hasTotal = form.record ? form.record.funds.some((f) => f.total) : true;
      if (!hasTotal || sources.length === 0) {
        ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what: `${projectLabel(form.project)}资金来源`, missing: hasTotal ? "资金来源行" : "资金总额行" } });
        continue;
      }
      for (const [concept, col] of COLUMNS) {
        const what = `${projectLabel(form.project)}${col}：资金总额 = Σ 资金来源`;
        const total = formLevel(ctx, concept, form.project);
        const parts = sources.map((s) => ctx.facts.all(concept, { project: form.project, source: s })[0]);
        // a column nobody printed (e.g. no 年初预算数 anywhere) is not this form's column
        if (!total && parts.every((p) => !p)) {
          ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what, missing: col } });
          continue;
        }
        if (missing(ctx, what, [[total, `资金总额${col}`], ...parts.map((p, i): [Fact | undefined, string] => [p, `${sources[i]}${col}`])])) continue;
        checkSum(ctx, what, total, parts, { total: "资金总额", parts: sources });
      }
    }
  },
});
