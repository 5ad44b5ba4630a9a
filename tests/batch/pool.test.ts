/**
 * Isolation inside the batch pool: a file that blocks its thread, grows the heap without bound or kills its
 * worker fails alone (timeout, too-large, worker-crashed), its worker is replaced, and the files after it
 * are converted. Uses a worker script that misbehaves on purpose (fixtures/misbehaving-worker.mjs).
 */
import { describe, expect, it } from "vitest";
import { createExecutor } from "../../src/batch/pool.js";
import { DEFAULT_BUDGET, defaultTimeoutMs } from "../../src/isolate/budget.js";

const WORKER = new URL("./fixtures/misbehaving-worker.mjs", import.meta.url);
const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe("batch pool isolation", () => {
  it("hang, heap blow-up, exit and throw each fail one file; the pool replaces the worker and goes on", async () => {
    // 400 ms per byte: the 4-byte HANG gets 1.6 s, the others (padded to 100 bytes) 40 s
    const pool = createExecutor({ jobs: 2, workerUrl: WORKER, timeoutMs: (n) => n * 400, maxMemoryMb: 64 });
    try {
      const files = ["ok1", "HANG", "ok2", "OOM", "ok3", "EXIT", "ok4", "THROW", "ok5"];
      const t0 = performance.now();
      const results = await Promise.all(files.map((f) => pool.run(f, bytes(f === "HANG" ? f : f.padEnd(100)))));
      const codes = results.map((r) => (r.result.ok ? "ok" : r.result.code));
      expect(codes).toEqual(["test", "timeout", "test", "too-large", "test", "worker-crashed", "test", "worker-crashed", "test"]);
      const msg = (i: number) => (results[i].result as { message: string }).message;
      expect(msg(1)).toBe("1.6 秒内未处理完，已停止（--timeout 可调整）");
      expect(msg(3)).toBe("处理此文件需要超过 64 MB 内存，已停止（--max-memory 可调整）");
      expect(msg(5)).toBe("处理线程意外退出（退出码 3）");
      expect(msg(7)).toMatch(/^处理线程崩溃：worker blew up/);
      expect(performance.now() - t0).toBeLessThan(60_000);
    } finally {
      await pool.terminate();
    }
  }, 120_000);

  it("the wall-clock budget is per file and by default grows with its size", async () => {
    expect(defaultTimeoutMs(0)).toBe(120_000);
    expect(defaultTimeoutMs(3.7 * 1024 * 1024)).toBe(194_000); // the largest sample report (25-page PDF, ~10 s under load)
    expect(DEFAULT_BUDGET.maxMemoryMb).toBe(2048);
    expect(DEFAULT_BUDGET.pageTimeoutMs).toBe(5000);
    // a budget of 20 ms per byte: a short hanging file times out soon, a slow long one finishes
    const pool = createExecutor({ jobs: 1, workerUrl: WORKER, timeoutMs: (n) => n * 20 });
    try {
      const slow = "SLEEP 300" + " ".repeat(40); // 49 bytes → 980 ms
      const [a, b] = await Promise.all([pool.run("hang", bytes("HANG")), pool.run("slow", bytes(slow))]);
      expect(a.result).toMatchObject({ ok: false, code: "timeout", message: "0.08 秒内未处理完，已停止（--timeout 可调整）" });
      expect(b.result).toMatchObject({ code: "test" });
    } finally {
      await pool.terminate();
    }
  }, 60_000);

  it("a page that blocks its thread is stopped by its CPU budget (the single-file commands' page watchdog), long before the file's budget", async () => {
    const pool = createExecutor({ jobs: 1, workerUrl: WORKER, timeoutMs: 60_000, pageTimeoutMs: 300 });
    try {
      const t0 = performance.now();
      const [a, b] = await Promise.all([pool.run("page", bytes("PAGEHANG")), pool.run("next", bytes("ok"))]);
      expect(a.result).toMatchObject({ ok: false, code: "timeout", message: "第 1 页用了超过 0.3 秒的 CPU 时间仍未读完（可能是损坏的字体或数据流），已停止（--page-timeout 可调整）" });
      expect(b.result).toMatchObject({ code: "test" });
      expect(performance.now() - t0).toBeLessThan(20_000);
    } finally {
      await pool.terminate();
    }
  }, 60_000);
});
