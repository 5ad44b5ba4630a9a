/** A CLI command: a name, a usage line, option table for node:util parseArgs, and a run function. */
import type { ParseArgsConfig } from "node:util";

export interface Command {
  name: string;
  usage: string;
  description: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the process exit code. */
  run(args: { positionals: string[]; values: Record<string, string | boolean | string[] | boolean[] | undefined> }): Promise<number>;
}

/** Exit codes: 0 clean, 1 errors found (check) or some files failed (batch), 2 input cannot be read / usage. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
