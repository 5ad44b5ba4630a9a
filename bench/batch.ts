/**
 * Batch benchmark: ≥200 files (copies of the sample reports, each made byte-unique, mixed formats) under
 * a temp dir, converted with --jobs 1 and --jobs 2 into fresh databases; prints files/s, speed-up,
 * peak RSS, per-worker heap and database load time.
 * --growth 10,100,1000: the growth curve, each size a fresh corpus (copies with small edits of the txt, HTML and Word
 * samples: no PDFs, so 1,000 reports take a minute, not ten) converted with --growth-jobs (2) into a fresh database;
 * prints one `growth N …` line per size: wall s, ms per report, peak RSS. --files 0 skips the jobs comparison.
 *   npm run build && npx tsx bench/batch.ts [--files 200] [--jobs 1,2] [--growth 10,100,1000] [--growth-jobs 2]
 * Workers run the compiled dist/batch/worker.js, so build first.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runBatch } from "../src/batch/run.js";
import { workerUrl } from "../src/batch/pool.js";
import { ReportDb } from "../src/output/db.js";
import type { Report } from "../src/model/report.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: {
    files: { type: "string", default: "200" },
    jobs: { type: "string", default: "1,2" },
    growth: { type: "string" },
    "growth-jobs": { type: "string", default: "2" },
    keep: { type: "boolean" },
  },
});
const N = Number(values.files);
const JOBS = String(values.jobs).split(",").map(Number);

/** Share of each format in the mix (PDF parsing dominates, so PDFs are fewer). */
const MIX: { src: string; ext: string; share: number }[] = [
  { src: "samples/changji-czj-2024.txt", ext: "txt", share: 0.55 },
  { src: "samples/changji-czj-2024.html", ext: "html", share: 0.2 },
  { src: "samples/changji-czj-2024.docx", ext: "docx", share: 0.15 },
  { src: "samples/shanghai-template-2024.pdf", ext: "pdf", share: 0.07 },
  { src: "samples/shanghai-putuo-czj-2024.pdf", ext: "pdf", share: 0.03 },
];

/** Same report, different bytes (so the content hashes differ): a trailing space run, comment or zip comment. */
function uniqueCopy(bytes: Buffer, ext: string, i: number): Buffer {
  const tag = `copy ${i}`;
  switch (ext) {
    case "txt":
      return Buffer.concat([bytes, Buffer.from("\n" + " ".repeat(1 + (i % 7)) + "\n".repeat(1 + Math.floor(i / 7)))]);
    case "html":
      return Buffer.concat([bytes, Buffer.from(`\n<!-- ${tag} -->\n`)]);
    case "pdf":
      return Buffer.concat([bytes, Buffer.from(`\n%${tag}\n`)]);
    case "docx": {
      const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const out = Buffer.concat([bytes.subarray(0, eocd + 22), Buffer.from(tag)]);
      out.writeUInt16LE(tag.length, eocd + 20);
      return out;
    }
    default:
      return bytes;
  }
}

/** The growth curve's mix: the text formats only, in the same proportions among themselves. */
const TEXT_MIX = MIX.filter((m) => m.ext !== "pdf");

function makeCorpus(dir: string, n = N, mix = MIX): number {
  let made = 0;
  const total = mix.reduce((a, m) => a + m.share, 0);
  mix.forEach((m, k) => {
    const bytes = readFileSync(join(ROOT, m.src));
    const count = k === mix.length - 1 ? n - made : Math.round((n * m.share) / total);
    const sub = join(dir, `set${k}`);
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(join(sub, `r${String(i).padStart(4, "0")}.${m.ext}`), uniqueCopy(bytes, m.ext, i));
    made += count;
  });
  return made;
}

const MB = 1024 * 1024;
const fmt = (n: number, d = 1) => n.toFixed(d);

