/** Rules over performance self-evaluation forms (绩效自评表). One rule per module. */
import type { Rule } from "../../rule.js";
import { completionRate } from "./completion-rate.js";
import { costDecomposition } from "./cost-decomposition.js";
import { executionRate } from "./execution-rate.js";
import { executionScoreBound } from "./execution-score.js";
import { fundSum } from "./fund-sum.js";
import { narrativeForms } from "./narrative.js";
import { scoreCap } from "./score-cap.js";
import { scoreSum } from "./score-sum.js";
import { textValues } from "./text-values.js";
import { weightsSum } from "./weights-sum.js";

export const formRules: Rule[] = [
  fundSum,
  executionRate,
  executionScoreBound,
  weightsSum,
  scoreCap,
  scoreSum,
  completionRate,
  costDecomposition,
  narrativeForms,
  textValues,
];
