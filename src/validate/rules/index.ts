/** The rule registry. A new rule: one module in this folder (or tables/, forms/), listed here. */
import type { Rule } from "../rule.js";
import { tableRules } from "./tables/index.js";
import { formRules } from "./forms/index.js";

export const narrativeRules: Rule[] = [];

export const allRules: Rule[] = [...narrativeRules, ...tableRules, ...formRules];
