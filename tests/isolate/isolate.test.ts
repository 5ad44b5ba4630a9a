/**
 * Isolated parsing (src/isolate): the same report as in-process, and each budget stops the parse with a one-line
 * ReadError. Uses the compiled worker (dist/isolate/worker.js), built once per run (tests/helpers/dist.ts), as the CLI tests do.
 */
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js";
import { isolateWorkerUrl, parseIsolated } from "../../src/isolate/index.js";
import { parseReport } from "../../src/pipeline.js";
import { ReadError } from "../../src/read/errors.js";

const CLI = "dist/cli/main.js";
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  await ensureDist(); // built once per run, rebuilt only when a source is newer
}, 120_000);

async function failure(p: Promise<unknown>): Promise<ReadError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  if (!(e instanceof ReadError)) throw new Error(`expected a ReadError, got ${String(e)}`);
  return e;
}

describe("parseIsolated", () => {
  it("runs in a worker and gives the same report as the pipeline in this thread", async () => {
    expect(isolateWorkerUrl()).toBeDefined();
    const r = await parseIsolated({ path: "samples/changji-czj-2024.txt" }, { withDoc: true });
    expect(r.stats.isolated).toBe(true);
    const here = await parseReport("samples/changji-czj-2024.txt");
    expect(JSON.parse(JSON.stringify(r.report))).toEqual(JSON.parse(JSON.stringify(here)));
    expect(r.doc?.blocks.length).toBeGreaterThan(100);
    expect(r.stats.heapPeakMb).toBeGreaterThan(0);
  });
  it("passes the reader's errors through with their code", async () => {
    expect((await failure(parseIsolated({ path: "samples/bad/empty.txt" }))).code).toBe("empty");
    expect((await failure(parseIsolated({ bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]), name: "x.pdf" }))).code).toBe("corrupt");
  });
  it("a page over its CPU budget stops the parse: timeout, naming the page", async () => {
    const e = await failure(parseIsolated({ path: "samples/lo/changji-czj-2024.lo.pdf" }, { budget: { pageTimeoutMs: 1 } }));
    expect(e.code).toBe("timeout");
    expect(e.message).toMatch(/^(第 \d+ 页|打开文件)用了超过 0 秒的 CPU 时间仍未读完.*--page-timeout/);
  });
  it("a file over its wall-clock budget stops the parse: timeout", async () => {
    const e = await failure(parseIsolated({ path: "samples/shanghai-putuo-czj-2024.pdf" }, { budget: { timeoutMs: 300 } }));
    expect(e).toMatchObject({ code: "timeout", message: expect.stringMatching(/^0\.3 秒内未处理完，已停止（--timeout 可调整）$/) });
  });
  it("a parse over the heap ceiling stops: too-large, and this process lives on", async () => {
    const e = await failure(parseIsolated({ path: "samples/shanghai-putuo-czj-2024.pdf" }, { budget: { maxMemoryMb: 24 } }));
    expect(e).toMatchObject({ code: "too-large", message: expect.stringMatching(/^处理此文件需要超过 24 MB 内存，已停止（--max-memory 可调整）$/) });
  });
});

describe("the CLI's budget flags", () => {
  it("--timeout stops a parse with exit 2 and one line", () => {
    const r = run("facts", "samples/shanghai-putuo-czj-2024.pdf", "--timeout", "0.3");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^juesuan facts: samples\/shanghai-putuo-czj-2024\.pdf: 0\.3 秒内未处理完，已停止（--timeout 可调整） \[timeout\]\n$/);
  });
  it("--max-memory and --page-timeout are checked", () => {
    const r = run("check", "samples/changji-czj-2024.txt", "--max-memory", "lots");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^juesuan check: --max-memory 须为不小于 64 的整数（MB），得到 lots\n/);
    expect(run("check", "samples/changji-czj-2024.txt", "--page-timeout", "30", "--max-memory", "1024").status).toBe(0);
  });
});
