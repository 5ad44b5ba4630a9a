import { availableParallelism } from "node:os";
import type { ProgressMode } from "../../batch/progress.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "../errors.js";
import { checkBatchTargets } from "../batch-targets.js";

export const batchCommand: Command = {
  name: "batch",
  usage: "juesuan batch PATH… --out DIR --db FILE [--jobs N] [--force] [--quiet|--json] [--timeout S] [--families DIR] [--html DIR]",
  description: "转换 PATH 下的每份报告：每份写出 JSON 和事实 NDJSON，并载入 SQLite 数据库；--html 另写审核页和一览表",
  options: {
    out: { type: "string", arg: "DIR", help: "每份报告的 <名>.json 与 <名>.facts.ndjson 写到这里（不存在则创建）" },
    db: { type: "string", arg: "FILE", help: "SQLite 数据库文件（不存在则创建；已载入的内容再次运行时跳过）" },
    jobs: { type: "string", arg: "N", help: "工作线程数（默认 CPU 核数；0 = 在主线程中转换）" },
    force: { type: "boolean", help: "已在库的内容也重新转换、重新载入" },
    quiet: { type: "boolean", short: "q", help: "只输出失败的文件和最后的汇总" },
    json: { type: "boolean", help: "每个文件一行 JSON，最后一行是汇总" },
    timeout: { type: "string", arg: "S", help: "单个文件超过 S 秒即判为失败（timeout）" },
    families: { type: "string", arg: "DIR", help: "版式族所在目录（默认 schemas/layouts）" },
    html: { type: "string", arg: "DIR", help: "另为每份报告写一个 HTML 审核页，并写可排序的一览表 index.html" },
  },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError("没有给出 PATH（文件或目录）");
    const out = values.out;
    const dbFile = values.db;
    if (typeof out !== "string" || !out) throw new UsageError("缺少 --out DIR");
    if (typeof dbFile !== "string" || !dbFile) throw new UsageError("缺少 --db FILE");
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs 须为不小于 0 的整数（0 = 不用工作线程），得到 ${String(values.jobs)}`);
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout 须为大于 0 的秒数，得到 ${String(values.timeout)}`);
    const htmlDir = typeof values.html === "string" ? values.html : undefined;
    await checkBatchTargets(out, dbFile, htmlDir);
    const mode: ProgressMode = values.json ? "json" : values.quiet || !process.stderr.isTTY ? "lines" : "bar";
    const [{ runBatch }, { createProgress }, { renderSummary }] = await Promise.all([import("../../batch/run.js"), import("../../batch/progress.js"), import("../../batch/summary.js")]);
    const sink = createProgress(mode);
    // --quiet: errors only, i.e. the files that failed
    const progress = values.quiet && !values.json ? { ...sink, start: sink.start.bind(sink), note: sink.note.bind(sink), end: sink.end.bind(sink), file: (rec: Parameters<typeof sink.file>[0], done: number, total: number) => (rec.outcome === "failed" ? sink.file(rec, done, total) : undefined) } : sink;

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
      if (htmlDir) {
        const [{ writeBatchReviews }, { writeOutput }] = await Promise.all([import("../../output/review-html/write.js"), import("../io.js")]);
        const r = await writeBatchReviews(result.records, out, htmlDir, (p, t) => writeOutput(p, t), typeof values.families === "string" ? values.families : undefined);
        progress.note(`审核页：${r.written} 份，一览表 ${htmlDir}/index.html${r.failed.length ? `；${r.failed.length} 份未能生成` : ""}`);
      }
      if (values.json) await writeOut(JSON.stringify({ type: "summary", ...result.summary }) + "\n");
      else await writeOut(renderSummary(result.summary));
      return result.exitCode;
    } finally {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
    }
  },
};
