/**
 * The fuzzer that stays: every CI run parses a few seeded mutations of the project's own samples per format (bit
 * flips, byte deletions and insertions, truncation, zip entry damage) as `juesuan check` would, and asserts: exit 0,
 * 1 or 2 only; no stack trace; within the time and memory budget; no silent loss (tests/fuzz/run.ts). The seed
 * changes between runs and is printed, so runs add up to hundreds of inputs per format; to replay a failure:
 *
 *   JUESUAN_FUZZ_SEED=<seed> npx vitest run tests/fuzz/fuzz.test.ts
 *
 * and keep the input as a fixture (scripts/fuzz.ts --seed <seed> saves what it finds to samples/fuzz).
 * JUESUAN_FUZZ_COUNT=<n> sets the mutations per format.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js";
import { mutantSeed, mutate, rng } from "./mutate.js";
import { BASES, baseline, runInput, type Baseline, type Format } from "./run.js";

const SEED = Number(process.env.JUESUAN_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Per format: the CPU cost per input differs (a PDF is read page by page; a text in a blink). */
const COUNTS: Record<Format, number> = { txt: 12, html: 10, docx: 8, pdf: 6 };
const count = (f: Format) => Number(process.env.JUESUAN_FUZZ_COUNT ?? COUNTS[f]);

beforeAll(async () => {
  await ensureDist(); // built once per run, rebuilt only when a source is newer
  console.log(`fuzz seed ${SEED} (replay: JUESUAN_FUZZ_SEED=${SEED} npx vitest run tests/fuzz/fuzz.test.ts)`);
}, 120_000);

describe.each(Object.keys(BASES) as Format[])("fuzz %s", (format) => {
  it(`${count(format)} mutations: clear results within the budget, no silent loss`, async () => {
    const bases: Baseline[] = [];
    for (const f of BASES[format]) bases.push(await baseline(f));
    const problems: string[] = [];
    for (let i = 0; i < count(format); i++) {
      const base = bases[i % bases.length]!;
      const m = mutate(base.bytes, rng(mutantSeed(SEED, format, i)));
      const o = await runInput(m.bytes, `fuzz.${format}`, base);
      if (o.verdict !== "ok") {
        problems.push(`seed ${SEED} ${format} #${i} (${base.file}, ${m.description}): ${o.verdict}, exit ${o.exit ?? "-"}, ${o.facts ?? "-"}/${base.facts} facts ${o.message?.split("\n")[0] ?? ""}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
