/**
 * Narratives phrased the way other regions phrase them (Sichuan, central departments, Hunan, a 单位决算
 * with amounts in 元): hand-computed, internally consistent reports with hand-written truth files.
 * Every truth fact must come out right, and a consistent report must give no error.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { parseReport } from "../../src/index.js";
import { evalFacts } from "../helpers/eval.js";

const DIR = "samples/variants/regional";
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

describe.each(FILES)("%s", (file) => {
  it("states every truth fact and reports no error", async () => {
    const r = await parseReport(`${DIR}/${file}`);
    const e = evalFacts(`${DIR}/${file.replace(/\.txt$/, ".truth.tsv")}`, r.facts);
    expect(e.out).not.toMatch(/WRONG|MISSING/);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
  });
});
