/** Open a batch database read-only for query/export (better-sqlite3 is loaded only when needed). */
import type DatabaseT from "better-sqlite3";
import { UsageError } from "./commands/check.js";

export async function openReadonlyDb(path: string): Promise<DatabaseT.Database> {
  const { default: Database } = await import("better-sqlite3");
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new UsageError(`cannot open database ${path}: ${(e as Error).message}`);
  }
}
