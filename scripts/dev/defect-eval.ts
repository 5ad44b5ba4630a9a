/** Dev: catch rate of samples/variants/defects (expected.tsv) and findings on the unedited bases. */
import { readFileSync, readdirSync } from "node:fs";
import { parseReport } from "../../src/index.js";
const dir = "samples/variants/defects";
const fails = (fs: Awaited<ReturnType<typeof parseReport>>["findings"]) => fs.filter((f) => f.outcome === "fail" && f.severity !== "info");
for (const b of readdirSync(dir).filter((f) => f.endsWith(".base.txt"))) {
  const r = await parseReport(`${dir}/${b}`);
  const ff = fails(r.findings);
  console.log(`BASE ${b}: ${ff.length}`);
  for (const f of ff) console.log(`   ${f.severity} ${f.ruleId}/${f.messageId}: ${f.message.slice(0, 150)}`);
}
const rows = readFileSync(`${dir}/expected.tsv`, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
let caught = 0;
const only = process.argv[2];
for (const [file, cat, rule, mid, sev, note] of rows) {
  if (only && !file.includes(only)) continue;
  const r = await parseReport(`${dir}/${file}`);
  const ff = fails(r.findings);
  const hit = ff.find((f) => f.ruleId === rule && (!mid || f.messageId === mid) && (!sev || f.severity === sev));
  if (hit) caught++;
  console.log(`${hit ? "OK  " : "MISS"} ${file} [${cat}] want ${rule}/${mid}/${sev || "*"} (${note})`);
  if (!hit || process.env.V) for (const f of ff) console.log(`     ${f.severity} ${f.ruleId}/${f.messageId}: ${f.message.slice(0, 160)}`);
  else for (const f of ff.filter((x) => x !== hit)) console.log(`     + ${f.severity} ${f.ruleId}/${f.messageId}: ${f.message.slice(0, 120)}`);
}
console.log(`caught ${caught}/${rows.length}`);
