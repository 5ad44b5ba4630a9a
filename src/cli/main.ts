#!/usr/bin/env node
/** juesuan CLI: parses arguments, hands off to a command, maps failures to exit codes. */
import { parseArgs } from "node:util";
import { commands } from "./commands/index.js";
import { UsageError } from "./commands/check.js";
import { ReadError } from "../read/errors.js";
import { VERSION } from "../version.js";

function help(): string {
  const lines = [`juesuan ${VERSION} — 部门决算/单位决算 reports → typed, validated data`, "", "Usage:"];
  for (const c of commands) lines.push(`  ${c.usage.padEnd(58)} ${c.description}`);
  lines.push("", "Exit codes: 0 ok; 1 errors found (check) or some files failed (batch); 2 unreadable input or bad usage.");
  return lines.join("\n") + "\n";
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`juesuan: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`juesuan ${name}: ${(e as Error).message}\nusage: ${cmd.usage}\n`);
    return 2;
  }
  if (cmd.name !== "query" && cmd.name !== "export" && parsed.positionals.length === 0 && cmd.usage.includes("FILE")) {
    process.stderr.write(`juesuan ${name}: no file given\nusage: ${cmd.usage}\n`);
    return 2;
  }
  try {
    return await cmd.run(parsed as never);
  } catch (e) {
    if (e instanceof ReadError) {
      process.stderr.write(`juesuan ${name}: ${parsed.positionals[0] ?? ""}: ${e.message} [${e.code}]\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`juesuan ${name}: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`juesuan ${name}: ${parsed.positionals[0] ?? ""}: cannot process: ${msg}\n`);
    if (process.env.JUESUAN_DEBUG) process.stderr.write(String((e as Error)?.stack) + "\n");
    return 2;
  }
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`juesuan: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
