/**
 * Benchmark runner: speed and memory of the full pipeline, each figure next to a reference measured in the same
 * process (or the same run), so the ratios mean something on any machine. See bench/README.md for each figure.
 *   npm run build && npm run bench [-- --quick] [-- --no-batch] [--no-long] [--runs N] [--cli-runs N] [--batch-files N] [--growth 10,100,1000] [--long-pages N] [--out FILE]
 * Prints tables and writes bench/results.json. The CLI, RSS and batch sections use the compiled dist/, so build first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import mammoth from "mammoth";
import { parseReport } from "../src/index.js";
import { readDocument } from "../src/read/index.js";
import { decodeText } from "../src/read/decode.js";
import { readLineText } from "../src/read/text.js";
import { openPdf } from "../src/read/pdf/load.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { values: opt } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "no-batch": { type: "boolean", default: false },
    runs: { type: "string" },
    "cli-runs": { type: "string" },
    "batch-files": { type: "string" },
    growth: { type: "string" },
    "long-pages": { type: "string" },
    "no-long": { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string", default: join(ROOT, "bench/results.json") },
  },
});
const QUICK = Boolean(opt.quick);
const RUNS = Number(opt.runs ?? (QUICK ? 5 : 11));
const WARM = QUICK ? 1 : 2;
const CLI_RUNS = Number(opt["cli-runs"] ?? (QUICK ? 3 : 5));
const BATCH_FILES = Number(opt["batch-files"] ?? (QUICK ? 30 : 200));
/** Sizes of the batch growth curve (reports); the last two are compared. */
const GROWTH = String(opt.growth ?? (QUICK ? "10,100" : "10,100,1000"));
const LONG_PAGES = Number(opt["long-pages"] ?? 200);
/** Rounds of the long-PDF comparison (each: the long PDF and the 25-page one, parsed in a fresh child). */
const LONG_RUNS = QUICK ? 1 : 2;
/** --only 1,6: run only these sections (numbers as printed); all by default. */
const ONLY = opt.only ? new Set(String(opt.only).split(",").map((x) => x.trim())) : undefined;
const want = (section: number) => !ONLY || ONLY.has(String(section));
const CLI = join(ROOT, "dist/cli/main.js");
const DIST_INDEX = join(ROOT, "dist/index.js");
const DIST_PDF_LOAD = join(ROOT, "dist/read/pdf/load.js");

const notes: string[] = [];
const note = (s: string) => {
  notes.push(s);
  process.stdout.write(`note: ${s}\n`);
};

// ───────────────────────────── helpers ─────────────────────────────

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Every timed run, in order (ms). */
  samples: number[];
}

function median(ts: number[]): number {
  const s = [...ts].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function stats(ts: number[]): Stats {
  const round = (x: number) => Math.round(x * 100) / 100;
  return { median: median(ts), min: Math.min(...ts), max: Math.max(...ts), runs: ts.length, samples: ts.map(round) };
}

/**
 * Time several variants interleaved (run k of every variant, then run k+1 …) so that a noisy neighbour on a shared
 * machine hits all of them alike; `warm` untimed rounds first. Returns the statistics of each variant, in ms.
 */
async function interleaved(fns: Array<() => Promise<unknown>>, runs: number, warm: number): Promise<Stats[]> {
  for (let i = 0; i < warm; i++) for (const f of fns) await f();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const t = performance.now();
      await fns[k]!();
      times[k]!.push(performance.now() - t);
    }
  }
  return times.map(stats);
}

function table(head: string[], rows: string[][], right = true): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || !right ? (c ?? "").padEnd(widths[i]!) : (c ?? "").padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

const f1 = (n: number | undefined) => (n === undefined ? "" : n.toFixed(1));
const f0 = (n: number | undefined) => (n === undefined ? "" : n.toFixed(0));
const x2 = (n: number | undefined) => (n === undefined ? "" : `${n.toFixed(2)}×`);
const verdict = (value: number | undefined, target: number | undefined) =>
  value === undefined || target === undefined ? "" : value <= target ? "ok" : "MISS";

