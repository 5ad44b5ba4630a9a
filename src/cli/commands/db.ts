/**
 * `juesuan db merge A.db B.db … --into all.db|postgres://…`: merge shard databases without duplicates;
 * `juesuan db check --db X`: counts, checksum and consistency problems (exit 1 when there are any);
 * `juesuan db migrate --db X`: bring an older database to the current schema.
 */
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";
import { StorageError } from "../../output/db/errors.js";

const USAGE = "juesuan db merge A.db B.db … --into FILE|postgres://… | db check --db FILE|postgres://… | db migrate --db FILE|postgres://… [--json]";

export const dbCommand: Command = {
  name: "db",
  usage: USAGE,
  description: "merge shard databases (no duplicates: identity is the content hash), check one, or migrate an older one",
  options: { into: { type: "string" }, db: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values }) {
    const [sub, ...files] = positionals;
    const { openStore } = await import("../../output/db/store.js");
    try {
      if (sub === "merge") {
        if (typeof values.into !== "string" || !values.into) throw new UsageError("db merge: --into FILE (or a postgres:// URL) is required");
        if (files.length === 0) throw new UsageError("db merge: no source database given");
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
        if (typeof values.db !== "string" || !values.db) throw new UsageError(`db ${sub}: --db FILE (or a postgres:// URL) is required`);
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
      throw new UsageError(`unknown db command "${sub ?? ""}"\nusage: ${USAGE}`);
    } catch (e) {
      if (e instanceof StorageError) throw new UsageError(e.message);
      throw e;
    }
  },
};
