/** Dev: print every block (index, type, page/line, kinds, toc flag, text or table caption). */
import { readDocument } from "../../src/read/index.js";
import { segment } from "../../src/segment/index.js";
const { doc } = await readDocument({ path: process.argv[2] });
const o = segment(doc);
console.log("title:", JSON.stringify(o.title), "warnings:", o.warnings.filter((w) => w.severity !== "info").map((w) => w.message));
doc.blocks.forEach((b, i) => {
  const where = `p${b.loc.page ?? "-"} l${b.loc.line ?? "-"}`;
  const k = (o.blockKinds[i] ?? []).join(">");
  const t = b.type === "table" ? `[table ${b.rows.length}x${b.rows[0]?.length}] ${JSON.stringify(b.caption)}` : b.text;
  console.log(`${i}\t${b.type[0]}${o.toc.has(i) ? "T" : ""}\t${where}\t${k}\t${t}`);
});
