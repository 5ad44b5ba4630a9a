import { availableParallelism } from "node:os";
import type { ProgressMode } from "../../batch/progress.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";

export const batchCommand: Command = {
  name: "batch",
  usage: "juesuan batch PATH… --out DIR --db FILE [--jobs N] [--force] [--quiet] [--json]",
  description: "convert every report under PATHs: JSON + facts NDJSON per file, loaded into a SQLite database",
  options: {
    out: { type: "string" },
    db: { type: "string" },
    jobs: { type: "string" },
    force: { type: "boolean" },
    quiet: { type: "boolean" },
    json: { type: "boolean" },
    timeout: { type: "string" },
    families: { type: "string" },
  },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError("no PATH given");
    const out = values.out;
    const dbFile = values.db;
    if (typeof out !== "string" || !out) throw new UsageError("--out DIR is required");
    if (typeof dbFile !== "string" || !dbFile) throw new UsageError("--db FILE is required");
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number ≥ 0 (0 = no worker threads), got ${String(values.jobs)}`);
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout must be seconds > 0, got ${String(values.timeout)}`);
    const mode: ProgressMode = values.json ? "json" : values.quiet || !process.stderr.isTTY ? "lines" : "bar";
    const [{ runBatch }, { createProgress }, { renderSummary }] = await Promise.all([import("../../batch/run.js"), import("../../batch/progress.js"), import("../../batch/summary.js")]);
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
        ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
        ...(typeof values.families === "string" ? { familiesDir: values.families } : {}),
      });
      if (values.json) await writeOut(JSON.stringify({ type: "summary", ...result.summary }) + "\n");
      else await writeOut(renderSummary(result.summary));
      return result.exitCode;
    } finally {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
    }
  },
};
