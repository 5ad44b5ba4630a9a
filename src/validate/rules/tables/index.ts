/** Rules over typed tables (within-table, cross-table, narrative ↔ table). */
import type { Rule } from "../../rule.js";
import rowSum from "./row-sum.js";
import hierarchy from "./hierarchy.js";
import twoSided from "./two-sided.js";
import basicEconomic from "./basic-economic.js";
import sangong from "./sangong.js";
import crossIncome from "./cross-income.js";
import crossExpenditure from "./cross-expenditure.js";
import crossOther from "./cross-other.js";
import narrativeTable from "./narrative-table.js";
import classificationNames from "./classification-names.js";

export const tableRules: Rule[] = [rowSum, hierarchy, twoSided, basicEconomic, sangong, crossIncome, crossExpenditure, crossOther, narrativeTable, classificationNames];
