import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";
import { formatTable } from "./format-table.js";

export const queryCommand: Command = {
  name: "query",
  usage: 'juesuan query --db FILE "SQL" [--json]',
  description: "run a read-only SQL query on a batch database; rows as a table (or --json)",
  options: { db: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values }) {
    if (typeof values.db !== "string") throw new UsageError("--db FILE is required");
    const sql = positionals.join(" ").trim();
    if (!sql) throw new UsageError('no SQL given: juesuan query --db FILE "SELECT …"');
    const db = await openReadonlyDb(values.db);
    try {
      let stmt;
      try {
        stmt = db.prepare(sql);
      } catch (e) {
        throw new UsageError(`SQL error: ${(e as Error).message}`);
      }
      if (!stmt.reader) throw new UsageError("query is read-only: only statements that return rows (SELECT, WITH …, PRAGMA …)");
      const columns = stmt.columns().map((c) => c.name);
      const rows = stmt.all() as Record<string, unknown>[];
      if (values.json) await writeOut(JSON.stringify(rows, null, 2) + "\n");
      else await writeOut(formatTable(columns, rows) + `(${rows.length} 行)\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
