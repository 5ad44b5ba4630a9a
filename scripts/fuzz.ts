/**
 * Long fuzzing run over the project's own samples (the CI test tests/fuzz/fuzz.test.ts runs a few per format):
 * seeded mutations (bit flips, byte deletions/insertions, truncation, zip entry damage), each parsed as
 * `juesuan check` would (isolated, with the budget). Prints counts per format; every input that crashes, goes over
 * budget, loses facts silently or is stopped by the budget is saved to --save (default samples/fuzz) with a README
 * line, to become a regression fixture (tests/fuzz/regression.test.ts runs them all).
 *
 *   npx tsx scripts/fuzz.ts [--format txt,html,docx,pdf] [--count 100] [--seed 1] [--save samples/fuzz] [--no-save]
 *
 * Needs the compiled worker (npm run build). One input at a time: the machine is shared.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { mutantSeed, mutate, rng } from "../tests/fuzz/mutate.js";
import { BASES, baseline, runInput, type Baseline, type Format, type Outcome } from "../tests/fuzz/run.js";
import { isolateWorkerUrl } from "../src/isolate/index.js";

const { values } = parseArgs({
  options: {
    format: { type: "string", default: "txt,html,docx,pdf" },
    count: { type: "string", default: "100" },
    seed: { type: "string" },
    save: { type: "string", default: "samples/fuzz" },
    "no-save": { type: "boolean" },
  },
});
if (!isolateWorkerUrl()) {
  console.error("fuzz: no compiled worker (dist/isolate/worker.js): run npm run build first");
  process.exit(2);
}
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const count = Number(values.count);
const formats = values.format!.split(",") as Format[];
const saveDir = values["no-save"] ? undefined : values.save!;
console.log(`fuzz seed ${seed}, ${count} mutations per format`);

function save(format: Format, i: number, base: Baseline, bytes: Uint8Array, description: string, o: Outcome): void {
  if (!saveDir) return;
  mkdirSync(saveDir, { recursive: true });
  const file = `${format}-${o.verdict === "ok" ? o.code : o.verdict}-${seed}-${i}.${format}`;
  writeFileSync(join(saveDir, file), bytes);
  const readme = join(saveDir, "README.md");
  if (!existsSync(readme)) writeFileSync(readme, "# Fuzz regression fixtures\n\n| file | made from | mutation | found (exit, what) |\n|---|---|---|---|\n");
  const what = o.exit === 2 ? `exit 2 [${o.code}] in ${(o.ms / 1000).toFixed(1)} s` : `${o.verdict}, exit ${o.exit}, ${o.facts} facts`;
  appendFileSync(readme, `| ${file} | ${basename(base.file)} | ${description} (scripts/fuzz.ts seed ${seed} #${i}) | ${what} |\n`);
}

for (const format of formats) {
  const bases = await Promise.all(BASES[format].map((f) => baseline(f)));
  const counts: Record<string, number> = { "exit 0": 0, "exit 1": 0, "exit 2": 0, timeout: 0, "too-large": 0, crash: 0, "over-budget": 0, "silent-loss": 0 };
  let slowest = { ms: 0, cpuMs: 0, what: "" };
  let maxHeap = 0;
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const m = mutate(base.bytes, rng(mutantSeed(seed, format, i)));
    const o = await runInput(m.bytes, `fuzz.${format}`, base);
    if (o.ms > slowest.ms) slowest = { ms: o.ms, cpuMs: o.cpuMs ?? 0, what: `#${i} ${m.description}` };
    maxHeap = Math.max(maxHeap, o.heapPeakMb ?? 0);
    if (o.exit !== undefined) counts[`exit ${o.exit}`]!++;
    if (o.code === "timeout" || o.code === "too-large") counts[o.code]!++;
    if (o.verdict !== "ok") counts[o.verdict]!++;
    if (o.verdict !== "ok" || o.code === "timeout" || o.code === "too-large") {
      console.log(`${format} #${i} ${o.verdict} ${m.description} → exit ${o.exit ?? "-"} ${o.code ?? ""} ${(o.ms / 1000).toFixed(1)} s ${o.message?.split("\n")[0] ?? ""}`);
      save(format, i, base, m.bytes, m.description, o);
    }
  }
  console.log(`${format}: ${count} mutations: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}; slowest ${(slowest.ms / 1000).toFixed(1)} s (CPU ${(slowest.cpuMs / 1000).toFixed(1)} s: ${slowest.what}), heap peak ${Math.round(maxHeap)} MB`);
}
