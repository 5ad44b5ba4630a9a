/**
 * The PostgreSQL report database (pg + pg-copy-streams), same DDL as SQLite. One transaction per report;
 * child rows go in with COPY. Many processes may load one database at once (shards): the schema is set up
 * under an advisory lock, ids are reserved from the juesuan_counters row in short transactions of their
 * own (blocks of ID_BLOCK), and each report's transaction takes advisory locks on its hash and its path, so
 * the same content or two versions of one path are never stored twice. A deadlock or serialisation
 * failure retries the report's transaction.
 */
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { dbError, StorageError } from "./errors.js";
import { failedBundle, okBundle, type Cell, type FailedFile, type OkReport, type RowBundle } from "./rows.js";
import { runAsync, storePlan, type Op, type StoreMode, type StoreOutcome } from "./plan.js";
import { ensureSchema, readVersion, type SchemaOp } from "./schema.js";
import { redactUrl } from "./target.js";
import type { OpenOptions, ReportStore } from "./store.js";

const ID_BLOCK = 16;
const RETRIES = 6;
/** Deadlock, serialisation failure, unique violation (a concurrent writer won a race the locks did not cover). */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);

/** bigint (COUNT, SUM) as a number when it fits, like SQLite gives it. */
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === 20 && format !== "binary") return (v: string) => (Number.isSafeInteger(Number(v)) ? Number(v) : v);
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/** `?` placeholders (our own SQL never has `?` in a literal) → `$1…`. */
export function pgParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** One value in COPY text format. */
export function copyValue(v: Cell): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "\\N";
  return v.replace(/[\\\n\r\t\u0000]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : "\ufffd"));
}

