import { readDocument } from "../../src/read/index.js";
import { analyseDoc } from "../../src/pipeline.js";
import type { TableBlock } from "../../src/model/document.js";
const r = await readDocument({ path: "samples/chongqing-swu-2023.pdf" });
const doc = structuredClone(r.doc);
const i = doc.blocks.findIndex((b, k) => b.type === "table" && doc.blocks.slice(Math.max(0, k - 3), k).some((p) => p.type !== "table" && /表2/.test(p.text)));
for (const row of (doc.blocks[i] as TableBlock).rows.slice(2)) [row[5], row[6]] = [row[6], row[5]];
const rep = analyseDoc(doc, r.source);
for (const f of rep.findings.filter((x) => x.outcome === "fail")) console.log(f.severity, f.ruleId, f.message.slice(0, 160), f.facts.join(" ").slice(0, 200));
