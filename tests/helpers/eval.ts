/** Runs the judging tools (tools/*.mjs, copies of shared/tools) on facts produced in-process. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Fact } from "../../src/model/fact.js";

export function writeFacts(facts: Fact[]): string {
  const p = join(mkdtempSync(join(tmpdir(), "juesuan-facts-")), "facts.ndjson");
  writeFileSync(p, facts.map((f) => JSON.stringify(f)).join("\n") + "\n");
  return p;
}

export function evalFacts(truth: string, facts: Fact[], section = "narrative"): { exit: number; last: string; out: string } {
  const r = spawnSync(process.execPath, ["tools/eval-facts.mjs", truth, writeFacts(facts), "--section", section, "--min", "1"], { encoding: "utf8" });
  const lines = r.stdout.trim().split("\n");
  return { exit: r.status ?? -1, last: lines[lines.length - 1], out: r.stdout };
}

export function coverage(report: string, facts: Fact[]): { share: number; out: string } {
  const r = spawnSync(process.execPath, ["tools/coverage.mjs", report, writeFacts(facts)], { encoding: "utf8" });
  const m = /covered=(\d+)\/(\d+)/.exec(r.stdout);
  return { share: m ? Number(m[1]) / Number(m[2]) : 0, out: r.stdout };
}
