/**
 * Output names for a batch: the file's stem (report.pdf → "report"), made unique when two inputs share
 * it by adding the extension, then parent folders ("2023__report"), compared case-insensitively. Names the
 * batch writes itself (`_batch-summary.json`, a shard's `_batch-summary-0of3.json`) are never given to an
 * input: an input `_batch-summary.txt` is written as `_batch-summary.txt.json`.
 */
import { basename, dirname, extname, relative, sep } from "node:path";

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Output stems the batch itself uses (`<stem>.json`). */
export const RESERVED_STEM = /^_batch-summary(-\d+of\d+)?$/i;

export function summaryStem(shard?: { index: number; count: number }): string {
  return shard ? `_batch-summary-${shard.index}of${shard.count}` : "_batch-summary";
}

function candidates(path: string, root: string): string[] {
  const ext = extname(path);
  const stem = basename(path, ext);
  const out = [stem, `${stem}${ext}`];
  const rel = relative(root, dirname(path));
  const dirs = rel && !rel.startsWith("..") ? rel.split(sep).filter(Boolean) : dirname(path).split(sep).filter((d) => d && d !== ".");
  for (let k = 1; k <= dirs.length; k++) out.push([...dirs.slice(dirs.length - k), `${stem}${ext}`].join("__"));
  return out.map((n) => n.replace(UNSAFE, "_"));
}

/** One unique output name per input, in input order. */
export function uniqueNames(files: { path: string; root: string }[]): string[] {
  const cands = files.map((f) => candidates(f.path, f.root));
  const level = files.map(() => 0);
  const nameOf = (i: number) => {
    const c = cands[i];
    return level[i] < c.length ? c[level[i]] : `${c[c.length - 1]}~${i}`;
  };
  for (let round = 0; round < 64; round++) {
    const groups = new Map<string, number[]>();
    files.forEach((_, i) => {
      const k = nameOf(i).toLowerCase();
      groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    let clash = false;
    for (const idx of groups.values()) {
      if (idx.length < 2 && !RESERVED_STEM.test(nameOf(idx[0]))) continue;
      clash = true;
      for (const i of idx) level[i]++;
    }
    if (!clash) break;
  }
  return files.map((_, i) => nameOf(i));
}
