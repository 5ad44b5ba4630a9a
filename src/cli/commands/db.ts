/**
 * `juesuan db merge A.db B.db … --into all.db|postgres://…`: merge shard databases without duplicates;
 * `juesuan db check --db X`: counts, checksum and consistency problems (exit 1 when there are any);
 * `juesuan db migrate --db X`: bring an older database to the current schema.
 */
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "../errors.js";
import { StorageError } from "../../output/db/errors.js";

const USAGE = "juesuan db merge A.db B.db … --into FILE|postgres://… | db check --db FILE|postgres://… | db migrate --db FILE|postgres://… [--json]";

export const dbCommand: Command = {
  name: "db",
  usage: USAGE,
  description: "数据库维护：merge 合并各分片的数据库（按内容哈希去重），check 核对一个数据库（计数、校验和、一致性；有问题时退出码 1），migrate 把旧版数据库升级到当前结构",
  options: {
    into: { type: "string", arg: "FILE|URL", help: "merge 的目标：SQLite 文件（不存在则创建）或 PostgreSQL 连接串" },
    db: { type: "string", arg: "FILE|URL", help: "check、migrate 的数据库：SQLite 文件或 PostgreSQL 连接串" },
    json: { type: "boolean", help: "结果为一行 JSON" },
  },
  async run({ positionals, values }) {
    const [sub, ...files] = positionals;
    const { openStore } = await import("../../output/db/store.js");
    try {
      if (sub === "merge") {
        if (typeof values.into !== "string" || !values.into) throw new UsageError("merge 缺少 --into FILE（或 postgres:// 连接串）");
        if (files.length === 0) throw new UsageError("merge 没有给出要合并的数据库");
        const { mergeInto } = await import("../../output/db/merge.js");
        const target = await openStore(values.into);
        try {
          const results = await mergeInto(target, files, (r) => {
            if (!values.json) process.stderr.write(`${r.source}: ${r.reports} 份报告 — 新增 ${r.inserted}，替换 ${r.replaced}，已有 ${r.kept}\n`);
          });
          if (values.json) await writeOut(JSON.stringify({ into: target.label, sources: results }) + "\n");
          else await writeOut(`已合并 ${results.length} 个数据库到 ${target.label}\n`);
        } finally {
          await target.close();
        }
        return 0;
      }
      if (sub === "check" || sub === "migrate") {
        if (typeof values.db !== "string" || !values.db) throw new UsageError(`${sub} 缺少 --db FILE（或 postgres:// 连接串）`);
        const store = await openStore(values.db); // opening for writing migrates
        try {
          if (sub === "migrate") {
            await writeOut(`${store.label}: 结构版本 ${await store.schemaVersion()}\n`);
            return 0;
          }
          const { checkDb } = await import("../../output/db/inspect.js");
          const c = await checkDb(store);
          if (values.json) await writeOut(JSON.stringify(c) + "\n");
          else {
            await writeOut(
              `${store.label}: 报告 ${c.reports}（成功 ${c.ok}，失败 ${c.failed}，当前版本 ${c.current}），事实 ${c.facts}，表格单元格 ${c.tableCells}，校验结果 ${c.findings}\n` +
                `校验和 ${c.checksum}\n` +
                (c.problems.length ? c.problems.map((p) => `问题：${p}\n`).join("") : "一致：没有发现问题\n"),
            );
          }
          return c.problems.length ? 1 : 0;
        } finally {
          await store.close();
        }
      }
      throw new UsageError(`${sub ? `未知的 db 子命令 "${sub}"` : "缺少 db 子命令"}（可用 merge、check、migrate；juesuan db --help 查看用法）`);
    } catch (e) {
      if (e instanceof StorageError) throw new UsageError(e.message);
      throw e;
    }
  },
};
