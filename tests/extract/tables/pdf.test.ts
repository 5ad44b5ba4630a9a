/**
 * End to end on the real PDFs: the Putuo 财政局 2024 report (every table fact of its truth file; the only
 * table-rule errors are its real defects; nudging table amounts by 0.10 is detected) and the Shanghai template
 * (nine tables recognised, no errors).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../../../src/read/index.js";
import { extractTables } from "../../../src/extract/tables/index.js";
import { parseReport } from "../../../src/index.js";
import type { Doc } from "../../../src/model/document.js";
import { misses, tableTruth } from "./truth.js";
import { nudgeAll } from "./mutate.js";
import { docOf } from "./helpers.js";
import { PUTUO_BEFORE, PUTUO_TABLES } from "./fixtures/putuo.js";

const PUTUO = "samples/shanghai-putuo-czj-2024.pdf";
const TEMPLATE = "samples/shanghai-template-2024.pdf";
const TRUTH = "samples/truth/shanghai-putuo-czj-2024.tsv";

describe("Putuo 财政局 2024 (PDF)", () => {
  let doc: Doc;
  beforeAll(async () => {
    doc = (await readDocument({ path: PUTUO })).doc;
  });
  it("recognises the nine tables and gets every table fact of the truth file", () => {
    const r = extractTables(doc);
    expect(r.tables.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"]);
    expect(r.tables.filter((t) => t.empty).map((t) => t.id)).toEqual(["T8", "T9"]);
    expect(misses(tableTruth(TRUTH), r.facts)).toEqual([]);
  });
  it("table-rule errors are exactly the report's real defects (P1, P3); P5 is rounding-level info", async () => {
    const rep = await parseReport(PUTUO);
    const table = rep.findings.filter((f) => f.ruleId.startsWith("table-"));
    const errs = table.filter((f) => f.severity === "error").map((f) => `${f.facts[0]} ${f.actual} ${f.expected}`);
    expect(errs.sort()).toEqual([
      // P1: 四 '财政拨款收入支出总计0.3万元' vs T4 总计 2,961.68
      "fiscal.expenditure.grand_total 0.3 2961.68",
      "fiscal.income.grand_total 0.3 2961.68",
      // P3: 五(二) 一般公共服务支出 占 71.73% vs 2106.66 / 2940.05 = 71.65%
      "gpb.class.share{code=201;name=一般公共服务支出} 71.73 71.65",
    ].sort());
    // P5: 社会保障和就业支出 326.71 (T1, T4) vs 326.72 (T3, T5): info; T5 Σ类 2940.06 vs 2940.05: info
    const info = table.filter((f) => f.severity === "info").map((f) => f.message).join("\n");
    expect(info).toContain("326.72");
    expect(info).toContain("2940.06");
    expect(table.filter((f) => f.severity === "warning")).toEqual([]);
  });
  it("nudging table amounts by ±0.10 is detected (≥ 95%; every 3rd cell)", () => {
    for (const d of ["0.10", "-0.10"]) {
      const r = nudgeAll(doc, d, 3);
      expect(r.total).toBeGreaterThan(150);
      expect(r.detected / r.total).toBeGreaterThanOrEqual(0.95);
    }
  }, 240000);
});

describe("clean grids of the same report", () => {
  it("nudging table amounts by +0.10 is detected (every 2nd cell)", () => {
    const r = nudgeAll(docOf(PUTUO_TABLES, PUTUO_BEFORE), "0.10", 2);
    expect(r.detected / r.total).toBeGreaterThanOrEqual(0.95);
  }, 240000);
});

describe("Shanghai template 2024 (PDF)", () => {
  it("nine tables recognised, all cells placeholders or blank, no table errors", async () => {
    const { doc } = await readDocument({ path: TEMPLATE });
    const r = extractTables(doc);
    expect(r.tables.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"]);
    expect(r.facts.filter((f) => f.concept === "table.cell").every((f) => f.blank)).toBe(true);
    const rep = await parseReport(TEMPLATE);
    expect(rep.findings.filter((f) => f.ruleId.startsWith("table-") && f.severity === "error")).toEqual([]);
  });
});
