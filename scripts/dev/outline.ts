import { readDocument } from "../../src/read/index.js";
import { segment, flatten } from "../../src/segment/index.js";
const { doc } = await readDocument({ path: process.argv[2] });
const o = segment(doc);
for (const s of flatten(o.sections)) if (s.kind !== "table") console.log("  ".repeat(s.level), s.kind, "|", s.label ?? "", s.title, `[${s.start},${s.end})`);
console.log(o.title, o.warnings);
