import { availableParallelism } from "node:os";
import type { ProgressMode } from "../../batch/progress.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "../errors.js";
import { checkBatchTargets } from "../batch-targets.js";
import { BUDGET_OPTIONS, budgetFromFlags } from "../budget-flags.js";
import { StorageError } from "../../output/db/errors.js";

export const batchCommand: Command = {
  name: "batch",
  usage: "juesuan batch PATH… --out DIR --db FILE|postgres://… [--shard i/n] [--jobs N] [--force] [--quiet|--json] [--timeout S] [--page-timeout S] [--max-memory MB] [--families DIR] [--html DIR]",
  description: "转换 PATH 下的每份报告：每份写出 JSON 和事实 NDJSON，并载入 SQLite（默认）或 PostgreSQL 数据库；--shard 只做其中一片；--html 另写审核页和一览表",
  options: {
    out: { type: "string", arg: "DIR", help: "每份报告的 <名>.json 与 <名>.facts.ndjson 写到这里（不存在则创建）" },
    db: { type: "string", arg: "FILE|URL", help: "SQLite 数据库文件（不存在则创建），或 PostgreSQL 连接串（postgres://…、socket:/目录?db=库名）；已载入的内容再次运行时跳过" },
    shard: { type: "string", arg: "i/n", help: "只处理第 i 片（i 从 0 到 n−1，按内容哈希分片；各片的数据库可用 juesuan db merge 合并）" },
    jobs: { type: "string", arg: "N", help: "工作线程数（默认 CPU 核数；0 = 在主线程中转换）" },
    force: { type: "boolean", help: "已在库的内容也重新转换、重新载入" },
    quiet: { type: "boolean", short: "q", help: "只输出失败的文件和最后的汇总" },
    json: { type: "boolean", help: "每个文件一行 JSON，最后一行是汇总" },
    ...BUDGET_OPTIONS,
    "max-heap": { type: "string", arg: "MB", help: "--max-memory 的旧名" },
    families: { type: "string", arg: "DIR", help: "版式族所在目录（默认 schemas/layouts）" },
    html: { type: "string", arg: "DIR", help: "另为每份报告写一个 HTML 审核页，并写可排序的一览表 index.html（分片时为 index-<i>of<n>.html）" },
  },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError("没有给出 PATH（文件或目录）");
    const out = values.out;
    const dbFile = values.db;
    if (typeof out !== "string" || !out) throw new UsageError("缺少 --out DIR");
    if (typeof dbFile !== "string" || !dbFile) throw new UsageError("缺少 --db FILE（或 postgres:// 连接串）");
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs 须为不小于 0 的整数（0 = 不用工作线程），得到 ${String(values.jobs)}`);
    const budget = budgetFromFlags(values);
    const { parseShard } = await import("../../batch/shard.js");
    let shard;
    if (typeof values.shard === "string") {
      try {
        shard = parseShard(values.shard);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
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
        ...(shard ? { shard } : {}),
        ...budget,
        ...(typeof values.families === "string" ? { familiesDir: values.families } : {}),
      });
      let htmlError: string | undefined;
      if (htmlDir) {
        const [{ writeBatchReviews }, { writeOutput }] = await Promise.all([import("../../output/review-html/write.js"), import("../io.js")]);
        // shards writing into one folder each keep their own list of reports
        const index = shard && shard.count > 1 ? `index-${shard.index}of${shard.count}.html` : "index.html";
        try {
          const r = await writeBatchReviews(result.records, out, htmlDir, (p, t) => writeOutput(p, t), typeof values.families === "string" ? values.families : undefined, index);
          progress.note(`审核页：${r.written} 份，一览表 ${htmlDir}/${index}${r.failed.length ? `；${r.failed.length} 份未能生成` : ""}`);
        } catch (e) {
          // the review folder failed (e.g. a full disk): the summary is still printed
          htmlError = (e as Error).message.split("\n")[0];
        }
      }
      if (values.json) await writeOut(JSON.stringify({ type: "summary", ...result.summary }) + "\n");
      else await writeOut(renderSummary(result.summary));
      if (result.summary.stoppedBy) process.stderr.write(`juesuan batch: ${result.summary.stoppedBy.message}\n`);
      if (result.summaryFileError) process.stderr.write(`juesuan batch: ${result.summaryFileError}\n`);
      if (htmlError) process.stderr.write(`juesuan batch: 审核页未能写完：${htmlError}\n`);
      return htmlError ? Math.max(result.exitCode, 2) : result.exitCode;
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
