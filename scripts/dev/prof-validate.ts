import { parseReportWithDoc } from "../../src/pipeline.js";
import { validate } from "../../src/validate/index.js";
const { report } = await parseReportWithDoc(process.argv[2], { validate: false });
const input = { facts: report.facts, tables: report.tables, records: report.records };
for (let i = 0; i < 5; i++) validate(input);
const t0 = performance.now();
const N = 200;
for (let i = 0; i < N; i++) validate(input);
console.log("validate ms", ((performance.now() - t0) / N).toFixed(2));
