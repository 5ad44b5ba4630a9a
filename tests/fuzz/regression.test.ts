/**
 * Every input fuzzing ever found (samples/fuzz, README there) finishes within the budget with a clear result, as
 * `juesuan check` runs it: under 10 s of CPU of the parsing thread (on a machine with cores to spare that is under
 * 10 s by the clock; a loaded machine stretches the clock, not the work), bounded memory, exit 0/1/2 with at most
 * one line on stderr.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js";
import { parseIsolated } from "../../src/isolate/index.js";
import { runInput } from "./run.js";

const DIR = "samples/fuzz";
const FILES = readdirSync(DIR).filter((f) => !f.endsWith(".md"));
const CLI = "dist/cli/main.js";

beforeAll(async () => {
  await ensureDist(); // built once per run, rebuilt only when a source is newer
}, 120_000);

/** Peak growth of this process's resident memory (the worker thread is part of it) while `f` runs. */
async function withPeakRss<T>(f: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  const rss0 = process.memoryUsage.rss();
  let peak = rss0;
  const poll = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    return { value: await f(), peakMb: (peak - rss0) / 1024 / 1024 };
  } finally {
    clearInterval(poll);
  }
}

describe.each(FILES)("samples/fuzz/%s", (file) => {
  it("finishes with a clear result in under 10 s of CPU and bounded memory", async () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/${file}`));
    const { value: o, peakMb } = await withPeakRss(() => runInput(bytes, file, undefined));
    expect(o.verdict, o.message).toBe("ok");
    expect(o.cpuMs ?? o.ms).toBeLessThan(10_000);
    expect(peakMb).toBeLessThan(2048);
  }, 120_000);
  it("through the CLI: exit 0, 1 or 2, and never a stack trace", () => {
    const r = spawnSync(process.execPath, [CLI, "check", `${DIR}/${file}`], { encoding: "utf8", timeout: 110_000, maxBuffer: 1 << 26 });
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled|Error:/);
    expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(1);
  }, 120_000);
});

describe("the four representatives of ../shared/fuzz", () => {
  it("a truncated document.xml: its sound beginning is read and marked damaged", async () => {
    const { report } = await parseIsolated({ path: `${DIR}/docx-truncated-xml-hang.docx` });
    expect(report.damaged).toBe(true);
    expect(report.warnings[0]!.message).toMatch(/^word\/document\.xml 已损坏（不是格式正确的 XML/);
    expect(report.facts.length).toBeGreaterThan(400);
  }, 60_000);
  it("bit flips in document.xml: the same", async () => {
    const { report } = await parseIsolated({ path: `${DIR}/docx-mutated-hang.docx` });
    expect(report.damaged).toBe(true);
    expect(report.facts.length).toBeGreaterThan(300);
  }, 60_000);
  it("the xref that made pdf.js reject promises nobody awaited: every fact, damaged, no crash", async () => {
    const { report } = await parseIsolated({ path: `${DIR}/pdf-mutated-unhandled-rejection.pdf` });
    // every fact of the undamaged rendering it was cut from
    const { report: clean } = await parseIsolated({ path: "samples/lo/changji-czj-2024.lo.pdf" });
    expect(clean.facts.length).toBeGreaterThan(600);
    expect(report.facts).toHaveLength(clean.facts.length);
    expect(report.damaged).toBe(true);
    expect(report.warnings.some((w) => /PDF 的(文档结构|交叉引用表)已损坏/.test(w.message))).toBe(true);
  }, 60_000);
  it("the damaged font that blocks pdf.js: stopped by the page budget, naming the page", async () => {
    const e = await parseIsolated({ path: `${DIR}/pdf-mutated-hang.pdf` }).then(() => undefined, (x: unknown) => x);
    expect(e).toMatchObject({ code: "timeout", message: expect.stringMatching(/^第 \d+ 页用了超过 5 秒的 CPU 时间仍未读完/) });
  }, 120_000);
});
