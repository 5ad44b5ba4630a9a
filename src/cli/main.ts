#!/usr/bin/env node
/** juesuan CLI: parses arguments, hands off to a command, maps failures to exit codes and one-line Chinese messages. */
import { parseArgs } from "node:util";
import { commands } from "./commands/index.js";
import { commandHelp, EXIT_CODES_HELP, parseArgsOptions } from "./command.js";
import { readErrorText, UsageError } from "./errors.js";
import { displayName } from "./io.js";
import { ReadError } from "../read/errors.js";
import { VERSION } from "../version.js";

function help(): string {
  const lines = [`juesuan ${VERSION} — 部门决算/单位决算报告 → 有类型、经核对的数据`, "", "用法："];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.description}`);
  lines.push("", "每个命令都可加 --help 查看选项；文件参数可用 - 表示标准输入。", EXIT_CODES_HELP);
  return lines.join("\n") + "\n";
}

/** node:util parseArgs messages, in Chinese. */
function argError(e: Error): string {
  const m = e.message;
  let x: RegExpExecArray | null;
  if ((x = /Unknown option '([^']+)'/.exec(m))) return `未知选项 ${x[1]}`;
  if ((x = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(m))) return `选项 ${x[1]} 缺少取值`;
  if ((x = /Option '(?:-\w, )?(--[\w-]+)[^']*' does not take an argument/.exec(m))) return `选项 ${x[1]} 不带取值`;
  if ((x = /Unexpected argument '([^']+)'/.exec(m))) return `多余的参数 ${x[1]}`;
  return `参数有误：${m.split("\n")[0]}`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const sub = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(sub ? commandHelp(sub) : help());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`juesuan: 未知命令 "${name}"（可用：${commands.map((c) => c.name).join("、")}；juesuan --help 查看用法）\n`);
    return 2;
  }
  // --help anywhere before a lone "--" asks for this command's help
  const dashdash = rest.indexOf("--");
  const head = dashdash < 0 ? rest : rest.slice(0, dashdash);
  if (head.includes("--help") || head.includes("-h")) {
    process.stdout.write(commandHelp(cmd));
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: parseArgsOptions(cmd), allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`juesuan ${name}: ${argError(e as Error)}（用法：${cmd.usage}；juesuan ${name} --help 查看选项）\n`);
    return 2;
  }
  try {
    return await cmd.run(parsed as never);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`juesuan ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ReadError) {
      // a command that already said it in Chinese (naming its file) is quoted as it is
      if (/[\u4e00-\u9fff]/.test(e.message)) process.stderr.write(`juesuan ${name}: ${e.message.split("\n")[0]} [${e.code}]\n`);
      else {
        const file = parsed.positionals[0] ?? "";
        process.stderr.write(`juesuan ${name}: ${displayName(file)}: ${readErrorText(e, file)}\n`);
      }
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`juesuan ${name}: 无法完成：${msg.split("\n")[0]} [internal]\n`);
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
