import { defineRule } from "../../rule.js";
import { checkSum } from "../../compare.js";
import { MESSAGES, first } from "./common.js";

/** 十一(三) 国有资产: 车辆总数 = 各类用车之和. */
export default defineRule({
  id: "assets-vehicles",
  meta: { description: "车辆总数等于各类用车数量之和", defaultSeverity: "error", messages: MESSAGES },
  check(ctx) {
    const types = ctx.facts.all("assets.vehicles.by_type");
    if (types.length === 0) return;
    const seen = new Set<string>();
    const uniq = types.filter((t) => (seen.has(t.dims.type) ? false : (seen.add(t.dims.type), true)));
    checkSum(ctx, "车辆总数 = 各类用车之和", first(ctx, "assets.vehicles.count"), uniq, { total: "车辆总数", parts: uniq.map((t) => t.dims.type) });
  },
});
