/**
 * Dev loop for the editorial rules: `build FILE…` parses each file once (no validation) into /tmp/ed/cache;
 * `run [--rules a,b] [--all] FILE…` re-runs rules on the cached parse (segmentation recomputed from the doc).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { parseReportWithDoc } from "../../src/pipeline.js";
import { segment } from "../../src/segment/index.js";
import { validate } from "../../src/validate/index.js";
import { editorialRules } from "../../src/validate/rules/editorial/index.js";

const [mode, ...rest] = process.argv.slice(2);
const dir = process.env.CACHE ?? "/tmp/ed/cache";
mkdirSync(dir, { recursive: true });
const key = (f: string) => `${dir}/${f.replace(/[\/]/g, "_")}.json`;
let rules: string[] | undefined;
let all = false;
const files: string[] = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--rules") rules = rest[++i].split(",");
  else if (rest[i] === "--all") all = true;
  else files.push(rest[i]);
}
for (const f of files) {
  if (mode === "build") {
    try {
      const { report, doc } = await parseReportWithDoc(f, { validate: false });
      writeFileSync(key(f), JSON.stringify({ report, doc }));
      console.log("cached", f);
    } catch (e) {
      console.log("ERROR", f, (e as Error).message);
    }
    continue;
  }
  if (!existsSync(key(f))) { console.log("== not cached", f); continue; }
  const { report, doc } = JSON.parse(readFileSync(key(f), "utf8"));
  const o = segment(doc);
  const outline = { ...o, sections: report.outline };
  const meta = { unitName: report.unitName, fiscalYear: report.fiscalYear, kind: report.kind };
  const ids = rules ?? editorialRules.map((r) => r.id);
  const findings = validate({ facts: report.facts, tables: report.tables, records: report.records, doc, outline, meta }, { rules: ids });
  const shown = findings.filter((x) => all || (x.outcome === "fail" && x.severity !== "info"));
  console.log(`== ${basename(f)}: ${shown.length} shown; ` + ids.map((id) => `${id}=${findings.filter((x) => x.ruleId === id && x.outcome === "fail" && x.severity !== "info").length}`).filter((s) => !s.endsWith("=0")).join(" "));
  for (const x of shown) console.log(`  ${x.severity ?? "-"} ${x.outcome} ${x.ruleId}/${x.messageId}: ${x.message}`);
}
