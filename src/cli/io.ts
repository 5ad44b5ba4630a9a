/** Reading inputs (files or `-` for standard input) and writing outputs (stdout or a file, written atomically). */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ReadInput } from "../read/index.js";
import { errnoText, UsageError } from "./errors.js";

/** stdout writing that respects back-pressure and a closed pipe (e.g. `| head`). */
export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

export interface Output {
  write(s: string | Uint8Array): Promise<void>;
  /** Finish: a file output is moved into place only now, so a failed run never leaves a half-written file. */
  close(): Promise<void>;
  /** Drop a file output (after a failure). */
  abort(): Promise<void>;
}

const stdoutOutput: Output = { write: (s) => (typeof s === "string" ? writeOut(s) : new Promise<void>((r) => (process.stdout.write(s) ? r() : process.stdout.once("drain", () => r())))), close: async () => {}, abort: async () => {} };

/** Create a folder (and its parents), or say in one line why it cannot be. */
export async function ensureDir(dir: string, what = "目录"): Promise<void> {
  const st = await stat(dir).catch(() => undefined);
  if (st && !st.isDirectory()) throw new UsageError(`${what} ${dir} 已存在，但不是目录`);
  if (st) return;
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`无法创建${what} ${dir}：${code === "EEXIST" || code === "ENOTDIR" ? "路径中有一段是文件，不是目录" : errnoText(e)}`);
  }
}

/** Check that `path` can be an output file: not a folder; its folder is created when missing. */
export async function prepareOutputFile(path: string, what = "输出文件"): Promise<void> {
  const st = await stat(path).catch(() => undefined);
  if (st?.isDirectory()) throw new UsageError(`${what} ${path} 是一个目录，请给出文件名`);
  await ensureDir(dirname(resolve(path)), `${what}所在目录`);
}

/**
 * Write `head` then one line per row to `out`, in 64 KB writes, and close it; on failure the output is abandoned
 * (no half file left under its name). For row streams from the database (export, query).
 */
export async function writeLines<T>(out: Output, head: string, rows: AsyncIterable<T>, line: (row: T) => string): Promise<void> {
  try {
    let buf = head;
    for await (const row of rows) {
      buf += line(row);
      if (buf.length > 65536) {
        await out.write(buf);
        buf = "";
      }
    }
    if (buf) await out.write(buf);
    await out.close();
  } catch (e) {
    await out.abort();
    throw e;
  }
}

/** stdout when `path` is undefined or "-"; else a file written to a temporary name and renamed on close. */
export async function openOutput(path: string | undefined, what = "输出文件"): Promise<Output> {
  if (path === undefined || path === "-") return stdoutOutput;
  await prepareOutputFile(path, what);
  const tmp = `${path}.tmp-${process.pid}`;
  const stream: WriteStream = createWriteStream(tmp);
  let failed: Error | undefined;
  stream.on("error", (e) => (failed = e));
  await new Promise<void>((res) => {
    stream.once("open", () => res());
    stream.once("error", () => res());
  });
  const fail = (e: Error) => new UsageError(`无法写入${what} ${path}：${errnoText(e)}`);
  if (failed) throw fail(failed);
  return {
    write(s) {
      if (failed) return Promise.reject(fail(failed));
      return new Promise<void>((res, rej) => {
        const ok = stream.write(s, (e) => (e ? rej(fail(e)) : undefined));
        if (ok) res();
        else stream.once("drain", () => res());
      });
    },
    async close() {
      await new Promise<void>((res) => stream.end(() => res()));
      if (failed) {
        await rm(tmp, { force: true });
        throw fail(failed);
      }
      try {
        await rename(tmp, path);
      } catch (e) {
        await rm(tmp, { force: true });
        throw fail(e as Error);
      }
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}

/** Write a whole output at once (stdout or an atomic file). */
export async function writeOutput(path: string | undefined, text: string | Uint8Array, what?: string): Promise<void> {
  const out = await openOutput(path, what);
  try {
    await out.write(text);
  } catch (e) {
    await out.abort();
    throw e;
  }
  await out.close();
}

let stdinBytes: Promise<Uint8Array> | undefined;

/** All of standard input (read once, whatever asks first). */
export function readStdin(): Promise<Uint8Array> {
  stdinBytes ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  })();
  return stdinBytes;
}

/** A command-line argument as a reader input: `-` is standard input. */
export async function toReadInput(arg: string): Promise<ReadInput> {
  if (arg === "-") return { bytes: await readStdin(), name: "-" };
  return { path: arg };
}

/** How a file is named in messages. */
export const displayName = (arg: string) => (arg === "-" ? "（标准输入）" : arg);
