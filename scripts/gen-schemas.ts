/** Writes schemas/*.schema.json from the zod schemas in src/model (the single source of truth). */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { renderSchemas } from "../src/model/json-schema.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(renderSchemas())) {
  writeFileSync(join(out, name), text);
  console.log(`wrote schemas/${name}`);
}
