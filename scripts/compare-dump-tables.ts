/**
 * Compare the typed tables of a PDF and of a text dump of it (ids, row codes/names, cell values) and the error
 * findings each produces: `npx tsx scripts/compare-dump-tables.ts REPORT.pdf DUMP.txt [--cells]`.
 */
import { parseReport } from "../src/index.js";
import { compareTables } from "../tests/helpers/compare-tables.js";

const [pdf, dump] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!pdf || !dump) {
  console.error("usage: compare-dump-tables.ts REPORT.pdf DUMP.txt [--cells]");
  process.exit(2);
}
const a = await parseReport(pdf);
const b = await parseReport(dump);
const d = compareTables(a.tables, b.tables);
if (process.argv.includes("--cells")) for (const c of d.cells) console.log(`cell   ${c}`);
for (const t of d.missing) console.log(`missing table ${t}`);
for (const t of d.extra) console.log(`extra table ${t}`);
const errs = (r: typeof a) => new Set(r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.message}`));
const ea = errs(a);
const eb = errs(b);
for (const e of eb) if (!ea.has(e)) console.log(`new error  ${e}`);
for (const e of ea) if (!eb.has(e)) console.log(`lost error ${e}`);
console.log(`tables ${b.tables.map((t) => t.id).join(",")} vs ${a.tables.map((t) => t.id).join(",")}; cells ${d.same}/${d.compared} same; errors ${eb.size} (pdf ${ea.size})`);
