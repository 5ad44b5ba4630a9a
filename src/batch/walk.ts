/** Finding the report files a batch converts: the given files, and supported files under given folders. */
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

export const SUPPORTED_EXTENSIONS = [".txt", ".html", ".htm", ".docx", ".doc", ".pdf"];

export interface InputFile {
  /** Path as the user would recognise it (joined from the given PATH). */
  path: string;
  /** The given PATH this file was found under (itself for a file argument). */
  root: string;
}

export interface WalkResult {
  files: InputFile[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Files under the given folders that juesuan does not read (.xls, .xlsx, .ofd …): skipped, and counted. */
  unsupported: string[];
}

/** Walk PATHs depth-first in sorted order; explicit file arguments are kept whatever their extension. */
export async function collectFiles(paths: string[]): Promise<WalkResult> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const unsupported: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, root: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, root });
  };
  const walk = async (dir: string, root: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name.startsWith("~$")) continue; // hidden files, Office lock files
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (e.isFile() && SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) add(p, root);
      else if (e.isFile()) unsupported.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) await walk(p, p);
    else add(p, p);
  }
  return { files, missing, unsupported };
}
