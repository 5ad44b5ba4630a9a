/**
 * The section's narrative (十一、预算绩效情况说明) against the forms: the number of unit-wide and project
 * forms, the unit form's full-year budget and execution, and the project forms' summed budget and
 * execution (performance.* concepts, spec §十一).
 */
import type { Fact } from "../../../model/fact.js";
import { checkEqual, checkSum, STD_MESSAGES } from "../../compare.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { formLevel, formsOf, type FormRef } from "./common.js";

export const narrativeForms = defineRule({
  id: "perf-narrative-forms",
  meta: {
    description: "情况说明所述自评表个数、预算数与执行数与各自评表一致",
    defaultSeverity: "error",
    messages: {
      ...STD_MESSAGES,
      countOk: "{{what}}：说明 {{actual}} 个，自评表 {{expected}} 个，一致",
      countMismatch: "{{what}}：说明 {{actual}} 个，报告所附自评表为 {{expected}} 个",
    },
  },
  check(ctx) {
    const forms = formsOf(ctx);
    const units = forms.filter((f) => f.kind === "unit");
    const projects = forms.filter((f) => f.kind === "project");
    if (forms.length === 0) {
      // Many layouts (e.g. Shanghai) state the counts without attaching the forms: nothing to compare with.
      const stated = ["performance.unit_forms", "performance.projects.count", "performance.projects.budget"].map((c) => ctx.facts.one(c)).filter((f): f is Fact => Boolean(f));
      if (stated.length) ctx.report({ outcome: "not_applicable", messageId: "missing", data: { what: "说明所述绩效项目与自评表", missing: "报告所附自评表" }, facts: stated });
      return;
    }
    // forms whose title the document prints but that could not be read (a text dump keeps them as text): counts and
    // sums over that kind of form cannot be compared
    const unread = { unit: unreadForms(ctx, "unit"), project: unreadForms(ctx, "project") };
    const lacking = (kind: "unit" | "project", what: string, stated: Fact | undefined) => {
      if (unread[kind] <= 0) return false;
      ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: `未能读出的 ${unread[kind]} 张自评表` }, facts: stated ? [stated] : [] });
      return true;
    };
    const unitForms = ctx.facts.one("performance.unit_forms");
    const projectCount = ctx.facts.one("performance.projects.count");
    if (!lacking("unit", "整体支出绩效自评表个数", unitForms)) count(ctx, "整体支出绩效自评表个数", unitForms, units);
    if (!lacking("project", "项目支出绩效自评表个数", projectCount)) count(ctx, "项目支出绩效自评表个数", projectCount, projects);

    const unitBudget = ctx.facts.one("performance.unit.budget");
    const unitExec = ctx.facts.one("performance.unit.executed");
    for (const [stated, concept, what] of [
      [unitBudget, "perf.form.budget.full_year", "整体支出全年预算总额"],
      [unitExec, "perf.form.executed", "整体支出实际执行总额"],
    ] as const) {
      if (!stated && units.length === 0) continue;
      if (lacking("unit", what, stated)) continue;
      if (units.length > 1 && stated) {
        sumOver(ctx, what, stated, units, concept);
        continue;
      }
      checkEqual(ctx, what, stated, units[0] ? formLevel(ctx, concept, units[0].project) : undefined, ["说明", "整体支出绩效自评表"]);
    }
    for (const [concept, formConcept, what] of [
      ["performance.projects.budget", "perf.form.budget.full_year", "绩效评价项目全年预算数"],
      ["performance.projects.executed", "perf.form.executed", "绩效评价项目全年执行数"],
    ] as const) {
      const stated = ctx.facts.one(concept);
      if (!stated && projects.length === 0) continue;
      if (lacking("project", what, stated)) continue;
      sumOver(ctx, what, stated, projects, formConcept);
    }
  },
});

function count(ctx: RuleContext, what: string, stated: Fact | undefined, forms: FormRef[]): void {
  if (!stated) {
    if (forms.length) ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: "说明中的个数" } });
    return;
  }
  const n = String(forms.length);
  const data = { what, actual: stated.value, expected: n };
  if (Number(stated.value) === forms.length) ctx.report({ outcome: "pass", messageId: "countOk", data, actual: stated.value, expected: n, unit: "个", facts: [stated] });
  else ctx.report({ outcome: "fail", messageId: "countMismatch", data, actual: stated.value, expected: n, unit: "个", facts: [stated] });
}

function sumOver(ctx: RuleContext, what: string, stated: Fact | undefined, forms: FormRef[], concept: string): void {
  if (forms.length === 0) {
    ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { what, missing: "自评表" }, facts: stated ? [stated] : [] });
    return;
  }
  const parts = forms.map((f) => formLevel(ctx, concept, f.project));
  checkSum(ctx, `${what} = Σ 自评表`, stated, parts, { total: "说明所述金额", parts: forms.map((f) => f.project) });
}

const FORM_TITLE = /绩效自评表|绩效自评情况表|绩效评价表/;

/**
 * Form titles of a kind the document prints (a table's caption or first row, or a short line of its own) that no
 * form read starts at or just after: forms the reader saw but could not read.
 */
function unreadForms(ctx: RuleContext, kind: "unit" | "project"): number {
  const starts = (ctx.records.forms ?? []).map((f) => f.block);
  if (!ctx.doc || !starts.length) return 0;
  const ofKind = (t: string) => {
    const s = t.replace(/\s+/g, "");
    if (s.length > 40 || /[。；，,]/.test(s) || !FORM_TITLE.test(s)) return false;
    return kind === "project" ? /项目支出|项目绩效/.test(s) : /整体支出|整体绩效|部门[(（]单位[)）]/.test(s);
  };
  let n = 0;
  ctx.doc.blocks.forEach((b, i) => {
    let titled: boolean;
    if (b.type === "table") {
      const first = b.rows[0]?.filter((c) => c.text.trim() !== "" && !c.spanOf) ?? [];
      titled = (b.caption ?? []).some(ofKind) || (first.length === 1 && ofKind(first[0]!.text));
    } else titled = ofKind(b.text);
    if (titled && !starts.some((s) => s >= i && s <= i + 3)) n++;
  });
  return n;
}
