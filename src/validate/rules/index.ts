/** The rule registry. A new rule: one module in narrative/, tables/ or forms/, listed in that folder's index. */
import type { Rule } from "../rule.js";
import { narrativeRules } from "./narrative/index.js";
import { tableRules } from "./tables/index.js";
import { formRules } from "./forms/index.js";

export { narrativeRules };
export const allRules: Rule[] = [...narrativeRules, ...tableRules, ...formRules];
