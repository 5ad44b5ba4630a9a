/** Debug aid: print the blocks the PDF reader makes. Usage: npx tsx scripts/pdf-dump.ts file.pdf [page] */
import { readFileSync } from "node:fs";
import { readPdf } from "../src/read/pdf/index.js";

const [file, pageArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: pdf-dump file.pdf [page]");
  process.exit(2);
}
const doc = await readPdf(new Uint8Array(readFileSync(file)));
const only = pageArg ? Number(pageArg) : undefined;
doc.blocks.forEach((b, i) => {
  if (only && b.loc.page !== only) return;
  const where = `#${i} p${b.loc.page} [${b.loc.bbox?.map((v) => v.toFixed(0)).join(",")}]`;
  if (b.type === "table") {
    console.log(`${where} TABLE ${b.rows.length}x${b.rows[0]?.length ?? 0} caption=${JSON.stringify(b.caption)}`);
    for (const row of b.rows) {
      console.log("   | " + row.map((c) => (c.spanOf ? "^" : "") + c.text + (c.rowSpan > 1 ? `{r${c.rowSpan}}` : "") + (c.colSpan > 1 ? `{c${c.colSpan}}` : "")).join(" | "));
    }
  } else console.log(`${where} ${b.type === "heading" ? `H${b.level}` : "P"} ${b.text}`);
});
for (const w of doc.warnings) console.log("WARN", w.message);
console.log("pages", doc.pages);
