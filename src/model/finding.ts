/** A validation finding: vfile-message style data that knows its rule and its places. */
import { z } from "zod";
import { SourceRef } from "./fact.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const Outcome = z.enum(["pass", "fail", "not_applicable", "insufficient_data"]);
export type Outcome = z.infer<typeof Outcome>;

export const Finding = z
  .object({
    ruleId: z.string(),
    source: z.literal("juesuan").default("juesuan"),
    outcome: Outcome,
    /** Severity of a failing outcome; info for pass-within-rounding; absent for a clean pass. */
    severity: Severity.optional(),
    messageId: z.string(),
    message: z.string(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    tolerance: z.string().optional(),
    unit: z.string().optional(),
    /** Fact keys involved (concept{dims}). */
    facts: z.array(z.string()).default([]),
    places: z.array(SourceRef).default([]),
    /**
     * Why the severity was lowered: a fact in it is not firmly bound (evidence context/inferred, or a doubt), or
     * its table/section is suspected misread (the flood guard). An error never carries a doubt.
     */
    doubt: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: "Finding", description: "One outcome of one rule instance" });
export type Finding = z.infer<typeof Finding>;
