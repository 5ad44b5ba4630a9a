/** A CLI command: a name, a usage line, an option table for node:util parseArgs (with help text), and a run function. */
import type { ParseArgsConfig } from "node:util";

type ParseOption = NonNullable<ParseArgsConfig["options"]>[string];

/** A parseArgs option with the text `--help` shows for it. */
export type OptionSpec = ParseOption & {
  /** What the option does (Chinese, one line). */
  help?: string;
  /** The name of its value in help (FILE, N, …). */
  arg?: string;
};

export interface Command {
  name: string;
  usage: string;
  description: string;
  options: Record<string, OptionSpec>;
  /** Returns the process exit code. */
  run(args: { positionals: string[]; values: Record<string, string | boolean | string[] | boolean[] | undefined> }): Promise<number>;
}

/** Exit codes: 0 clean, 1 errors found (check), deviations (layout) or some files failed (batch), 2 input cannot be read / usage. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export const EXIT_CODES_HELP = "退出码：0 正常；1 check 发现错误（或警告多于 --max-warnings）、layout 有偏离或不属于已知版式、batch 有文件失败；2 输入无法读取或用法错误；130 batch 被中断。";

/** The option table parseArgs takes (help texts stripped). */
export function parseArgsOptions(cmd: Command): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries(cmd.options)) {
    const { help: _h, arg: _a, ...rest } = o;
    void _h;
    void _a;
    out[name] = rest as ParseOption;
  }
  return out;
}

/** `juesuan CMD --help`: usage, description and every option. */
export function commandHelp(cmd: Command): string {
  const lines = [`用法：${cmd.usage}`, "", cmd.description, ""];
  const flag = ([name, o]: [string, OptionSpec]) => `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""}`;
  const rows: [string, string][] = Object.entries(cmd.options).map((x) => [flag(x), `${x[1].help ?? ""}${x[1].default !== undefined && typeof x[1].default !== "boolean" ? `（默认 ${String(x[1].default)}）` : ""}`]);
  rows.push(["-h, --help", "显示本帮助"]);
  const width = Math.max(...rows.map((r) => r[0].length));
  lines.push("选项：", ...rows.map(([f, h]) => `  ${f.padEnd(width)}  ${h}`), "", EXIT_CODES_HELP);
  return lines.join("\n") + "\n";
}
