import { createWriteStream } from "node:fs";
import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { UsageError } from "./check.js";
import { SCHEMA_VERSION, needsMigration } from "../../output/db/schema.js";

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

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const exportCommand: Command = {
  name: "export",
  usage: "juesuan export --db FILE|postgres://… --format csv [--out F] [--bom]",
  description: "the facts of every loaded report (current versions) as one flat CSV table (with unit and year)",
  options: { db: { type: "string" }, format: { type: "string", default: "csv" }, out: { type: "string" }, bom: { type: "boolean" } },
  async run({ values }) {
    if (typeof values.db !== "string") throw new UsageError("--db FILE is required");
    if (values.format !== "csv") throw new UsageError(`unknown --format ${String(values.format)} (csv)`);
    const db = await openReadonlyDb(values.db);
    let out: NodeJS.WritableStream | undefined;
    let failed: Error | undefined;
    try {
      const version = await db.schemaVersion();
      if (version === 0) throw new UsageError(`数据库 ${db.label} 是空的：没有 juesuan 的表`);
      if (version !== SCHEMA_VERSION) throw new UsageError(needsMigration(db.label, version).message);
      const { columns, rows } = await db.stream(FACTS_EXPORT_SQL);
      out = typeof values.out === "string" ? createWriteStream(values.out) : process.stdout;
      const sink = out;
      sink.on("error", (e: Error) => (failed = e));
      const write = (s: string) => {
        if (failed) throw new UsageError(`cannot write ${String(values.out)}: ${failed.message}`);
        return sink.write(s) ? Promise.resolve() : new Promise<void>((r) => sink.once("drain", () => r()));
      };
      const field = (c: string, v: unknown) => csvField(typeof v === "string" && NUMERIC.has(c) ? Number(v) : v);
      await write((values.bom ? "\ufeff" : "") + columns.join(",") + "\r\n");
      let buf = "";
      for await (const row of rows) {
        buf += columns.map((c) => field(c, row[c])).join(",") + "\r\n";
        if (buf.length > 65536) {
          await write(buf);
          buf = "";
        }
      }
      if (buf) await write(buf);
      if (failed) throw new UsageError(`cannot write ${String(values.out)}: ${(failed as Error).message}`);
    } finally {
      await db.close();
      if (out && out !== process.stdout && !failed) {
        const o = out;
        await new Promise<void>((r) => {
          o.once("error", () => r());
          o.end(() => r());
        });
      }
    }
    return 0;
  },
};
