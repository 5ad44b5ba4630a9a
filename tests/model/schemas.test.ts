import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { renderSchemas } from "../../src/model/json-schema.js";
import { Fact, parseReport, Report } from "../../src/index.js";

describe("schemas/", () => {
  it("is current with the zod schemas (run `npm run schemas` after changing src/model)", () => {
    for (const [name, text] of Object.entries(renderSchemas())) expect(readFileSync(`schemas/${name}`, "utf8"), name).toBe(text);
  });
  it("a parsed report and each of its facts validate against the zod schemas", async () => {
    const r = await parseReport("samples/changji-czj-2024.txt");
    expect(Report.safeParse(r).success).toBe(true);
    for (const f of r.facts) {
      const p = Fact.safeParse(f);
      expect(p.success, JSON.stringify(f)).toBe(true);
    }
  });
});
