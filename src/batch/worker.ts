/**
 * Worker-thread entry: loads the layout families once, then converts the files the pool sends. With a
 * sink, it also writes the report's files and loads it into the database over its own connection (one
 * transaction per report), and sends back only what the summary needs, so the main thread stays free.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { loadFamilies } from "../layout/family.js";
import { convertBytes, type ConvertResult } from "./convert.js";
import type { TaskMessage, ResultMessage, Sink, WorkerNote } from "./pool.js";
import { currentThreadId } from "../isolate/thread-cpu.js";
import type { Report } from "../model/report.js";
import type { ReportStore } from "../output/db/store.js";
import { dbError } from "../output/db/errors.js";
import { parseDbTarget } from "../output/db/target.js";
import { sinkReport } from "./sink.js";

const data = (workerData ?? {}) as { familiesDir?: string; sink?: Sink };
const families = loadFamilies(data.familiesDir);
let heapPeak = 0;
let store: Promise<ReportStore> | undefined;

/** What the main thread needs of a report it does not load itself: the summary and the error findings. */
function slim(r: Report): Report {
  return { ...r, outline: [], tables: [], facts: [], warnings: [], records: { yoy: [], budgets: [], items: [], forms: [], lists: [] }, findings: r.findings.filter((f) => f.severity === "error") };
}

async function sinkResult(result: ConvertResult, file: string, name: string, sink: Sink): Promise<ConvertResult> {
  if (!result.ok) return result;
  let db: ReportStore;
  try {
    store ??= import("../output/db/store.js").then((m) => m.openStore(sink.db));
    db = await store;
  } catch (e) {
    store = undefined;
    const se = dbError(e, parseDbTarget(sink.db).label);
    return { ok: false, code: se.code, message: se.message, ms: result.ms, fatal: se.fatal };
  }
  const s = await sinkReport(db, sink.outDir, name, file, result, sink.replace ? "replace" : "load");
  if (!s.ok) return { ok: false, code: s.code, message: s.message, ms: result.ms, fatal: s.fatal };
  const { texts: _texts, ...rest } = result;
  void _texts;
  return { ...rest, report: slim(result.report), sunk: { writeMs: s.writeMs, dbMs: s.dbMs, action: s.action } };
}

const note = (m: WorkerNote) => parentPort!.postMessage(m);
// the pool's page watchdog measures this thread's CPU time (src/isolate/budget.ts)
if (parentPort) note({ type: "thread", ...(currentThreadId() !== undefined ? { tid: currentThreadId()! } : {}) });

parentPort?.on("message", async (msg: TaskMessage) => {
  let result = await convertBytes(msg.bytes, msg.file, families, (progress) => note({ type: "progress", id: msg.id, progress }));
  if (data.sink && msg.name !== undefined) result = await sinkResult(result, msg.file, msg.name, data.sink);
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  const reply: ResultMessage = { id: msg.id, result, heapPeak, maxRss: process.resourceUsage().maxRSS * 1024 };
  parentPort!.postMessage(reply);
});
