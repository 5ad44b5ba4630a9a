/**
 * Where a database lives: a SQLite file path (the default) or a PostgreSQL connection string
 * (`postgres://…`, `postgresql://…`, or `socket:/run/postgresql?db=NAME` for a unix socket).
 */

export type DbTarget = { engine: "sqlite"; path: string; label: string } | { engine: "postgres"; url: string; label: string };

const PG = /^(postgres|postgresql|socket):/i;

export function isPostgresTarget(s: string): boolean {
  return PG.test(s);
}

/** The connection string without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@?#]*):[^@/?#]*@/i, "$1:***@").replace(/([?&]password=)[^&#]*/i, "$1***");
}

export function parseDbTarget(s: string): DbTarget {
  if (isPostgresTarget(s)) return { engine: "postgres", url: s, label: redactUrl(s) };
  return { engine: "sqlite", path: s, label: s };
}
