/**
 * Numbers restated in the forms' free text against the form's cells:
 *  - 实际完成情况: "全年预算数为X万元" = 全年预算数, "整体支出/执行数X万元" = 全年执行数, "执行率为X%" = 执行率;
 *  - any text: "…X万元，其中：A Y万元，B Z万元" — the listed parts (≥2) sum to the amount before 其中;
 *  - 偏差原因分析: "目标值X…业绩值Y" = the row's 目标值 / 实际完成值.
 * The 预期目标 text is a plan ("全年预算76.47万元" may differ from every column) and is not compared.
 */
import type { Fact } from "../../../model/fact.js";
import { checkEqual, checkSum, STD_MESSAGES } from "../../compare.js";
import { defineRule } from "../../rule.js";
import { formLevel, formsOf, projectLabel } from "./common.js";

const BUDGET = /(全年|调整后)?预算(数|总额|金额)?(为|是|共|合计)?$/;
const EXECUTED = /(整体支出|实际支出|支出总额|执行数|执行总额|执行金额|实际执行|累计支出|共支出)(为|是|达|共)?$/;
const RATE = /执行率(为|是|达|达到)?$/;
const TARGET = /目标值(为|是)?$/;
const ACTUAL = /(业绩值|实际值|完成值|实际完成值|实际完成)(为|是)?$/;

export const textValues = defineRule({
  id: "perf-form-text-values",
  meta: {
    description: "自评表文字中复述的预算数、执行数、执行率、目标值与业绩值与表内数值一致；“其中”所列各项之和等于总数",
    defaultSeverity: "error",
    messages: { ...STD_MESSAGES },
  },
  check(ctx) {
    for (const form of formsOf(ctx)) {
      const p = form.project;
      const texts = ctx.facts.all("perf.text.value", { project: p });
      // group by the cell they come from
      const cells = new Map<string, Fact[]>();
      for (const f of texts) {
        const k = `${f.source.block}:${f.source.cell?.join(",")}`;
        cells.set(k, [...(cells.get(k) ?? []), f]);
      }
      for (const fs of cells.values()) {
        fs.sort((a, b) => Number(a.dims.n) - Number(b.dims.n));
        const part = fs[0].dims.part;
        if (part === "实际完成情况") {
          for (const f of fs) {
            const label = f.dims.label ?? "";
            if (/其中/.test(label)) continue;
            if (f.unit === "万元" && BUDGET.test(label) && !/年初/.test(label))
              checkEqual(ctx, `${projectLabel(p)}实际完成情况所述全年预算数`, f, formLevel(ctx, "perf.form.budget.full_year", p), ["文字", "全年预算数"]);
            else if (f.unit === "万元" && EXECUTED.test(label))
              checkEqual(ctx, `${projectLabel(p)}实际完成情况所述执行数`, f, formLevel(ctx, "perf.form.executed", p), ["文字", "全年执行数"]);
            else if (f.unit === "%" && RATE.test(label))
              checkEqual(ctx, `${projectLabel(p)}实际完成情况所述执行率`, f, formLevel(ctx, "perf.form.execution_rate", p), ["文字", "执行率"]);
          }
        }
        if (part === "偏差说明" && f0(fs).dims.indicator) {
          const ind = f0(fs).dims.indicator;
          const target = ctx.facts.all("perf.indicator.target", { project: p, indicator: ind })[0];
          const actual = ctx.facts.all("perf.indicator.actual", { project: p, indicator: ind })[0];
          for (const f of fs) {
            const label = f.dims.label ?? "";
            const what = `${projectLabel(p)}指标「${ind}」偏差说明所述`;
            if (TARGET.test(label) && target && target.unit === f.unit) checkEqual(ctx, `${what}目标值`, f, target, ["说明", "目标值"]);
            else if (ACTUAL.test(label) && actual && actual.unit === f.unit) checkEqual(ctx, `${what}实际完成值`, f, actual, ["说明", "实际完成值"]);
          }
        }
        // 其中: parent amount, then ≥2 listed parts in the same sentence
        fs.forEach((f, i) => {
          if (!/^其中/.test(f.dims.label ?? "") || f.unit !== "万元") return;
          const parent = [...fs.slice(0, i)].reverse().find((x) => x.unit === "万元" && x.dims.sentence === f.dims.sentence);
          const parts: Fact[] = [];
          for (const x of fs.slice(i)) {
            if (x.unit !== "万元" || x.dims.sentence !== f.dims.sentence) break;
            parts.push(x);
          }
          if (!parent || parts.length < 2) return;
          checkSum(ctx, `${projectLabel(p)}${part}所述“其中”各项之和`, parent, parts, { total: parent.dims.label ?? "总数", parts: parts.map((x) => x.dims.label ?? "") });
        });
      }
    }
  },
});

const f0 = (fs: Fact[]) => fs[0];
