/** The Xinjiang corpus report in every text-like format: 100% recall, no wrong value, no error findings. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseReport } from "../../src/index.js";
import { coverage, evalFacts } from "../helpers/eval.js";

const TRUTH = "samples/truth/changji-czj-2024.tsv";
const FILES = [
  "samples/changji-czj-2024.txt",
  "samples/changji-czj-2024.html",
  "samples/changji-czj-2024.docx",
  "samples/lo/changji-czj-2024.lo.docx",
  "samples/variants/changji-czj-2024.gb18030.txt",
  "samples/variants/changji-czj-2024.crlf.txt",
  "samples/variants/changji-czj-2024.bom.txt",
];

describe.each(FILES)("%s", (file) => {
  it("states every truth fact with the right value and no error findings", async () => {
    const r = await parseReport(file);
    const e = evalFacts(TRUTH, r.facts);
    expect(e.out).not.toMatch(/WRONG|MISSING/);
    expect(e.last).toMatch(/^recall=1\.000 found=188 truth=188 wrong=0 .* sourced=1\.000$/);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.unitName).toBe("昌吉回族自治州财政局");
    expect(r.fiscalYear).toBe(2024);
    expect(r.kind).toBe("部门决算");
  });
});

describe("the corpus text report", () => {
  it("binds every number of 第二部分 (incl. the forms) to a fact", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt");
    expect(coverage("samples/changji-czj-2024.txt", r.facts).share).toBeGreaterThanOrEqual(0.99);
  });
  it("keeps provenance: each fact's source text is at its offsets in its line", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt");
    const lines = readFileSync("samples/changji-czj-2024.txt", "utf8").split("\n");
    const narrative = r.facts.filter((f) => !f.source.cell && f.source.line && f.source.end > f.source.start);
    expect(narrative.length).toBeGreaterThan(150);
    for (const f of narrative) expect(lines[f.source.line! - 1].slice(f.source.start, f.source.end)).toBe(f.source.text);
  });
  it("reads signs from words and keeps printed decimals", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt");
    const v = (c: string, dims: Record<string, string> = {}) => r.facts.find((f) => f.concept === c && !f.dims.table && Object.entries(dims).every(([k, x]) => f.dims[k] === x))?.value;
    expect(v("overview.yoy.change")).toBe("-250.35");
    expect(v("overview.yoy.rate")).toBe("-8.24");
    expect(v("gpb.item.yoy.rate", { code: "2010699" })).toBe("477.27");
    expect(v("overview.income.non_fiscal_balance_used")).toBe("0.00");
    expect(v("sangong.abroad.groups")).toBe("0");
    // years are never amounts
    expect(r.facts.some((f) => f.value === "2024" && f.concept !== "report.fiscal_year")).toBe(false);
  });
  it("builds typed records: yoy changes with direction and reason, budget comparisons, items", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt");
    const item = r.records.items.find((i) => i.code === "2010607");
    expect(item).toMatchObject({ level: "item", amount: "184.77", change: "-285.59", rate: "-60.72" });
    expect(item?.reason).toMatch(/网络安全防御平台/);
    const y = r.records.yoy.find((x) => x.subject === "overview.total");
    expect(y).toMatchObject({ direction: "decrease", amount: "-250.35", rate: "-8.24" });
    expect(r.records.budgets.find((b) => b.subject === "gpb.expenditure")).toMatchObject({ budget: "2285.54", final: "2429.10", varianceRate: "6.28" });
    expect(r.records.forms.length).toBe(7);
  });
});
