/** Nudge one table amount at a time by ±0.10 and collect whether the table rules report an error. */
import { Decimal } from "decimal.js";
import type { Doc, TableBlock } from "../../../src/model/document.js";
import { makeCell } from "../../../src/model/document.js";
import { extractTables } from "../../../src/extract/tables/index.js";
import { validate } from "../../../src/validate/index.js";
import { tableRules } from "../../../src/validate/rules/tables/index.js";
import { parseNumber } from "../../../src/extract/number.js";

export interface NudgeResult {
  total: number;
  detected: number;
  missed: string[];
}

function errors(doc: Doc): number {
  const r = extractTables(doc);
  const findings = validate({ facts: r.facts, tables: r.tables, records: {} as never }, { rules: tableRules.map((x) => x.id) });
  return findings.filter((f) => f.severity === "error").length;
}

/** Every amount cell of every typed table (numbers and blanks in value columns) is nudged by `delta`. */
export function nudgeAll(doc: Doc, delta = "0.10", every = 1): NudgeResult {
  const base = extractTables(doc);
  const baseErrors = errors(doc);
  const out: NudgeResult = { total: 0, detected: 0, missed: [] };
  const seen = new Set<string>();
  for (const t of base.tables) {
    for (const row of t.rows) {
      for (const [col, c] of Object.entries(row.values)) {
        if (c.value === undefined) continue;
        const block = c.block ?? t.block;
        const key = `${block}:${c.cell[0]}:${c.cell[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if ((seen.size - 1) % every !== 0) continue;
        const b = doc.blocks[block] as TableBlock;
        const cell = b.rows[c.cell[0]][c.cell[1]];
        const p = parseNumber(cell.text || "0");
        if (!p) continue;
        const v = new Decimal(p.value).plus(delta).toFixed(Math.max(2, p.decimals));
        const rows = b.rows.map((r, ri) => (ri === c.cell[0] ? r.map((x, ci) => (ci === c.cell[1] ? makeCell(v, { page: x.page }) : x)) : r));
        const mutated: Doc = { ...doc, blocks: doc.blocks.map((x, i) => (i === block ? { ...b, rows } : x)) };
        out.total++;
        if (errors(mutated) > baseErrors) out.detected++;
        else out.missed.push(`${t.id} ${row.code ?? row.name} ${col} ${cell.text || "(blank)"} → ${v}`);
      }
    }
  }
  return out;
}
