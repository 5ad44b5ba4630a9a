/**
 * PDF reader speed, in process, warm: readPdf vs pdfjs getTextContent alone on every page.
 * Usage: npx tsx bench/pdf.ts [file.pdf] [runs]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openPdf } from "../src/read/pdf/load.js";
import { readPdf } from "../src/read/pdf/index.js";

const file = process.argv[2] ?? "samples/shanghai-putuo-czj-2024.pdf";
const runs = Number(process.argv[3] ?? 7);
const bytes = new Uint8Array(readFileSync(file));

async function textOnly(withOps: boolean): Promise<number> {
  const { doc, task } = await openPdf(bytes);
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    await page.getTextContent();
    if (withOps) await page.getOperatorList();
    page.cleanup();
  }
  const n = doc.numPages;
  await task.destroy();
  return n;
}

/** Run the variants interleaved (the machine may be shared and noisy) and return the median time of each. */
async function medians(fns: Array<() => Promise<unknown>>): Promise<number[]> {
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const t = performance.now();
      await fns[k]!();
      times[k]!.push(performance.now() - t);
    }
  }
  return times.map((ts) => [...ts].sort((a, b) => a - b)[Math.floor(ts.length / 2)]!);
}

const t0 = performance.now();
const first = await readPdf(bytes);
const cold = performance.now() - t0;
const pages = first.pages ?? 1;
await textOnly(false); // warm both paths
const stats = { operatorListPages: 0 };
await readPdf(bytes, { stats });

const [tText, tTextOps, tRead, tReadAll] = (await medians([
  () => textOnly(false),
  () => textOnly(true),
  () => readPdf(bytes),
  () => readPdf(bytes, { allOperatorLists: true }),
])) as [number, number, number, number];

const f = (ms: number) => `${ms.toFixed(0).padStart(6)} ms  ${(ms / pages).toFixed(1).padStart(6)} ms/page`;
console.log(`${file}: ${pages} pages, median of ${runs} warm runs (first readPdf, cold: ${cold.toFixed(0)} ms)`);
console.log(`pdfjs getTextContent alone           ${f(tText)}`);
console.log(`pdfjs getTextContent+getOperatorList ${f(tTextOps)}`);
console.log(`readPdf (operator lists on ${stats.operatorListPages}/${pages} pages) ${f(tRead)}   ratio ${(tRead / tText).toFixed(2)}x`);
console.log(`readPdf, operator lists on all pages ${f(tReadAll)}   ratio ${(tReadAll / tText).toFixed(2)}x`);
