/** Worker-thread entry: loads the layout families once, then converts the files the pool sends. */
import { parentPort, workerData } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { loadFamilies } from "../layout/family.js";
import { convertBytes } from "./convert.js";
import type { TaskMessage, ResultMessage } from "./pool.js";

const families = loadFamilies((workerData as { familiesDir?: string } | undefined)?.familiesDir);
let heapPeak = 0;

parentPort?.on("message", async (msg: TaskMessage) => {
  const result = await convertBytes(msg.bytes, msg.file, families);
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  const reply: ResultMessage = { id: msg.id, result, heapPeak, maxRss: process.resourceUsage().maxRSS * 1024 };
  parentPort!.postMessage(reply);
});
