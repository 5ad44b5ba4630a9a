import { openReadonlyDb } from "../open-db.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";
import { formatTable } from "./format-table.js";

export const queryCommand: Command = {
  name: "query",
  usage: 'juesuan query --db FILE|postgres://… "SQL" [--json]',
  description: "run a read-only SQL query on a batch database (SQLite or PostgreSQL); rows as a table (or --json)",
  options: { db: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values }) {
    if (typeof values.db !== "string") throw new UsageError("--db FILE is required");
    const sql = positionals.join(" ").trim();
    if (!sql) throw new UsageError('no SQL given: juesuan query --db FILE "SELECT …"');
    const db = await openReadonlyDb(values.db);
    try {
      const { columns, rows } = await db.query(sql);
      if (values.json) await writeOut(JSON.stringify(rows, null, 2) + "\n");
      else await writeOut(formatTable(columns, rows) + `(${rows.length} 行)\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
