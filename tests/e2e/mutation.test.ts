/** The checker notices a 0.10 nudge of a stated amount or percent (as `juesuan eval mutate` does, src/eval/mutate.ts), in-process. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseReport } from "../../src/index.js";

const text = readFileSync("samples/changji-czj-2024.txt", "utf8");

function sites(): { li: number; at: number; tok: string }[] {
  const lines = text.split("\n");
  const out: { li: number; at: number; tok: string }[] = [];
  let on = false;
  lines.forEach((line, li) => {
    if (/第二部分/.test(line)) on = true;
    if (/第三部分/.test(line)) on = false;
    if (!on) return;
    for (const m of line.matchAll(/\d[\d,]*\.\d{2}(?=\s*(万元|%))/g)) {
      const before = line.slice(Math.max(0, m.index! - 6), m.index!);
      if (/(价值|单价)$/.test(before) || /^\s*平方米/.test(line.slice(m.index! + m[0].length))) continue;
      out.push({ li, at: m.index!, tok: m[0] });
    }
  });
  return out;
}
const bump = (tok: string) => {
  const c = (BigInt(tok.replace(/[,.]/g, "")) + 10n).toString().padStart(3, "0");
  return c.slice(0, -2) + "." + c.slice(-2);
};

describe("mutation detection on the narrative", () => {
  it("the untouched report has no error; ≥95% of nudges give one", async () => {
    const base = await parseReport({ bytes: Buffer.from(text), name: "base.txt" });
    expect(base.summary.errors).toBe(0);
    const all = sites();
    const chosen = all.filter((_, i) => i % 3 === 0);
    let detected = 0;
    const missed: string[] = [];
    for (const s of chosen) {
      const lines = text.split("\n");
      lines[s.li] = lines[s.li].slice(0, s.at) + bump(s.tok) + lines[s.li].slice(s.at + s.tok.length);
      const r = await parseReport({ bytes: Buffer.from(lines.join("\n")), name: "m.txt" });
      if (r.summary.errors > 0) detected++;
      else missed.push(`${s.li + 1}: ${s.tok}`);
    }
    expect(chosen.length).toBeGreaterThan(40);
    expect(detected / chosen.length, missed.join(", ")).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
