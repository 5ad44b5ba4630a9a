/** Rules over the narrative's facts (概况 and 情况说明). One rule per module. */
import type { Rule } from "../../rule.js";
import overviewTotals from "./overview-totals.js";
import incomeComposition from "./income-composition.js";
import expenditureComposition from "./expenditure-composition.js";
import fiscalTotals from "./fiscal-totals.js";
import gpbStructure from "./gpb-structure.js";
import gpbItems from "./gpb-items.js";
import basicComposition from "./basic-composition.js";
import sangong from "./sangong.js";
import procurement from "./procurement.js";
import assets from "./assets.js";
import yoyRate from "./yoy-rate.js";
import budgetRate from "./budget-rate.js";
import restatedValues from "./restated-values.js";
import budgetDirection from "./budget-direction.js";
import yoyDirectionReason from "./yoy-direction-reason.js";
import basicItemsT6 from "./basic-items-t6.js";

export const narrativeRules: Rule[] = [
  overviewTotals, incomeComposition, expenditureComposition, fiscalTotals, gpbStructure, gpbItems,
  basicComposition, sangong, procurement, assets, yoyRate, budgetRate, restatedValues, budgetDirection, yoyDirectionReason, basicItemsT6,
];
