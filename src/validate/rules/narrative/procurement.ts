import { defineRule } from "../../rule.js";
import { checkShare, checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

/** 十一(二) 政府采购: 总额 = 货物 + 工程 + 服务; 中小企业/小微企业占比 = 合同金额 / 总额. */
export default defineRule({
  id: "procurement",
  meta: { description: "政府采购总额等于货物、工程、服务之和；中小企业、小微企业占比", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const total = first(ctx, "procurement.total");
    const parts = [first(ctx, "procurement.goods"), first(ctx, "procurement.works"), first(ctx, "procurement.services")];
    if (total || parts.some(Boolean)) checkSum(ctx, "政府采购支出总额 = 货物 + 工程 + 服务", total, parts, { total: "政府采购支出总额", parts: ["货物", "工程", "服务"] });
    for (const [k, n] of [["sme", "授予中小企业合同金额"], ["small_micro", "授予小微企业合同金额"]] as const) {
      const s = first(ctx, `procurement.${k}.share`);
      if (s) checkShare(ctx, `${n}占政府采购支出总额的比例`, s, first(ctx, `procurement.${k}`), total, [`${n}占比`, n, "政府采购支出总额"]);
    }
  },
});
