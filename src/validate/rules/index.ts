/** The rule registry. A new rule: one module in narrative/, tables/, forms/ or editorial/, listed in that folder's index. */
import type { Rule } from "../rule.js";
import { narrativeRules } from "./narrative/index.js";
import { tableRules } from "./tables/index.js";
import { formRules } from "./forms/index.js";
import { editorialRules } from "./editorial/index.js";

export { narrativeRules, editorialRules };
export const allRules: Rule[] = [...narrativeRules, ...tableRules, ...formRules, ...editorialRules];
