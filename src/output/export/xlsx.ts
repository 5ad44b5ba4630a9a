/** Sheets → an .xlsx workbook (exceljs, loaded only when asked for): text cells as text, amounts as numbers. */
import type { Sheet } from "./sheets.js";

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)}~${i}`;
  used.add(n.toLowerCase());
  return n;
}

export async function sheetsToXlsx(sheets: Sheet[], meta: { creator?: string; title?: string } = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? "juesuan";
  if (meta.title) wb.title = meta.title;
  const used = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, used), { views: [{ state: "frozen", ySplit: 2 }] });
    ws.addRow([s.title]).font = { bold: true };
    const head = ws.addRow(s.header);
    head.font = { bold: true };
    for (const r of s.rows) {
      const row = ws.addRow(r.map((v) => (v === null ? null : typeof v === "string" ? v : Number(v.num))));
      r.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        if (typeof v === "string") cell.numFmt = "@";
        else if (v) cell.numFmt = v.decimals > 0 ? `#,##0.${"0".repeat(Math.min(v.decimals, 10))}` : "#,##0";
      });
    }
    s.header.forEach((h, i) => {
      const width = Math.max(h.length * 2, ...s.rows.slice(0, 200).map((r) => {
        const v = r[i];
        return v === null ? 0 : typeof v === "string" ? Math.min(60, [...v].length * 2) : v.num.length + 2;
      }));
      ws.getColumn(i + 1).width = Math.max(6, Math.min(60, width));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
