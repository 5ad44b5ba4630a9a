/** JSON Schema (draft 2020-12) of the public shapes, derived from the zod schemas. */
import { z } from "zod";
import { Fact } from "./fact.js";
import { Finding } from "./finding.js";
import { Report } from "./report.js";

export function renderSchemas(): Record<string, string> {
  const render = (s: z.ZodType) => JSON.stringify(z.toJSONSchema(s, { io: "output", unrepresentable: "any" }), null, 2) + "\n";
  return {
    "fact.schema.json": render(Fact),
    "finding.schema.json": render(Finding),
    "report.schema.json": render(Report),
  };
}
