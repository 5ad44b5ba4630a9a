import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { openOutput, writeLines } from "../io.js";
import { csvLine } from "../../output/csv.js";
import { formatTable } from "./format-table.js";

const FORMATS = ["table", "json", "ndjson", "csv"];

export const queryCommand: Command = {
  name: "query",
  usage: 'juesuan query --db FILE|postgres://… "SQL" [--format table|json|ndjson|csv] [--bom] [-o FILE]',
  description: "在 batch 数据库（SQLite 或 PostgreSQL）上执行只读 SQL；结果为表格、JSON、NDJSON 或 CSV",
  options: {
    db: { type: "string", arg: "FILE|URL", help: "batch 生成的 SQLite 数据库，或 PostgreSQL 连接串（postgres://…、socket:/目录?db=库名）" },
    format: { type: "string", arg: "FMT", help: "table（默认）、json（数组）、ndjson（每行一个对象）或 csv" },
    json: { type: "boolean", help: "同 --format json" },
    bom: { type: "boolean", help: "CSV 前加 BOM（便于 Excel 打开）" },
    output: { type: "string", short: "o", arg: "FILE", help: "写入文件而不是标准输出" },
  },
  async run({ positionals, values }) {
    if (typeof values.db !== "string") throw new UsageError("缺少 --db FILE（或 postgres:// 连接串）");
    const format = values.json ? "json" : typeof values.format === "string" ? values.format : "table";
    if (!FORMATS.includes(format)) throw new UsageError(`未知的 --format ${format}（可用 ${FORMATS.join("、")}）`);
    const sql = positionals.join(" ").trim();
    if (!sql) throw new UsageError('没有给出 SQL：juesuan query --db FILE "SELECT …"');
    const db = await openReadonlyDb(values.db);
    try {
      if (format === "csv" || format === "ndjson") {
        const { columns, rows } = await db.queryRows(sql);
        const out = await openOutput(values.output as string | undefined);
        const head = format === "csv" ? (values.bom ? "\ufeff" : "") + csvLine(columns) : "";
        await writeLines(out, head, rows, (row) => (format === "csv" ? csvLine(columns.map((c) => row[c])) : JSON.stringify(row) + "\n"));
      } else {
        const { columns, rows } = await db.query(sql);
        const out = await openOutput(values.output as string | undefined);
        try {
          if (format === "json") await out.write(JSON.stringify(rows, null, 2) + "\n");
          else await out.write(formatTable(columns, rows) + `(${rows.length} 行)\n`);
          await out.close();
        } catch (e) {
          await out.abort();
          throw e;
        }
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
