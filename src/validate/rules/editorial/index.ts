/** Editorial and completeness rules: the report's words, years, titles and disclosures. One rule per module. */
import type { Rule } from "../../rule.js";
import tocHeading from "./toc-heading.js";
import reportYear from "./report-year.js";
import templateResidue from "./template-residue.js";
import numberFormat from "./number-format.js";
import directionWords from "./direction-words.js";
import growthZeroBase from "./growth-zero-base.js";
import disclosureCounts from "./disclosure-counts.js";
import unitName from "./unit-name.js";
import purposeCopied from "./purpose-copied.js";
import rateBasis from "./rate-basis.js";

export const editorialRules: Rule[] = [tocHeading, reportYear, directionWords, growthZeroBase, rateBasis, disclosureCounts, unitName, purposeCopied, templateResidue, numberFormat];
