/** Rules over typed tables (within-table, cross-table, narrative ↔ table). */
import type { Rule } from "../../rule.js";
export const tableRules: Rule[] = [];
