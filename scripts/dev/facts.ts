import { parseReport } from "../../src/index.js";
const r = await parseReport(process.argv[2]);
for (const f of r.facts) if (!process.argv[3] || f.concept.startsWith(process.argv[3])) console.log(f.concept, f.value, f.unit, JSON.stringify(f.dims), f.source.block, f.source.text);
