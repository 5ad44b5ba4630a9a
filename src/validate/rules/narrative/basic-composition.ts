import { defineRule } from "../../rule.js";
import { checkEqual, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

/** 六、基本支出 = 人员经费 + 公用经费; 十一(一) 机关运行经费 = 公用经费 (行政单位和参公事业单位口径). */
export default defineRule({
  id: "basic-composition",
  meta: { description: "基本支出等于人员经费加公用经费；机关运行经费与公用经费一致", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const total = first(ctx, "basic.total");
    if (total || first(ctx, "basic.personnel"))
      checkSum(ctx, "基本支出 = 人员经费 + 公用经费", total, [first(ctx, "basic.personnel"), first(ctx, "basic.public")], { total: "基本支出", parts: ["人员经费", "公用经费"] });
    const oc = first(ctx, "operating_costs.total");
    const pub = first(ctx, "basic.public");
    if (oc && pub) checkEqual(ctx, "机关运行经费 = 一般公共预算财政拨款基本支出中的公用经费", oc, pub, ["机关运行经费", "公用经费"]);
  },
});
