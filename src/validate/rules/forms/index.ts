/** Rules over performance self-evaluation forms. */
import type { Rule } from "../../rule.js";
export const formRules: Rule[] = [];