function* copyChunks(rows: Cell[][]): Generator<string> {
  let buf = "";
  for (const row of rows) {
    buf += row.map(copyValue).join("\t") + "\n";
    if (buf.length > 1 << 16) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}

export class PgStore implements ReportStore {
  readonly engine = "postgres" as const;
  private ids: number[] = [];
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly client: pg.Client,
    readonly label: string,
  ) {}

  static async open(url: string, options: OpenOptions = {}): Promise<PgStore> {
    const label = redactUrl(url);
    const client = new pg.Client({ connectionString: url, types, application_name: "juesuan" });
    client.on("error", () => undefined); // a dropped connection fails the next query, which reports it
    try {
      await client.connect();
    } catch (e) {
      await client.end().catch(() => undefined);
      throw dbError(e, label);
    }
    const store = new PgStore(client, label);
    if (!options.readonly) {
      try {
        await store.tx(async () => {
          await client.query("SELECT pg_advisory_xact_lock(hashtextextended('juesuan:schema', 0))");
          await runAsync(ensureSchema(label), (op) => store.schemaOp(op));
        });
      } catch (e) {
        await client.end().catch(() => undefined);
        throw e instanceof StorageError ? e : dbError(e, label);
      }
    }
    return store;
  }

  /** One operation at a time on this connection. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private async tx<T>(fn: () => Promise<T>): Promise<T> {
    await this.client.query("BEGIN");
    try {
      const r = await fn();
      await this.client.query("COMMIT");
      return r;
    } catch (e) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw e;
    }
  }

  private async schemaOp(op: SchemaOp): Promise<unknown> {
    switch (op.op) {
      case "exists":
        return (await this.client.query("SELECT to_regclass($1) AS t", [op.table])).rows[0].t !== null;
      case "columns":
        return (await this.client.query("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1", [op.table])).rows.map((r) => r.column_name as string);
      case "get":
        return (await this.client.query(op.sql)).rows[0];
      case "exec":
        await this.client.query(op.sql);
        return undefined;
    }
  }

  private async reserveIds(): Promise<void> {
    if (this.ids.length > 0) return;
    const r = await this.client.query("UPDATE juesuan_counters SET next_id = next_id + $1 WHERE name = 'reports' RETURNING next_id", [ID_BLOCK]);
    const next = Number(r.rows[0].next_id);
    for (let id = next - ID_BLOCK; id < next; id++) this.ids.push(id);
  }

  private async exec(op: Op): Promise<unknown> {
    const c = this.client;
    switch (op.op) {
      case "get":
        return (await c.query(pgParams(op.sql), op.params)).rows[0];
      case "run":
        await c.query(pgParams(op.sql), op.params);
        return undefined;
      case "lock":
        await c.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [op.key]);
        return undefined;
      case "id":
        return this.ids.shift();
      case "insert":
        if (op.table === "reports") {
          await c.query(`INSERT INTO reports (${op.columns.join(", ")}) VALUES (${op.columns.map((_, i) => `$${i + 1}`).join(", ")})`, op.rows[0]);
        } else {
          await pipeline(Readable.from(copyChunks(op.rows)), c.query(copyFrom(`COPY ${op.table} (${op.columns.join(", ")}) FROM STDIN`)));
        }
        return undefined;
    }
  }

  storeBundle(b: RowBundle, mode: StoreMode): Promise<StoreOutcome> {
    return this.serial(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.reserveIds();
          return await this.tx(() => runAsync(storePlan(b, mode), (op) => this.exec(op)));
        } catch (e) {
          const code = (e as { code?: string }).code ?? "";
          if (attempt < RETRIES && RETRYABLE.has(code)) {
            await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
            continue;
          }
          throw dbError(e, this.label);
        }
      }
    });
  }

  load(r: OkReport, mode: StoreMode = "load"): Promise<StoreOutcome> {
    return this.storeBundle(okBundle(r), mode);
  }

  recordFailure(f: FailedFile): Promise<StoreOutcome> {
    return this.storeBundle(failedBundle(f), "load");
  }

  async loadedHashes(): Promise<Set<string>> {
    const rows = await this.all("SELECT sha256 FROM reports WHERE status = 'ok' AND is_current = 1 AND sha256 IS NOT NULL");
    return new Set(rows.map((r) => String(r.sha256)));
  }

  all(sql: string, params: Cell[] = []): Promise<Record<string, unknown>[]> {
    return this.serial(async () => {
      try {
        return (await this.client.query(pgParams(sql), params)).rows as Record<string, unknown>[];
      } catch (e) {
        throw dbError(e, this.label);
      }
    });
  }

  /** A user's query, in a READ ONLY transaction; fields in order. */
  readOnlyQuery(sql: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
    return this.serial(async () => {
      await this.client.query("BEGIN READ ONLY");
      try {
        const r = await this.client.query(sql);
        const last = Array.isArray(r) ? r[r.length - 1] : r;
        return { columns: (last.fields ?? []).map((f: { name: string }) => f.name), rows: last.rows ?? [] };
      } finally {
        await this.client.query("ROLLBACK").catch(() => undefined);
      }
    });
  }

  /** Stream a query's rows (named `columns`) through COPY TO, as text (export). */
  async *stream(sql: string, columns: string[]): AsyncGenerator<Record<string, string | null>> {
    const { to: copyTo } = await import("pg-copy-streams");
    const out = this.client.query(copyTo(`COPY (${sql}) TO STDOUT`));
    const utf8 = new StringDecoder("utf8");
    let rest = "";
    for await (const chunk of out as AsyncIterable<Buffer>) {
      rest += utf8.write(chunk);
      let nl: number;
      while ((nl = rest.indexOf("\n")) >= 0) {
        const line = rest.slice(0, nl);
        rest = rest.slice(nl + 1);
        const vals = line.split("\t").map(copyUnescape);
        yield Object.fromEntries(columns.map((c, i) => [c, vals[i]]));
      }
    }
  }

  schemaVersion(): Promise<number> {
    return this.serial(() => runAsync(readVersion(), (op) => this.schemaOp(op)));
  }

  async close(): Promise<void> {
    await this.chain;
    await this.client.end().catch(() => undefined);
  }
}

export function copyUnescape(s: string): string | null {
  if (s === "\\N") return null;
  if (!s.includes("\\")) return s;
  return s.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : c === "t" ? "\t" : c === "b" ? "\b" : c === "f" ? "\f" : c === "v" ? "\v" : c));
}
