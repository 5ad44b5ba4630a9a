/** Layout-change detection: fingerprints, families, comparison. */
export { fingerprintReport, flattenSections, type LayoutFingerprint, type FpSection, type FpTable } from "./fingerprint.js";
export { compareFingerprints, headerChanges, type Deviation, type DeviationKind, type Comparison } from "./compare.js";
export { loadFamilies, defaultFamilies, parseFamily, matchFamily, defaultFamiliesDir, FAMILY_THRESHOLD, type LayoutFamily, type FamilyMatch } from "./family.js";
export { mergeFingerprints } from "./merge.js";
export { describeDeviation, renderMatch } from "./render.js";
export { normaliseTitle, normaliseHeader } from "./normalise.js";
