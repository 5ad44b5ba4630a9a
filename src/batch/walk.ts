/**
 * Finding the report files a batch converts: the given files, and supported files under given folders.
 * Symbolic links are followed; a link to a folder already walked (a loop, or a second way to the same
 * folder) is not walked again and is reported, as is a link whose target is missing. Files of formats juesuan
 * does not read are counted as unsupported. Nothing is skipped without a word except hidden files and Office lock files.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

export const SUPPORTED_EXTENSIONS = [".txt", ".html", ".htm", ".docx", ".doc", ".pdf"];

export interface InputFile {
  /** Path as the user would recognise it (joined from the given PATH). */
  path: string;
  /** The given PATH this file was found under (itself for a file argument). */
  root: string;
}

export interface WalkProblem {
  path: string;
  code: "io";
  message: string;
}

export interface WalkResult {
  files: InputFile[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Paths that could not be walked or read (a folder without permission, a dangling link to a report file): recorded as failed. */
  problems: WalkProblem[];
  /** What was not followed, and why (links to folders already walked). */
  notes: string[];
  /** Files under the given folders that juesuan does not read (.xls, .xlsx, .ofd …): skipped, and counted. */
  unsupported: string[];
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? "?";

/** Walk PATHs depth-first in sorted order; explicit file arguments are kept whatever their extension. */
export async function collectFiles(paths: string[]): Promise<WalkResult> {
  const res: WalkResult = { files: [], missing: [], problems: [], notes: [], unsupported: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Map<string, string>();
  // a file reached twice by different names (a link) is listed twice: the batch reports the second as a duplicate
  const add = async (path: string, root: string) => {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    res.files.push({ path, root });
  };
  const walk = async (dir: string, root: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    const first = seenDirs.get(real);
    if (first !== undefined) {
      res.notes.push(`符号链接 ${dir} 指向已处理的目录 ${first}（循环或重复），未再次进入`);
      return;
    }
    seenDirs.set(real, dir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      res.problems.push({ path: dir, code: "io", message: `无法读取目录：${errCode(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name.startsWith("~$")) continue; // hidden files, Office lock files
      const p = join(dir, e.name);
      const supported = SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase());
      if (e.isSymbolicLink()) {
        let st;
        try {
          st = await stat(p);
        } catch (err) {
          const code = errCode(err);
          const why = code === "ELOOP" ? "符号链接循环" : code === "ENOENT" ? "符号链接的目标不存在" : `符号链接无法访问：${code}`;
          if (supported) res.problems.push({ path: p, code: "io", message: why });
          else res.notes.push(`${why}：${p}`);
          continue;
        }
        if (st.isDirectory()) await walk(p, root);
        else if (st.isFile() && supported) await add(p, root);
        else if (st.isFile()) res.unsupported.push(p);
      } else if (e.isDirectory()) await walk(p, root);
      else if (e.isFile() && supported) await add(p, root);
      else if (e.isFile()) res.unsupported.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      if (errCode(e) === "ENOENT" || errCode(e) === "ENOTDIR") res.missing.push(p);
      else res.problems.push({ path: p, code: "io", message: errCode(e) === "ELOOP" ? "符号链接循环" : `无法访问：${errCode(e)}` });
      continue;
    }
    if (st.isDirectory()) await walk(p, p);
    else await add(p, p);
  }
  return res;
}
