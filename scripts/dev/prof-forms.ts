import { readDocument } from "../../src/read/index.js";
import { extractForms } from "../../src/extract/forms/index.js";
const { doc } = await readDocument({ path: process.argv[2] });
for (let i = 0; i < 5; i++) extractForms(doc);
const t0 = performance.now();
for (let i = 0; i < 100; i++) extractForms(doc);
console.log("forms ms", ((performance.now() - t0) / 100).toFixed(2));
