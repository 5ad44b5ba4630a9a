import { readDocument } from "../../src/read/index.js";
const { doc } = await readDocument({ path: process.argv[2] });
for (const i of process.argv.slice(3).map(Number)) { const b = doc.blocks[i]; console.log(i, b.type, b.type === "table" ? JSON.stringify(b.caption) : b.text); }
