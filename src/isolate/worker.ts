/**
 * Worker-thread entry for one isolated parse (src/isolate/index.ts): parses the file it is sent, reports progress
 * (each PDF page, then "read") so the parent's watchdog can stop a blocked page, and sends back the report or the
 * error. The parent terminates the worker afterwards.
 */
import { parentPort } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { parseReportWithDoc } from "../pipeline.js";
import { ReadError } from "../read/errors.js";
import type { WorkerMessage, WorkerTask } from "./index.js";
import { currentThreadId } from "./thread-cpu.js";

const heapMb = () => getHeapStatistics().used_heap_size / 1024 / 1024;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

// the parent measures this thread's CPU time per page
post({ type: "thread", ...(currentThreadId() !== undefined ? { tid: currentThreadId()! } : {}), heapMb: heapMb() });

parentPort?.once("message", async (task: WorkerTask) => {
  try {
    const source = task.path !== undefined ? { path: task.path } : { bytes: task.bytes!, ...(task.name !== undefined ? { name: task.name } : {}) };
    const { report, doc } = await parseReportWithDoc({ ...source, onProgress: (progress) => post({ type: "progress", progress, heapMb: heapMb() }) }, task.options);
    post({ type: "result", report, ...(task.withDoc ? { doc } : {}), heapMb: heapMb() });
  } catch (e) {
    const err = e as Error;
    post({
      type: "error",
      code: e instanceof ReadError ? e.code : "internal",
      message: err?.message ?? String(e),
      ...(err?.stack ? { stack: err.stack } : {}),
      heapMb: heapMb(),
    });
  }
});
