import { createWriteStream } from "node:fs";
import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { UsageError } from "./check.js";

/** The flat facts table: one row per fact with its report's unit, year and file. */
export const FACTS_EXPORT_SQL = `
SELECT r.unit AS report_unit, r.year, r.kind, r.file, r.sha256,
       f.concept, f.value_text, f.value_num, f.unit, f.dims, f.dims_key, f.section,
       f.page, f.block, f.source_text, f.blank, f.empty
FROM facts f JOIN reports r ON r.id = f.report_id
WHERE r.status = 'ok'
ORDER BY r.unit, r.year, r.id, f.seq`;

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const exportCommand: Command = {
  name: "export",
  usage: "juesuan export --db FILE --format csv [--out F] [--bom]",
  description: "the facts of every loaded report as one flat CSV table (with unit and year)",
  options: { db: { type: "string" }, format: { type: "string", default: "csv" }, out: { type: "string" }, bom: { type: "boolean" } },
  async run({ values }) {
    if (typeof values.db !== "string") throw new UsageError("--db FILE is required");
    if (values.format !== "csv") throw new UsageError(`unknown --format ${String(values.format)} (csv)`);
    const db = await openReadonlyDb(values.db);
    const out: NodeJS.WritableStream = typeof values.out === "string" ? createWriteStream(values.out) : process.stdout;
    let failed: Error | undefined;
    out.on("error", (e: Error) => (failed = e));
    const write = (s: string) => {
      if (failed) throw new UsageError(`cannot write ${String(values.out)}: ${failed.message}`);
      return out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
    };
    try {
      const stmt = db.prepare(FACTS_EXPORT_SQL);
      const columns = stmt.columns().map((c) => c.name);
      await write((values.bom ? "\ufeff" : "") + columns.join(",") + "\r\n");
      let buf = "";
      for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
        buf += columns.map((c) => csvField(row[c])).join(",") + "\r\n";
        if (buf.length > 65536) {
          await write(buf);
          buf = "";
        }
      }
      if (buf) await write(buf);
      if (failed) throw new UsageError(`cannot write ${String(values.out)}: ${(failed as Error).message}`);
    } finally {
      db.close();
      if (out !== process.stdout && !failed) {
        await new Promise<void>((r) => {
          out.once("error", () => r());
          out.end(() => r());
        });
      }
    }
    return 0;
  },
};
