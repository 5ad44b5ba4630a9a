/** Writes docs/rules.md from the rule registry. */
import { mkdirSync, writeFileSync } from "node:fs";
import { renderRuleDocs } from "../src/validate/docs.js";

mkdirSync("docs", { recursive: true });
writeFileSync("docs/rules.md", renderRuleDocs());
console.log("wrote docs/rules.md");
