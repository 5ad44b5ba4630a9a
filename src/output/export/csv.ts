/** Sheets → CSV text (exact decimal text for amounts). */
import { csvLine } from "../csv.js";
import type { Sheet } from "./sheets.js";

export function sheetToCsv(s: Sheet, bom = false): string {
  let out = (bom ? "\ufeff" : "") + csvLine(s.header);
  for (const r of s.rows) out += csvLine(r.map((v) => (v === null ? "" : typeof v === "string" ? v : v.num)));
  return out;
}
