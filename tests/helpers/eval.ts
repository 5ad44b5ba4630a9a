/** The project's own measuring (src/eval, what `juesuan eval` prints) on facts produced in-process. */
import { readFileSync } from "node:fs";
import type { Fact } from "../../src/model/fact.js";
import { formatFactScore, readTruth, scoreCoverage, scoreFacts, type Section } from "../../src/eval/index.js";

/** `juesuan eval facts TRUTH FILE --section S --min 1`: exit, last line and the whole output. */
export function evalFacts(truth: string, facts: Fact[], section: Section = "narrative"): { exit: number; last: string; out: string } {
  const s = scoreFacts(readTruth(truth), facts, section);
  const lines = formatFactScore(s);
  return { exit: s.recall >= 1 && s.wrong === 0 ? 0 : 1, last: lines[lines.length - 1], out: lines.join("\n") };
}

/** `juesuan eval coverage REPORT`: the share of the stated numbers (第二部分) bound to facts. */
export function coverage(report: string, facts: Fact[]): { share: number; out: string } {
  const s = scoreCoverage(readFileSync(report, "utf8"), facts);
  return { share: s.share, out: s.uncovered.map((u) => `uncovered ${u.token} in: ${u.text}`).join("\n") };
}
