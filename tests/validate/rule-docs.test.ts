import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { renderRuleDocs } from "../../src/validate/docs.js";
import { allRules } from "../../src/validate/rules/index.js";

describe("rule registry", () => {
  it("docs/rules.md is current (run `npm run docs`)", () => {
    expect(readFileSync("docs/rules.md", "utf8")).toBe(renderRuleDocs());
  });
  it("rule ids are unique kebab-case and every rule has a description and messages", () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.meta.description.length).toBeGreaterThan(4);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });
});
