/** Dev: print non-pass findings (optionally of some rules) for each file. Usage: tsx scripts/dev/findings.ts [--rules a,b] [--all] FILE… */
import { parseReportWithDoc } from "../../src/pipeline.js";
const args = process.argv.slice(2);
let rules: string[] | undefined;
let all = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rules") rules = args[++i].split(",");
  else if (args[i] === "--all") all = true;
  else files.push(args[i]);
}
for (const f of files) {
  try {
    const { report } = await parseReportWithDoc(f, rules ? { rules } : {});
    const shown = report.findings.filter((x) => all || (x.outcome === "fail" && x.severity !== "info"));
    console.log(`== ${f}: ${shown.length} (errors ${report.summary.errors}, warnings ${report.summary.warnings})`);
    for (const x of shown) {
      const p = x.places[0];
      console.log(`  ${x.severity ?? "-"} ${x.outcome} ${x.ruleId}/${x.messageId} [p${p?.page ?? "-"} l${p?.line ?? "-"}] ${x.message}`);
    }
  } catch (e) {
    console.log(`== ${f}: ERROR ${(e as Error).message}`);
  }
}
