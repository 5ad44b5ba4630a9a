import { stat } from "node:fs/promises";
import { join } from "node:path";
import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { ensureDir, openOutput, writeLines, writeOutput } from "../io.js";
import { forEachInput } from "../each.js";
import { csvLine } from "../../output/csv.js";
import { amountWanyuan } from "../../output/export/amount.js";
import type { Sheet } from "../../output/export/sheets.js";
import { uniqueNames } from "../../batch/names.js";
import { SCHEMA_VERSION, needsMigration } from "../../output/db/schema.js";

export { csvField } from "../../output/csv.js";

/** The flat facts table: one row per fact of the current version of every report loaded ok, with its unit, year and file. */
export const FACTS_EXPORT_SQL = `
SELECT r.unit AS report_unit, r.year, r.kind, r.file, r.sha256,
       f.concept, f.value_text, f.value_num, f.unit, f.dims, f.dims_key, f.section,
       f.page, f.block, f.source_text, f.blank, f.empty
FROM facts f JOIN reports r ON r.id = f.report_id
WHERE r.status = 'ok' AND r.is_current = 1
ORDER BY COALESCE(r.unit, ''), COALESCE(r.year, 0), r.sha256, f.seq`; // COALESCE: the engines sort NULLs apart

/** Columns that are numbers: PostgreSQL streams them as text, written the way SQLite's numbers are. */
const NUMERIC = new Set(["year", "value_num", "page", "block", "blank", "empty"]);

/** After `unit`, every exported fact row has its amount in 万元 (exact; empty for other units). */
const AMOUNT_COLUMN = "amount_wanyuan";

function withAmount(columns: string[]): string[] {
  const i = columns.indexOf("unit");
  return [...columns.slice(0, i + 1), AMOUNT_COLUMN, ...columns.slice(i + 1)];
}

async function exportDb(values: Record<string, unknown>): Promise<number> {
  const format = typeof values.format === "string" ? values.format : "csv";
  if (format !== "csv" && format !== "xlsx") throw new UsageError(`未知的 --format ${format}（可用 csv、xlsx）`);
  const target = (values.output ?? values.out) as string | undefined;
  if (format === "xlsx" && (target === undefined || target === "-")) throw new UsageError("xlsx 须用 -o FILE 写入文件");
  const db = await openReadonlyDb(values.db as string);
  try {
    const version = await db.schemaVersion();
    if (version === 0) throw new UsageError(`数据库 ${db.label} 是空的：没有 juesuan 的表`);
    if (version !== SCHEMA_VERSION) throw new UsageError(needsMigration(db.label, version).message);
    const stream = await db.stream(FACTS_EXPORT_SQL);
    const out = format === "csv" ? await openOutput(target) : undefined;
    const columns = withAmount(stream.columns);
    const rowOf = (row: Record<string, unknown>): Record<string, unknown> => {
      const r: Record<string, unknown> = {};
      for (const [c, v] of Object.entries(row)) r[c] = typeof v === "string" && NUMERIC.has(c) ? Number(v) : v;
      r[AMOUNT_COLUMN] = amountWanyuan(row.value_text as string, row.unit as string) ?? null;
      return r;
    };
    if (out) {
      await writeLines(out, (values.bom ? "\ufeff" : "") + csvLine(columns), stream.rows, (row) => {
        const r = rowOf(row);
        return csvLine(columns.map((c) => r[c]));
      });
    } else {
      const { sheetsToXlsx } = await import("../../output/export/xlsx.js");
      const rows: Record<string, unknown>[] = [];
      for await (const row of stream.rows) rows.push(rowOf(row));
      const numeric = new Set(["value_num", AMOUNT_COLUMN]);
      const sheet: Sheet = {
        name: "facts",
        title: "事实（每行一个事实，带所属报告的单位、年度和文件）",
        header: columns,
        numeric: columns.map((c) => numeric.has(c)),
        rows: rows.map((r) =>
          columns.map((c) => {
            const v = r[c];
            if (v === null || v === undefined) return null;
            if (c === AMOUNT_COLUMN) return { num: String(v), decimals: String(v).includes(".") ? String(v).split(".")[1]!.length : 0 };
            if (c === "value_num" && typeof v === "number") {
              const t = String(r.value_text ?? v);
              return /^-?\d+(\.\d+)?$/.test(t) ? { num: t, decimals: t.includes(".") ? t.split(".")[1]!.length : 0 } : String(v);
            }
            return String(v);
          }),
        ),
      };
      await writeOutput(target, await sheetsToXlsx([sheet]));
    }
  } finally {
    await db.close();
  }
  return 0;
}

