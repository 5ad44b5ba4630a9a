import type { Fact } from "../../../model/fact.js";
import { subjectName } from "../../../shared/concept-names.js";
import { defineRule } from "../../rule.js";

/**
 * A year-on-year statement whose direction word and stated reason disagree: "与上年相比…持平。主要原因：
 * …减少支付" (or 增加 with a reason that only says 减少). A warning: the words may be loose, not the numbers.
 */
export default defineRule({
  id: "yoy-direction-reason",
  meta: {
    description: "同比方向词（增加/减少/持平）与所述原因的方向一致",
    defaultSeverity: "warning",
    messages: {
      ok: "{{what}}：方向“{{direction}}”与原因一致",
      contradiction: "{{what}}：称“{{direction}}”，但所述原因为“{{reason}}”",
    },
  },
  check(ctx) {
    const CN = { increase: "增加", decrease: "减少", flat: "持平" } as const;
    for (const y of ctx.records.yoy) {
      if (!y.reason) continue;
      const up = /增加|增长|上升|提高|新增/.test(y.reason);
      const down = /减少|下降|降低|压减|缩减|节约/.test(y.reason);
      if (!up && !down) continue;
      const contradicts = y.direction === "flat" ? up !== down : y.direction === "increase" ? down && !up : up && !down;
      const facts = ctx.facts.facts.filter((f: Fact) => f.source.block === y.block && !f.dims.table && /yoy|\.change$/.test(f.concept));
      const data = { what: subjectName(y.subject), direction: CN[y.direction], reason: y.reason.slice(0, 60) };
      ctx.report({ outcome: contradicts ? "fail" : "pass", messageId: contradicts ? "contradiction" : "ok", data, facts, actual: y.direction, ...(contradicts ? { expected: up ? "increase" : "decrease" } : {}) });
    }
  },
});
