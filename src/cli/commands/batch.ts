import { availableParallelism } from "node:os";
import type { ProgressMode } from "../../batch/progress.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";
import { StorageError } from "../../output/db/errors.js";

export const batchCommand: Command = {
  name: "batch",
  usage: "juesuan batch PATH… --out DIR --db FILE|postgres://… [--shard i/n] [--jobs N] [--timeout S] [--max-heap MB] [--force] [--quiet] [--json]",
  description: "convert every report under PATHs: JSON + facts NDJSON per file, loaded into SQLite (default) or PostgreSQL",
  options: {
    out: { type: "string" },
    db: { type: "string" },
    jobs: { type: "string" },
    shard: { type: "string" },
    force: { type: "boolean" },
    quiet: { type: "boolean" },
    json: { type: "boolean" },
    timeout: { type: "string" },
    "max-heap": { type: "string" },
    families: { type: "string" },
  },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError("no PATH given");
    const out = values.out;
    const dbFile = values.db;
    if (typeof out !== "string" || !out) throw new UsageError("--out DIR is required");
    if (typeof dbFile !== "string" || !dbFile) throw new UsageError("--db FILE (or a postgres:// URL) is required");
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number ≥ 0 (0 = no worker threads), got ${String(values.jobs)}`);
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && !(timeout >= 0)) throw new UsageError(`--timeout must be seconds ≥ 0 (0 = no limit), got ${String(values.timeout)}`);
    const maxHeap = values["max-heap"] === undefined ? undefined : Number(values["max-heap"]);
    if (maxHeap !== undefined && !(Number.isInteger(maxHeap) && maxHeap >= 64)) throw new UsageError(`--max-heap must be megabytes ≥ 64, got ${String(values["max-heap"])}`);
    const [{ runBatch }, { createProgress }, { renderSummary }, { parseShard }] = await Promise.all([
      import("../../batch/run.js"),
      import("../../batch/progress.js"),
      import("../../batch/summary.js"),
      import("../../batch/shard.js"),
    ]);
    let shard;
    if (typeof values.shard === "string") {
      try {
        shard = parseShard(values.shard);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
    const mode: ProgressMode = values.json ? "json" : values.quiet || !process.stderr.isTTY ? "lines" : "bar";
    const progress = createProgress(mode);

    const stop = new AbortController();
    const stopNow = new AbortController();
    const onSigint = () => {
      if (!stop.signal.aborted) {
        stop.abort();
        progress.note("正在停止：不再分派新文件，等待进行中的文件完成（再按 Ctrl-C 立即停止）…");
      } else {
        stopNow.abort();
        progress.note("立即停止：进行中的文件不入库；数据库保持一致，再次运行即可续跑。");
      }
    };
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigint);
    try {
      const result = await runBatch({
        paths: positionals,
        outDir: out,
        dbFile,
        jobs,
        inProcess: jobs === 0,
        force: Boolean(values.force),
        progress,
        stop: stop.signal,
        stopNow: stopNow.signal,
        ...(shard ? { shard } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
        ...(maxHeap !== undefined ? { maxHeapMb: maxHeap } : {}),
        ...(typeof values.families === "string" ? { familiesDir: values.families } : {}),
      });
      if (values.json) await writeOut(JSON.stringify({ type: "summary", ...result.summary }) + "\n");
      else await writeOut(renderSummary(result.summary));
      if (result.summary.stoppedBy) process.stderr.write(`juesuan batch: ${result.summary.stoppedBy.message}\n`);
      if (result.summaryFileError) process.stderr.write(`juesuan batch: ${result.summaryFileError}\n`);
      return result.exitCode;
    } catch (e) {
      // the output folder or the database cannot be used at all: say which, before anything ran
      if (e instanceof StorageError) throw new UsageError(e.message);
      throw e;
    } finally {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
    }
  },
};