function has(cmd: string): boolean {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

/** Wall time of one process run, ms (spawn to exit, output discarded). Exit codes in `okCodes` count as success. */
function wall(cmd: string, args: string[], okCodes = [0]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 << 20 });
  const ms = performance.now() - t;
  if (r.status === null || !okCodes.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}: ${r.stderr?.toString().slice(0, 500)}`);
  }
  return ms;
}

/** Median wall time over `runs`, after one untimed run (file cache, disk). */
function wallMedian(cmd: string, args: string[], runs: number, okCodes = [0]): Stats {
  wall(cmd, args, okCodes);
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) ts.push(wall(cmd, args, okCodes));
  return stats(ts);
}

/** Peak RSS (MB) of a command under GNU time -v, or undefined when it fails. */
function timeV(cmd: string, args: string[], okCodes = [0]): { rssMB: number; wallMs: number } | undefined {
  const dir = mkdtempSync(join(tmpdir(), "juesuan-timev-"));
  try {
    const out = join(dir, "time.txt");
    const t = performance.now();
    const r = spawnSync("/usr/bin/time", ["-v", "-o", out, cmd, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const wallMs = performance.now() - t;
    if (r.status === null || !okCodes.includes(r.status)) return undefined;
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(readFileSync(out, "utf8"));
    return m ? { rssMB: Number(m[1]) / 1024, wallMs } : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run `node --input-type=module -e script args…` and parse the JSON it prints on its last stdout line.
 * Started through `sh -c '…; exit $?'` (sh forks, it does not exec): on Linux a process's maxRSS is kept across
 * execve, so a child forked straight from this (large) process would report at least this process's RSS.
 */
function nodeChild<T>(script: string, args: string[]): T {
  const argv = [SH_FORK, process.execPath, "--input-type=module", "-e", script, ...args];
  const r = spawnSync("sh", ["-c", ...argv], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`child failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 800)}`);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

/** `sh -c SH_FORK cmd args…` runs cmd in a forked child of sh (not exec'd in place) and passes its exit code on. */
const SH_FORK = '"$0" "$@"; exit $?';

function git(args: string[]): string | undefined {
  const r = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const rel = (p: string) => (relative(ROOT, p).startsWith("..") ? p : relative(ROOT, p) || p);
const sample = (p: string) => join(ROOT, "samples", p);

// ───────────────────────── 1. in-process, warm ─────────────────────────

interface InProcessRow {
  format: string;
  file: string;
  bytes: number;
  pages?: number;
  /** Full parseReport pipeline, ms per report. */
  pipeline: Stats;
  /** readDocument alone (the reader), ms per report: the rest of the pipeline is pipeline − read. Not with --quick. */
  read?: Stats;
  /** The reference measured interleaved in the same process, when there is one. */
  reference?: { name: string; stats: Stats };
  /** pipeline / reference (medians). */
  ratio?: number;
  /** Median of the per-round ratios (each pipeline run over the reference run right after it): less sensitive to load drift. */
  pairedRatio?: number;
  target?: { metric: "ms" | "ratio"; value: number };
  pass?: boolean;
}

const PDF_SAMPLES = ["lo/changji-czj-2024.lo.pdf", "shanghai-putuo-czj-2024.pdf", "shanghai-template-2024.pdf"];
const CASES: { format: string; file: string }[] = [
  { format: "txt", file: "changji-czj-2024.txt" },
  { format: "txt-dump", file: "dumps/shanghai-putuo-czj-2024.layout.txt" },
  { format: "txt-dump", file: "dumps/shanghai-putuo-czj-2024.pdftotext.txt" },
  { format: "html", file: "changji-czj-2024.html" },
  { format: "docx", file: "changji-czj-2024.docx" },
  { format: "docx", file: "lo/changji-czj-2024.lo.docx" },
  ...PDF_SAMPLES.map((file) => ({ format: "pdf", file })),
];

/** pdfjs alone: open (same options as the reader: openPdf in src/read/pdf/load.ts) and getTextContent on every page. */
async function pdfjsTextOnly(bytes: Uint8Array): Promise<number> {
  const { doc, task } = await openPdf(bytes);
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

async function inProcess(): Promise<InProcessRow[]> {
  const rows: InProcessRow[] = [];
  for (const c of CASES) {
    const path = sample(c.file);
    if (!existsSync(path)) {
      note(`${rel(path)} not found: skipped`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    const input = () => ({ bytes, name: path });
    process.stdout.write(`in-process: ${c.file} …`);
    const first = await parseReport(input());
    const pages = first.source.pages;
    const variants: Array<() => Promise<unknown>> = [() => parseReport(input())];
    if (!QUICK || c.format === "txt-dump") variants.push(() => readDocument(input()));
    let refName: string | undefined;
    if (c.format === "docx") {
      refName = "mammoth.convertToHtml";
      variants.push(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
    } else if (c.format === "txt-dump") {
      // the dump reader against the plain (one paragraph per line) text reader on the same text
      refName = "line text reader (readLineText)";
      const text = decodeText(bytes).text;
      variants.push(async () => readLineText(text));
    } else if (c.format === "pdf") {
      refName = "pdfjs getTextContent (all pages)";
      variants.push(() => pdfjsTextOnly(bytes));
    }
    const measured = await interleaved(variants, RUNS, WARM);
    const pipeline = measured[0]!;
    const read = QUICK && c.format !== "txt-dump" ? undefined : measured[1];
    const ref = refName ? measured[measured.length - 1] : undefined;
    const row: InProcessRow = { format: c.format, file: c.file, bytes: bytes.length, ...(pages ? { pages } : {}), pipeline, ...(read ? { read } : {}) };
    if (ref && refName) {
      row.reference = { name: refName, stats: ref };
      // a dump row compares reader with reader: readDocument (decode + dump reader) over readLineText
      const subject = c.format === "txt-dump" && read ? read : pipeline;
      row.ratio = subject.median / ref.median;
      row.pairedRatio = median(subject.samples.map((t, i) => t / ref.samples[i]!));
    }
    if (c.format === "txt") row.target = { metric: "ms", value: 20 };
    if (c.format === "docx") row.target = { metric: "ratio", value: 1.3 };
    if (c.format === "pdf") row.target = { metric: "ratio", value: 1.5 };
    if (row.target) row.pass = (row.target.metric === "ms" ? pipeline.median : row.ratio!) <= row.target.value;
    rows.push(row);
    process.stdout.write(` ${f1(pipeline.median)} ms\n`);
  }
  return rows;
}

function printInProcess(rows: InProcessRow[]): void {
  process.stdout.write(`\n1. In process, warm: median of ${RUNS} runs after ${WARM} warm-up${WARM > 1 ? "s" : ""} (variants interleaved)${QUICK ? "; --quick: no read-only variant" : ""}\n`);
  const head = ["format", "file", "pages", "pipeline ms", "(min)", "read ms", "reference", "ref ms", "pipe ms/pg", "ref ms/pg", "ratio", "paired", "target", ""];
  const body = rows.map((r) => {
    const pg = r.pages;
    return [
      r.format,
      r.file,
      pg ? String(pg) : "",
      f1(r.pipeline.median),
      f1(r.pipeline.min),
      f1(r.read?.median),
      r.reference?.name ?? "",
      f1(r.reference?.stats.median),
      pg ? f1(r.pipeline.median / pg) : "",
      pg && r.reference ? f1(r.reference.stats.median / pg) : "",
      x2(r.ratio),
      x2(r.pairedRatio),
      r.target ? (r.target.metric === "ms" ? `≤ ${r.target.value} ms` : `≤ ${r.target.value}×`) : "",
      r.target ? (r.pass ? "ok" : "MISS") : "",
    ];
  });
  process.stdout.write(table(head, body));
}

// ───────────────────────── 2. CLI wall time ─────────────────────────

interface CliResult {
  runs: number;
  nodeBaseline: Stats;
  rows: { format: string; file: string; check: Stats; overNodeMs: number; pdftotext?: Stats; vsPdftotext?: number }[];
  pdftotext: boolean;
}

function cliWall(): CliResult {
  process.stdout.write(`\ncli: node -e 0, check × ${CLI_RUNS} per sample …\n`);
  const nodeBaseline = wallMedian(process.execPath, ["-e", "0"], CLI_RUNS);
  const pdftotext = has("pdftotext");
  if (!pdftotext) note("pdftotext is not installed: the pdftotext reference column is empty");
  const rows: CliResult["rows"] = [];
  for (const c of CASES) {
    const path = sample(c.file);
    if (!existsSync(path)) continue;
    // check exits 1 when the report has errors: that is a result, not a failure
    const check = wallMedian(process.execPath, [CLI, "check", path], CLI_RUNS, [0, 1]);
    const row: CliResult["rows"][number] = { format: c.format, file: c.file, check, overNodeMs: check.median - nodeBaseline.median };
    if (c.format === "pdf" && pdftotext) {
      row.pdftotext = wallMedian("pdftotext", ["-layout", path, "/dev/null"], CLI_RUNS);
      row.vsPdftotext = check.median / row.pdftotext.median;
    }
    rows.push(row);
  }
  return { runs: CLI_RUNS, nodeBaseline, rows, pdftotext };
}

function printCli(r: CliResult): void {
  process.stdout.write(`\n2. CLI wall time: \`node dist/cli/main.js check FILE\`, median of ${r.runs} after 1 untimed run; node -e 0 = ${f0(r.nodeBaseline.median)} ms\n`);
  const head = ["format", "file", "check ms", "− node -e 0", "× node -e 0", "pdftotext ms", "× pdftotext"];
  const body = r.rows.map((x) => [
    x.format,
    x.file,
    f0(x.check.median),
    f0(x.overNodeMs),
    x2(x.check.median / r.nodeBaseline.median),
    f0(x.pdftotext?.median),
    x2(x.vsPdftotext),
  ]);
  process.stdout.write(table(head, body));
}