/** One size of the growth curve: a fresh corpus of `n` reports, converted into a fresh database. */
async function growthPoint(dir: string, n: number, jobs: number): Promise<string[]> {
  const input = join(dir, `growth-${n}`);
  const files = makeCorpus(input, n, TEXT_MIX);
  const baseRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const r = await runBatch({ paths: [input], outDir: join(dir, `growth-out-${n}`), dbFile: join(dir, `growth-${n}.db`), jobs });
  const secs = (performance.now() - t0) / 1000;
  rmSync(input, { recursive: true, force: true });
  rmSync(join(dir, `growth-out-${n}`), { recursive: true, force: true });
  return [
    "growth", String(files), String(jobs), String(r.summary.outcomes.ok), String(r.summary.outcomes.failed), fmt(secs, 2), fmt((secs * 1000) / files, 1),
    fmt(r.summary.peak.rssBytes / MB, 0), fmt((r.summary.peak.rssBytes - baseRss) / MB / jobs, 0), fmt(r.summary.peak.workerHeapBytes / MB, 0),
  ];
}

async function main(): Promise<void> {
  if (!workerUrl()) throw new Error("dist/batch/worker.js not found: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-"));
  if (values.growth) {
    const sizes = String(values.growth).split(",").map(Number);
    const jobs = Number(values["growth-jobs"]);
    const head = ["growth", "reports", "jobs", "ok", "failed", "wall s", "ms/report", "peak RSS MB", "RSS/worker MB*", "worker heap MB"];
    const rows: string[][] = [];
    for (const n of sizes) {
      process.stdout.write(`bench: growth ${n} reports (${TEXT_MIX.map((m) => m.ext).join(", ")}) …\n`);
      rows.push(await growthPoint(dir, n, jobs));
    }
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    process.stdout.write([head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n") + "\n");
  }
  if (N <= 0) {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    return;
  }
  const input = join(dir, "in");
  const files = makeCorpus(input);
  process.stdout.write(`bench: ${files} files (${MIX.map((m) => `${m.ext} ${m.src.split("/").pop()}`).join(", ")}) in ${input}\n`);
  const baseRss = process.memoryUsage().rss;
  const rows: string[][] = [];
  let rate1 = 0;
  let lastOut = "";
  for (const jobs of JOBS) {
    const out = join(dir, `out-${jobs}`);
    const t0 = performance.now();
    const r = await runBatch({ paths: [input], outDir: out, dbFile: join(dir, `r-${jobs}.db`), jobs });
    const secs = (performance.now() - t0) / 1000;
    const rate = (r.summary.outcomes.ok + r.summary.outcomes.failed) / secs;
    if (jobs === 1) rate1 = rate;
    lastOut = out;
    rows.push([
      String(jobs), String(r.summary.outcomes.ok), String(r.summary.outcomes.failed), fmt(secs), fmt(rate, 2),
      rate1 ? `${fmt(rate / rate1, 2)}×` : "", fmt(r.summary.peak.rssBytes / MB, 0), fmt((r.summary.peak.rssBytes - baseRss) / MB / jobs, 0),
      fmt(r.summary.peak.workerHeapBytes / MB, 0), fmt(r.summary.db.loadMs / 1000, 2),
    ]);
  }
  // Database load alone: every report JSON of the last run into a fresh database, one transaction each.
  const reports = readdirSync(lastOut).filter((f) => f.endsWith(".json") && !f.startsWith("_"));
  const parsed = reports.map((f) => JSON.parse(readFileSync(join(lastOut, f), "utf8")) as Report);
  const db = new ReportDb(join(dir, "load.db"));
  const tl = performance.now();
  for (const [i, rep] of parsed.entries()) db.loadReport({ file: reports[i], report: rep });
  const loadSecs = (performance.now() - tl) / 1000;
  const facts = parsed.reduce((n, r) => n + r.facts.length, 0);
  db.close();

  const head = ["jobs", "ok", "failed", "wall s", "files/s", "speed-up", "peak RSS MB", "RSS/worker MB*", "worker heap MB", "DB load s"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join("  ");
  process.stdout.write([line(head), ...rows.map(line)].join("\n") + "\n");
  process.stdout.write(`* (process peak RSS − main thread's RSS before the batch) / jobs; threads share one process.\n`);
  process.stdout.write(`DB load alone: ${parsed.length} reports, ${facts} facts in ${fmt(loadSecs, 2)} s (${fmt(parsed.length / loadSecs, 0)} reports/s, ${fmt(facts / loadSecs, 0)} facts/s)\n`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

await main();
