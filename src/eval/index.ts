/** Measuring juesuan: facts against a truth file, findings against a golden set, coverage, mutation. */
export { parseTruth, readTruth, type TruthFact } from "./truth.js";
export { scoreFacts, formatFactScore, type FactScore, type Section } from "./facts.js";
export { parseExpected, readExpected, scoreFindings, formatFindingScore, type ExpectedFinding, type FindingScore } from "./findings.js";
export { scoreCoverage, formatCoverage, type CoverageScore } from "./coverage.js";
export { runMutations, mutationSites, bump, formatMutations, type MutationScore } from "./mutate.js";
export { loadFacts, loadFindings } from "./load.js";