// ───────────────────────── 3. peak RSS, ~50-page PDF ─────────────────────────

interface RssResult {
  skipped?: string;
  file?: string;
  pages?: number;
  sources?: string[];
  /** node -e importing dist/index.js, parseReport(file), process.resourceUsage().maxRSS */
  pipelineMB?: number;
  /** same child, pdfjs getTextContent on every page only (openPdf from dist/read/pdf/load.js) */
  pdfjsTextMB?: number;
  /** node -e 0 (the process baseline) */
  nodeMB?: number;
  /** the CLI `check` under /usr/bin/time -v */
  cliCheckMB?: number;
  pdftotextMB?: number;
  ratioVsPdfjs?: number;
}

const PIPELINE_CHILD = `
import { parseReport } from ${JSON.stringify(pathToFileURL(DIST_INDEX).href)};
const t = performance.now();
const r = await parseReport(process.argv[1]);
console.log(JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS, pages: r.source.pages, facts: r.facts.length, ms: performance.now() - t }));
`;
const PDFJS_CHILD = `
import { readFileSync } from "node:fs";
import { openPdf } from ${JSON.stringify(pathToFileURL(DIST_PDF_LOAD).href)};
const { doc, task } = await openPdf(new Uint8Array(readFileSync(process.argv[1])));
for (let p = 1; p <= doc.numPages; p++) { const page = await doc.getPage(p); await page.getTextContent(); page.cleanup(); }
const pages = doc.numPages;
await task.destroy();
console.log(JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS, pages }));
`;
const NODE_CHILD = `console.log(JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS }));`;

