/** CLI failures and their one-line Chinese messages (rule ids and error codes stay English, for machines). */
import { ReadError, type ReadErrorCode } from "../read/errors.js";

/** Bad usage or an output that cannot be written: exit 2, the message as is. */
export class UsageError extends Error {}

const READ_ZH: Record<ReadErrorCode | "timeout" | "worker-crashed" | "internal" | "db", string> = {
  "unsupported-format": "不支持的文件格式（支持 .docx .doc .pdf .html .txt）",
  empty: "文件为空或没有文字",
  "too-large": "文件过大，超过处理上限",
  corrupt: "文件已损坏，或内容与格式不符",
  encrypted: "文件已加密，需要密码才能打开",
  "no-text-layer": "PDF 没有文字层（扫描件），需先做文字识别",
  "not-a-report": "不像决算报告：找不到决算的章节、标题或表格",
  "bad-encoding": "无法识别文字编码（既不是 UTF-8，也不是 GB18030/GBK）",
  io: "无法读取文件",
  timeout: "处理超时",
  "worker-crashed": "处理进程崩溃",
  internal: "内部错误",
  db: "写入数据库失败",
};

/** Every code a read failure can carry (the same list docs/database.md and the README give). */
export const READ_ERROR_CODES = Object.keys(READ_ZH);

const ERRNO_ZH: Record<string, string> = {
  ENOENT: "不存在",
  EACCES: "没有权限",
  EPERM: "没有权限",
  EISDIR: "是一个目录",
  ENOTDIR: "路径中有一段不是目录",
  EEXIST: "已存在",
  ENOSPC: "磁盘空间不足",
  EROFS: "文件系统只读",
  EMFILE: "打开的文件过多",
  ENAMETOOLONG: "路径过长",
  ELOOP: "符号链接循环",
};

/** "不存在 [ENOENT]" for a file-system error, else its message. */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && ERRNO_ZH[code]) return `${ERRNO_ZH[code]} [${code}]`;
  return code ? `出错 [${code}]` : String((e as Error)?.message ?? e);
}

/** The Chinese line for a read failure of `file`: what went wrong, then the machine code. */
export function readErrorText(e: ReadError, file: string): string {
  let text = READ_ZH[e.code] ?? "无法读取";
  // over a budget (src/isolate/budget.ts) or a size cap: the message says which limit and the flag that changes it
  if ((e.code === "timeout" || e.code === "too-large") && /[\u4e00-\u9fff]/.test(e.message)) text = e.message.split("\n")[0]!;
  if (e.code === "unsupported-format") {
    const ext = /\.[A-Za-z0-9]{1,6}$/.exec(file)?.[0];
    if (/legacy binary Office/.test(e.message)) text = `不支持的旧版 Office 二进制文件${ext ? ` ${ext}` : ""}（请另存为 .docx 或 .xlsx）`;
    else if (ext) text = `不支持的文件格式 ${ext.toLowerCase()}（支持 .docx .doc .pdf .html .txt）`;
  }
  if (e.code === "io") {
    const m = /\b(E[A-Z]{3,})\b/.exec(e.message);
    if (/is a directory/.test(e.message)) text = "是一个目录，不是报告文件";
    else if (m && ERRNO_ZH[m[1]!]) text = `无法读取：文件${ERRNO_ZH[m[1]!]}`;
  }
  return `${text} [${e.code}]`;
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}
