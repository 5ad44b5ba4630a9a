/** Exports a reviewer asks for: typed tables as sheets (.xlsx: one sheet per table, findings, facts) and CSV; amounts in 万元. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parseReport } from "../../src/pipeline.js";
import { reportSheets } from "../../src/output/export/sheets.js";
import { sheetsToXlsx } from "../../src/output/export/xlsx.js";
import { sheetToCsv } from "../../src/output/export/csv.js";
import { amountWanyuan } from "../../src/output/export/amount.js";

describe("amount in 万元", () => {
  it.each([
    ["2429.10", "万元", "2429.10"],
    ["0.00", "万元", "0.00"],
    ["12345", "元", "1.2345"],
    ["12345.6", "元", "1.23456"],
    ["-500", "元", "-0.0500"],
    ["98.25", "%", undefined],
    ["x", "元", undefined],
  ])("%s %s → %s", (v, u, want) => expect(amountWanyuan(v, u)).toBe(want));
});

describe("report → xlsx and CSV", () => {
  it("Shanghai PDF: a sheet per typed table (codes as text, amounts as numbers), findings and facts sheets", async () => {
    const report = await parseReport("samples/shanghai-putuo-czj-2024.pdf");
    const sheets = reportSheets(report);
    expect(sheets.map((s) => s.name)).toEqual([...report.tables.map((t) => t.id), "核对结果", "事实"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await sheetsToXlsx(sheets)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    // T3 支出决算表: a functional code row keeps its code as text and its amounts as numbers equal to the typed table
    const t3 = report.tables.find((t) => t.id === "T3")!;
    const ws = wb.getWorksheet("T3")!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["代码", "名称", "行类型"]);
    const row = t3.rows.find((r) => r.code === "201")!;
    const at = t3.rows.indexOf(row) + 3;
    expect(ws.getCell(at, 1).value).toBe("201");
    expect(ws.getCell(at, 1).numFmt).toBe("@");
    expect(ws.getCell(at, 2).value).toBe(row.name);
    const col = t3.columns[0]!;
    expect(ws.getCell(at, 4 + 0).value).toBe(Number(row.values[col]!.value));
    expect(typeof ws.getCell(at, 4).value).toBe("number");
    // the findings sheet has one row per finding
    expect(wb.getWorksheet("核对结果")!.rowCount).toBe(report.findings.length + 2);
    // CSV: exact decimal text, no float noise
    const csv = sheetToCsv(sheets.find((s) => s.name === "T3")!);
    expect(csv.split("\r\n")[0]).toBe(["代码", "名称", "行类型", ...t3.columns].join(","));
    expect(csv).toContain(`201,${row.name},`);
  }, 120_000);
});