async function exportReports(files: string[], values: Record<string, unknown>): Promise<number> {
  const format = typeof values.format === "string" ? values.format : "xlsx";
  if (format !== "csv" && format !== "xlsx") throw new UsageError(`未知的 --format ${format}（可用 xlsx、csv）`);
  const target = (values.output ?? values.out) as string | undefined;
  if (!target || target === "-") throw new UsageError(format === "xlsx" ? "缺少 -o FILE.xlsx（多份报告时为 -o DIR）" : "缺少 -o DIR（每张表一个 CSV 文件）");
  const isDir = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
  const toDir = format === "csv" || files.length > 1 || isDir || /[/\\]$/.test(target);
  if (toDir) await ensureDir(target, "输出目录");
  const names = uniqueNames(files.map((f) => ({ path: f === "-" ? "stdin" : f, root: f })));
  const [{ parseReport }, { reportSheets }] = await Promise.all([import("../../pipeline.js"), import("../../output/export/sheets.js")]);
  return forEachInput("export", files, async (input, _file, i) => {
    const report = await parseReport(input);
    const sheets = reportSheets(report);
    if (format === "xlsx") {
      const { sheetsToXlsx } = await import("../../output/export/xlsx.js");
      const path = toDir ? join(target, `${names[i]}.xlsx`) : target;
      await writeOutput(path, await sheetsToXlsx(sheets, { title: `${report.unitName ?? ""} ${report.fiscalYear ?? ""}`.trim() }));
    } else {
      const { sheetToCsv } = await import("../../output/export/csv.js");
      for (const s of sheets) await writeOutput(join(target, `${names[i]}.${s.name}.csv`), sheetToCsv(s, Boolean(values.bom)));
    }
    return 0;
  });
}

export const exportCommand: Command = {
  name: "export",
  usage: "juesuan export --db FILE|postgres://… [--format csv|xlsx] [-o FILE] [--bom] | juesuan export REPORT… [--format xlsx|csv] -o FILE|DIR",
  description: "导出：--db 导出库中所有报告（当前版本）的事实（一行一个，带单位、年度、文件和以万元计的金额 amount_wanyuan），SQLite 或 PostgreSQL；给出报告文件则导出其决算表（每表一页）、核对结果和事实",
  options: {
    db: { type: "string", arg: "FILE|URL", help: "batch 生成的 SQLite 数据库或 PostgreSQL 连接串（导出全部事实）" },
    format: { type: "string", arg: "FMT", help: "csv 或 xlsx（--db 默认 csv，报告文件默认 xlsx）" },
    output: { type: "string", short: "o", arg: "PATH", help: "输出文件；报告导出 CSV 或多份报告时为目录（不存在则创建）" },
    out: { type: "string", arg: "PATH", help: "同 -o" },
    bom: { type: "boolean", help: "CSV 前加 BOM（便于 Excel 打开）" },
  },
  async run({ positionals, values }) {
    if (typeof values.output === "string" && typeof values.out === "string" && values.output !== values.out) throw new UsageError("-o 与 --out 只能给一个");
    if (typeof values.db === "string") {
      if (positionals.length) throw new UsageError("--db 与报告文件不能同时给出");
      return exportDb(values);
    }
    if (!positionals.length) throw new UsageError("缺少 --db FILE 或报告文件");
    return exportReports(positionals, values);
  },
};