function peakRss(): RssResult {
  process.stdout.write(`\nrss: building a ~50-page PDF …\n`);
  if (!has("qpdf")) {
    note("qpdf is not installed: the ~50-page PDF cannot be built, peak RSS skipped");
    return { skipped: "qpdf not installed" };
  }
  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-rss-"));
  try {
    const out = join(dir, "fifty.pdf");
    // 25 + 23 + 2 = 50 pages of real reports (the last two pages of the LibreOffice one to round it up)
    const parts = [sample("shanghai-putuo-czj-2024.pdf"), sample("shanghai-template-2024.pdf"), sample("lo/changji-czj-2024.lo.pdf")];
    const q = spawnSync("qpdf", ["--empty", "--pages", parts[0]!, parts[1]!, parts[2]!, "1-2", "--", out], { encoding: "utf8" });
    // qpdf exits 3 on warnings, with the file written
    if (!existsSync(out) || (q.status !== 0 && q.status !== 3)) {
      note(`qpdf failed (${q.status}): ${q.stderr.slice(0, 300)}; peak RSS skipped`);
      return { skipped: "qpdf failed" };
    }
    const pages = Number(spawnSync("qpdf", ["--show-npages", out], { encoding: "utf8" }).stdout.trim());
    const res: RssResult = { file: "(temp) putuo 25 + template 23 + lo.pdf pages 1-2", pages, sources: parts.map(rel) };
    const pipe = nodeChild<{ maxRSSKB: number; pages: number }>(PIPELINE_CHILD, [out]);
    res.pipelineMB = pipe.maxRSSKB / 1024;
    res.pdfjsTextMB = nodeChild<{ maxRSSKB: number }>(PDFJS_CHILD, [out]).maxRSSKB / 1024;
    res.nodeMB = nodeChild<{ maxRSSKB: number }>(NODE_CHILD, []).maxRSSKB / 1024;
    res.ratioVsPdfjs = res.pipelineMB / res.pdfjsTextMB;
    if (existsSync("/usr/bin/time")) {
      res.cliCheckMB = timeV(process.execPath, [CLI, "check", out], [0, 1])?.rssMB;
      if (res.cliCheckMB === undefined) note("/usr/bin/time -v on the CLI gave no figure (not GNU time?)");
      if (has("pdftotext")) res.pdftotextMB = timeV("pdftotext", ["-layout", out, "/dev/null"])?.rssMB;
    } else {
      note("/usr/bin/time not found: CLI and pdftotext peak RSS skipped (the node -e children still measured)");
    }
    return res;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printRss(r: RssResult): void {
  process.stdout.write(`\n3. Peak RSS (maxRSS), ${r.skipped ? "skipped: " + r.skipped : `${r.pages}-page PDF ${r.file}`}\n`);
  if (r.skipped) return;
  const body = [
    ["parseReport in `node -e` (dist/index.js)", f0(r.pipelineMB), x2(r.ratioVsPdfjs)],
    ["pdfjs getTextContent only, same child", f0(r.pdfjsTextMB), "1.00×"],
    ["CLI check under /usr/bin/time -v", f0(r.cliCheckMB), x2(r.cliCheckMB && r.pdfjsTextMB ? r.cliCheckMB / r.pdfjsTextMB : undefined)],
    ["node -e 0 (process baseline)", f0(r.nodeMB), x2(r.nodeMB && r.pdfjsTextMB ? r.nodeMB / r.pdfjsTextMB : undefined)],
    ["pdftotext -layout (for the record)", f0(r.pdftotextMB), x2(r.pdftotextMB && r.pdfjsTextMB ? r.pdftotextMB / r.pdfjsTextMB : undefined)],
  ];
  process.stdout.write(table(["process", "peak RSS MB", "× pdfjs only"], body));
}

// ───────────────────────── 4. batch (bench/batch.ts) ─────────────────────────

const BATCH_HEAD = ["jobs", "ok", "failed", "wallS", "filesPerS", "speedUp", "peakRssMB", "rssPerWorkerMB", "workerHeapMB", "dbLoadS"];

interface BatchResult {
  skipped?: string;
  files?: number;
  rows?: Record<string, string>[];
  growth?: { reports: number; jobs: number; ok: number; failed: number; wallS: number; msPerReport: number; peakRssMB: number; rssPerWorkerMB: number; workerHeapMB: number }[];
  output?: string;
}

function batch(): BatchResult {
  if (opt["no-batch"]) return { skipped: "--no-batch" };
  if (!existsSync(join(ROOT, "dist/batch/worker.js"))) {
    note("dist/batch/worker.js missing (run `npm run build`): batch skipped");
    return { skipped: "not built" };
  }
  process.stdout.write(`\nbatch: bench/batch.ts --files ${BATCH_FILES} …\n`);
  process.stdout.write(`batch: growth curve ${GROWTH} reports …\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/batch.ts", "--files", String(BATCH_FILES), "--growth", GROWTH], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    note(`bench/batch.ts failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
    return { skipped: "failed", output: r.stdout + r.stderr };
  }
  // its table: one row per --jobs value, cells without spaces, in BATCH_HEAD order
  const rows = r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((cells) => cells.length === BATCH_HEAD.length && /^\d+$/.test(cells[0]!) && /^\d+$/.test(cells[1]!))
    .map((cells) => Object.fromEntries(BATCH_HEAD.map((h, i) => [h, cells[i]!])));
  // growth lines: growth N jobs ok failed wallS msPerReport peakRssMB rssPerWorkerMB workerHeapMB
  const growth = r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((cells) => cells[0] === "growth" && /^\d+$/.test(cells[1] ?? ""))
    .map((c) => ({ reports: Number(c[1]), jobs: Number(c[2]), ok: Number(c[3]), failed: Number(c[4]), wallS: Number(c[5]), msPerReport: Number(c[6]), peakRssMB: Number(c[7]), rssPerWorkerMB: Number(c[8]), workerHeapMB: Number(c[9]) }));
  return { files: BATCH_FILES, rows, growth, output: r.stdout };
}

function printBatch(b: BatchResult): void {
  process.stdout.write(`\n4. Batch (bench/batch.ts), ${b.skipped ? "skipped: " + b.skipped : `${b.files} files`}\n`);
  if (b.output) process.stdout.write(b.output.replace(/^/gm, "   ").trimEnd() + "\n");
}

// ───────────────────────── 5. HTML review vs check ─────────────────────────

interface ReviewRow {
  format: string;
  file: string;
  check: Stats;
  review: Stats;
  /** review median / check median */
  ratio: number;
  /** median of per-round review / check */
  pairedRatio: number;
  htmlBytes: number;
  target: number;
  pass: boolean;
}

const REVIEW_CASES = [...CASES.filter((c) => !c.file.startsWith("lo/")), { format: "pdf", file: "chongqing-swu-2023.pdf" }];

/** `juesuan review FILE -o tmp.html` against `juesuan check FILE`, spawned alternately, same file: the cost of the page. */
function reviewVsCheck(): ReviewRow[] {
  process.stdout.write(`\nreview: review vs check × ${CLI_RUNS} per sample …\n`);
  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-review-"));
  const rows: ReviewRow[] = [];
  try {
    for (const c of REVIEW_CASES) {
      const path = sample(c.file);
      if (!existsSync(path)) continue;
      const html = join(dir, "review.html");
      const check = () => wall(process.execPath, [CLI, "check", path], [0, 1]);
      const review = () => wall(process.execPath, [CLI, "review", path, "-o", html], [0]);
      check();
      review();
      const tc: number[] = [];
      const tr: number[] = [];
      for (let i = 0; i < CLI_RUNS; i++) {
        tc.push(check());
        tr.push(review());
      }
      const cs = stats(tc);
      const rs = stats(tr);
      const ratio = rs.median / cs.median;
      rows.push({ format: c.format, file: c.file, check: cs, review: rs, ratio, pairedRatio: median(tr.map((t, i) => t / tc[i]!)), htmlBytes: readFileSync(html).length, target: 1.3, pass: ratio <= 1.3 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function printReview(rows: ReviewRow[]): void {
  process.stdout.write(`\n5. HTML review: \`review FILE -o F.html\` vs \`check FILE\` (CLI wall time, median of ${CLI_RUNS}, alternated)\n`);
  const body = rows.map((r) => [r.format, r.file, f0(r.check.median), f0(r.review.median), x2(r.ratio), x2(r.pairedRatio), `${(r.htmlBytes / 1024 / 1024).toFixed(1)} MB`, `≤ ${r.target}×`, r.pass ? "ok" : "MISS"]);
  process.stdout.write(table(["format", "file", "check ms", "review ms", "ratio", "paired", "page size", "target", ""], body));
}


// ───────────────────────── 6. issue 12: whole-process targets ─────────────────────────

interface Goal {
  /** Short id (also in `targets`). */
  id: string;
  what: string;
  subject?: string;
  reference?: string;
  subjectMs?: number;
  referenceMs?: number;
  /** subject ÷ reference (medians), or the figure the target is about. */
  ratio?: number;
  /** Median of the per-round ratios, when rounds were paired. */
  paired?: number;
  target: { op: "≤" | "≥"; value: number };
  pass?: boolean;
  /** More figures for the record (peak RSS, pages …). */
  extra?: string;
  skipped?: string;
}

const judge = (g: Goal): Goal => ({ ...g, pass: g.ratio === undefined ? undefined : g.target.op === "≤" ? g.ratio <= g.target.value : g.ratio >= g.target.value });

/** Spawn two commands alternately `runs` times (after one untimed run of each): medians and paired ratio. */
function pairedWall(a: [string, string[]], b: [string, string[]], runs: number, okA = [0], okB = [0]): { a: Stats; b: Stats; paired: number } {
  wall(a[0], a[1], okA);
  wall(b[0], b[1], okB);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(wall(a[0], a[1], okA));
    tb.push(wall(b[0], b[1], okB));
  }
  return { a: stats(ta), b: stats(tb), paired: median(ta.map((t, i) => t / tb[i]!)) };
}

/** `node --input-type=module -e script args…` as a command for wall(). */
const nodeScript = (script: string, args: string[]): [string, string[]] => [process.execPath, ["--input-type=module", "-e", script, ...args]];

function startupGoal(): Goal {
  const txt = sample("changji-czj-2024.txt");
  const runs = Math.max(CLI_RUNS, 7);
  process.stdout.write(`targets: check .txt vs node -e 0 × ${runs} …\n`);
  const w = pairedWall([process.execPath, [CLI, "check", txt]], [process.execPath, ["-e", "0"]], runs, [0, 1]);
  return judge({ id: "cli-start-txt", what: "CLI start-up: check a .txt, whole process", subject: "check changji-czj-2024.txt", reference: "node -e 0", subjectMs: w.a.median, referenceMs: w.b.median, ratio: w.a.median / w.b.median, paired: w.paired, target: { op: "≤", value: 2 } });
}

function pdfWholeGoal(): Goal {
  const pdf = sample("shanghai-putuo-czj-2024.pdf");
  process.stdout.write(`targets: check PDF vs pdfjs getTextContent child × ${CLI_RUNS} …\n`);
  const w = pairedWall([process.execPath, [CLI, "check", pdf]], nodeScript(PDFJS_CHILD, [pdf]), CLI_RUNS, [0, 1]);
  return judge({ id: "cli-pdf", what: "PDF, whole process: check vs a bare pdf.js getTextContent pass", subject: "check shanghai-putuo-czj-2024.pdf", reference: "node: openPdf + getTextContent, every page", subjectMs: w.a.median, referenceMs: w.b.median, ratio: w.a.median / w.b.median, paired: w.paired, target: { op: "≤", value: 1.2 } });
}

interface LongPdf {
  pages: number;
  bytes: number;
  /** parse ms (in the child, import excluded) per round */
  longMs: number[];
  shortMs: number[];
  shortPages: number;
  longRssMB: number;
  shortRssMB: number;
  /** What the same pages cost parsed as their own PDFs (ms, per round). */
  partsMs?: number[];
  pdfjsRssMB?: number;
}

/** The PDFs scripts/make-long-pdf.sh takes pages from, in its order. */
const LONG_SOURCES = ["shanghai-putuo-czj-2024.pdf", "shanghai-template-2024.pdf", "chongqing-swu-2023.pdf", "lo/changji-czj-2024.lo.pdf"];

function longPdfGoal(): { goal: Goal; long?: LongPdf } {
  const base: Goal = { id: "long-pdf", what: `${LONG_PAGES}-page PDF: parse time per page ÷ the same pages parsed as their own PDFs`, target: { op: "≤", value: 1 } };
  if (opt["no-long"]) return { goal: { ...base, skipped: "--no-long" } };
  if (!has("qpdf")) {
    note("qpdf is not installed: the long PDF (scripts/make-long-pdf.sh) cannot be built, skipped");
    return { goal: { ...base, skipped: "qpdf not installed" } };
  }
  const dir = mkdtempSync(join(tmpdir(), "juesuan-bench-long-"));
  try {
    const out = join(dir, "long.pdf");
    const mk = spawnSync("bash", [join(ROOT, "scripts/make-long-pdf.sh"), out, String(LONG_PAGES)], { encoding: "utf8" });
    if (mk.status !== 0 || !existsSync(out)) {
      note(`scripts/make-long-pdf.sh failed (${mk.status}): ${mk.stderr.slice(0, 300)}`);
      return { goal: { ...base, skipped: "make-long-pdf failed" } };
    }
    // the pages come from these PDFs (scripts/make-long-pdf.sh takes them in turn, the last one cut): the reference
    // is what the same pages cost parsed as their own PDFs, page for page (the sources differ a lot in cost per page)
    const sources = LONG_SOURCES.map(sample);
    const short = sources[0]!;
    process.stdout.write(`targets: ${LONG_PAGES}-page PDF vs its ${sources.length} source PDFs, parseReport in a fresh child × ${LONG_RUNS} …\n`);
    const l: LongPdf = { pages: 0, bytes: readFileSync(out).length, longMs: [], shortMs: [], shortPages: 0, longRssMB: 0, shortRssMB: 0, partsMs: [] };
    type Child = { maxRSSKB: number; pages: number; ms: number };
    for (let i = 0; i < LONG_RUNS; i++) {
      const a = nodeChild<Child>(PIPELINE_CHILD, [out]);
      const parts = sources.map((f) => nodeChild<Child>(PIPELINE_CHILD, [f]));
      l.pages = a.pages;
      l.longMs.push(a.ms);
      l.longRssMB = Math.max(l.longRssMB, a.maxRSSKB / 1024);
      l.shortPages = parts[0]!.pages;
      l.shortMs.push(parts[0]!.ms);
      l.shortRssMB = Math.max(l.shortRssMB, parts[0]!.maxRSSKB / 1024);
      // the same page mix: sources in turn until the long PDF's page count, the last one cut (ms pro rata)
      let left = a.pages;
      let ms = 0;
      for (let k = 0; left > 0; k++) {
        const part = parts[k % parts.length]!;
        const take = Math.min(left, part.pages);
        ms += (part.ms * take) / part.pages;
        left -= take;
      }
      l.partsMs!.push(ms);
    }
    l.pdfjsRssMB = nodeChild<{ maxRSSKB: number }>(PDFJS_CHILD, [out]).maxRSSKB / 1024;
    const perPage = (ms: number[], pages: number) => median(ms) / pages;
    const ratio = median(l.longMs) / median(l.partsMs!);
    return {
      goal: judge({
        ...base,
        subject: `parseReport, ${l.pages} pages (${(l.bytes / 2 ** 20).toFixed(1)} MB)`,
        reference: `the same pages as their own PDFs (${LONG_SOURCES.length} sources)`,
        subjectMs: median(l.longMs),
        referenceMs: median(l.partsMs!),
        ratio,
        paired: median(l.longMs.map((t, i) => t / l.partsMs![i]!)),
        extra: `${f1(perPage(l.longMs, l.pages))} ms/page vs ${f1(perPage(l.partsMs!, l.pages))} ms/page for the same pages as their own PDFs (the 25-page putuo PDF alone: ${f1(perPage(l.shortMs, l.shortPages))} ms/page); peak RSS ${f0(l.longRssMB)} MB (putuo, 25 pages: ${f0(l.shortRssMB)} MB; pdfjs text only, ${l.pages} pages: ${f0(l.pdfjsRssMB)} MB)`,
      }),
      long: l,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function batchGoals(b: BatchResult): Goal[] {
  const speed: Goal = { id: "batch-jobs2", what: "batch: files/s with --jobs 2 ÷ --jobs 1 (same corpus, same run)", target: { op: "≥", value: 1.7 } };
  const flat: Goal = { id: "batch-growth-time", what: "batch growth: ms per report at the largest size ÷ at the one before", target: { op: "≤", value: 1.2 } };
  const mem: Goal = { id: "batch-growth-rss", what: "batch growth: peak RSS at the largest size ÷ at the one before", target: { op: "≤", value: 1.5 } };
  if (b.skipped) return [speed, flat, mem].map((g) => ({ ...g, skipped: b.skipped }));
  const out: Goal[] = [];
  const r1 = b.rows?.find((r) => r.jobs === "1");
  const r2 = b.rows?.find((r) => r.jobs === "2");
  if (r1 && r2) {
    out.push(judge({ ...speed, subject: `--jobs 2: ${r2.filesPerS} files/s`, reference: `--jobs 1: ${r1.filesPerS} files/s`, subjectMs: (Number(r2.wallS) * 1000) / BATCH_FILES, referenceMs: (Number(r1.wallS) * 1000) / BATCH_FILES, ratio: Number(r2.filesPerS) / Number(r1.filesPerS), extra: `ms = wall per file; peak RSS ${r2.peakRssMB} MB, per worker ${r2.rssPerWorkerMB} MB (jobs 1: ${r1.rssPerWorkerMB} MB); worker heap ${r2.workerHeapMB} MB` }));
  } else out.push({ ...speed, skipped: "no jobs 1/2 rows" });
  const g = b.growth ?? [];
  if (g.length >= 2) {
    const [p, q] = [g[g.length - 2]!, g[g.length - 1]!];
    const curve = g.map((x) => `${x.reports}: ${f1(x.msPerReport)} ms/report, ${f0(x.peakRssMB)} MB`).join("; ");
    out.push(judge({ ...flat, subject: `${q.reports} reports`, reference: `${p.reports} reports`, subjectMs: q.msPerReport, referenceMs: p.msPerReport, ratio: q.msPerReport / p.msPerReport, extra: curve }));
    out.push(judge({ ...mem, subject: `${q.reports} reports: ${f0(q.peakRssMB)} MB`, reference: `${p.reports} reports: ${f0(p.peakRssMB)} MB`, ratio: q.peakRssMB / p.peakRssMB, extra: `per worker ${q.rssPerWorkerMB} vs ${p.rssPerWorkerMB} MB` }));
  } else out.push({ ...flat, skipped: "no growth curve" }, { ...mem, skipped: "no growth curve" });
  return out;
}

function printGoals(goals: Goal[]): void {
  process.stdout.write(`\n6. Issue 12 targets (whole process unless stated; subject and reference alternated in the same run)\n`);
  const body = goals.map((g) => [g.id, g.subject ?? g.what, g.reference ?? "", f0(g.subjectMs), f0(g.referenceMs), x2(g.ratio), x2(g.paired), `${g.target.op} ${g.target.value}×`, g.skipped ? `skipped: ${g.skipped}` : g.pass === undefined ? "" : g.pass ? "ok" : "MISS"]);
  process.stdout.write(table(["target", "subject", "reference", "subj ms", "ref ms", "ratio", "paired", "target", ""], body));
  for (const g of goals) if (g.extra) process.stdout.write(`  ${g.id}: ${g.extra}\n`);
}

// ───────────────────────────── main ─────────────────────────────

const loadAvgStart = loadavg().map((x) => Math.round(x * 100) / 100);

async function main(): Promise<void> {
  const started = performance.now();
  const distOk = existsSync(CLI) && existsSync(DIST_INDEX);
  if (!distOk) note("dist/ not built: run `npm run build` first; CLI, RSS and batch sections skipped");
  process.stdout.write(`juesuan bench${QUICK ? " (quick)" : ""}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load ${loadAvgStart.join(" ")}\n`);
  if (loadAvgStart[0]! > cpus().length * 0.75) note(`load average ${loadAvgStart[0]} on ${cpus().length} CPUs: absolute times are inflated; the interleaved ratios hold up better`);

  const inproc = want(1) ? await inProcess() : [];
  const cli = distOk && want(2) ? cliWall() : undefined;
  const rss = distOk && want(3) ? peakRss() : { skipped: distOk ? "--only" : "dist not built" };
  const bat = distOk && (want(4) || want(6)) ? batch() : { skipped: distOk ? "--only" : "dist not built" };
  const review = distOk && want(5) ? reviewVsCheck() : [];
  const long = distOk && want(6) ? longPdfGoal() : undefined;
  const goals: Goal[] = distOk && want(6) ? [startupGoal(), pdfWholeGoal(), ...(long ? [long.goal] : []), ...batchGoals(bat)] : [];

  if (inproc.length) printInProcess(inproc);
  if (cli) printCli(cli);
  if (want(3)) printRss(rss);
  if (want(4) || want(6)) printBatch(bat);
  if (review.length) printReview(review);
  if (goals.length) printGoals(goals);

  const targets = [
    ...inproc.filter((r) => r.target).map((r) => ({ format: r.format, file: r.file, target: r.target, pass: r.pass, value: r.target!.metric === "ms" ? r.pipeline.median : r.ratio })),
    ...review.map((r) => ({ format: `review-${r.format}`, file: r.file, target: { metric: "ratio" as const, value: r.target }, pass: r.pass, value: r.ratio })),
    ...goals.filter((g) => !g.skipped && g.pass !== undefined).map((g) => ({ format: g.id, file: g.subject ?? g.what, target: { metric: (g.target.op === "≥" ? "ratio-min" : "ratio") as "ratio" | "ratio-min", value: g.target.value }, pass: g.pass, value: g.ratio })),
  ];
  const misses = targets.filter((t) => !t.pass);
  process.stdout.write(
    `\ntargets: ${targets.length - misses.length}/${targets.length} met` +
      (misses.length ? ` — missed: ${misses.map((m) => `${m.format === "txt" || m.format === "docx" || m.format === "pdf" || m.format.startsWith("review-") ? m.file : m.format} ${m.target!.metric === "ms" ? f1(m.value) + " ms" : x2(m.value)}`).join(", ")}` : "") +
      "\n",
  );
  const totalS = (performance.now() - started) / 1000;
  const result = {
    generatedAt: new Date().toISOString(),
    durationS: Math.round(totalS),
    env: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memGB: Math.round(totalmem() / 2 ** 30),
      loadAvgStart,
      loadAvgEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      commit: git(["rev-parse", "--short", "HEAD"]),
      dirty: (git(["status", "--porcelain", "--", "src"]) ?? "") !== "",
    },
    options: { quick: QUICK, runs: RUNS, warmups: WARM, cliRuns: CLI_RUNS, batchFiles: opt["no-batch"] ? 0 : BATCH_FILES, growth: opt["no-batch"] ? "" : GROWTH, longPages: opt["no-long"] ? 0 : LONG_PAGES },
    units: { time: "ms (median unless stated)", rss: "MB (MiB)", ratio: "subject median / reference median, same process or run" },
    inProcess: inproc,
    targets,
    cli: cli ?? { skipped: "dist not built" },
    rss,
    batch: { ...bat, output: undefined },
    review: distOk ? review : { skipped: "dist not built" },
    goals,
    longPdf: long?.long,
    notes,
  };
  writeFileSync(opt.out!, JSON.stringify(result, null, 2) + "\n");
  process.stdout.write(`wrote ${rel(opt.out!)} (${totalS.toFixed(0)} s)\n`);
}

await main();
