/** Running a command over several inputs: each file on its own, a failure reported and the rest still done. */
import { ReadError } from "../read/errors.js";
import type { ReadInput } from "../read/index.js";
import { readErrorText, UsageError } from "./errors.js";
import { displayName, toReadInput } from "./io.js";

/** One line on stderr naming the file that failed and why. */
export function reportFailure(cmd: string, file: string, e: unknown): void {
  const msg = e instanceof ReadError ? readErrorText(e, file) : `无法处理：${String((e as Error)?.message ?? e).split("\n")[0]} [internal]`;
  process.stderr.write(`juesuan ${cmd}: ${displayName(file)}: ${msg}\n`);
  if (process.env.JUESUAN_DEBUG) process.stderr.write(String((e as Error)?.stack) + "\n");
}

/** Call `fn` for every input in order; returns the worst exit code (a file that cannot be read counts 2). */
export async function forEachInput(cmd: string, files: string[], fn: (input: ReadInput, file: string, index: number) => Promise<number>): Promise<number> {
  if (!files.length) throw new UsageError("没有给出文件（用 - 表示标准输入）");
  if (files.filter((f) => f === "-").length > 1) throw new UsageError("标准输入 - 只能给一次");
  let worst = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    try {
      worst = Math.max(worst, await fn(await toReadInput(file), file, i));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      reportFailure(cmd, file, e);
      worst = 2;
    }
  }
  return worst;
}
