import type { Fact } from "../../../model/fact.js";
import type { TypedRow } from "../../../model/table.js";
import { defineRule } from "../../rule.js";

const norm = (s: string) => s.replace(/[\s\u3000]/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/（类）|（款）$/, "");
const PERSONNEL = /^30[13]/;

/**
 * §六 lists the 科目 that make up 人员经费 and 公用经费; T6 (一般公共预算财政拨款基本支出决算表) states them.
 * A listed 科目 whose T6 amount is 0 or blank, and a T6 款 with money that the list leaves out, are
 * reported (warning: the text is a description, the table is the record).
 */
export default defineRule({
  id: "basic-items-t6",
  meta: {
    description: "基本支出说明列举的人员经费/公用经费科目与基本支出决算表一致",
    defaultSeverity: "warning",
    messages: {
      listedZero: "{{group}}列举了“{{name}}”，但基本支出决算表中 {{code}} {{name}} 为 {{value}}",
      unlisted: "基本支出决算表中 {{code}} {{name}} 为 {{value}} 万元，{{group}}的科目列举中未提及",
      ok: "{{group}}列举的科目与基本支出决算表一致",
      missing: "{{group}}科目列举：缺少基本支出决算表，无法核对",
    },
  },
  check(ctx) {
    const t6 = ctx.tables.find((t) => t.id === "T6");
    for (const list of ctx.records.lists ?? []) {
      const group = list.subject === "basic.personnel" ? "人员经费" : "公用经费";
      const place: Fact = { concept: list.subject, value: list.text, unit: "text", dims: {}, source: { block: list.block, start: list.start, end: list.end, text: list.text }, evidence: "statement" };
      if (!t6) {
        ctx.report({ outcome: "insufficient_data", messageId: "missing", data: { group }, facts: [place] });
        continue;
      }
      const rows = t6.rows.filter((r): r is TypedRow & { code: string } => Boolean(r.code) && r.code!.length === 5 && PERSONNEL.test(r.code!) === (list.subject === "basic.personnel"));
      const val = (r: TypedRow) => Object.values(r.values)[0];
      const listed = new Set(list.names.map(norm));
      let problems = 0;
      for (const name of list.names) {
        const r = rows.find((x) => norm(x.name) === norm(name));
        const v = r && val(r);
        if (r && v && v.value !== undefined && /^0(\.0+)?$/.test(v.value)) {
          problems++;
          ctx.report({ outcome: "fail", messageId: "listedZero", data: { group, name, code: r.code, value: v.state === "blank" ? "空白" : v.value }, facts: [place], actual: name, expected: "0" });
        }
      }
      for (const r of rows) {
        const v = val(r);
        if (!v || v.value === undefined || /^0(\.0+)?$/.test(v.value) || listed.has(norm(r.name))) continue;
        problems++;
        ctx.report({ outcome: "fail", messageId: "unlisted", data: { group, name: r.name, code: r.code, value: v.value }, facts: [place], actual: "", expected: r.name });
      }
      if (problems === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { group }, facts: [place] });
    }
  },
});
