/**
 * Sharding a batch: `--shard i/n` (i from 0 to n−1, as Kubernetes' JOB_COMPLETION_INDEX) takes the inputs
 * whose content hash falls in shard i, so a file lands in the same shard on every machine and every rerun,
 * and copies of one content always meet in one shard. A file that cannot be read is placed by its path.
 */
import { createHash } from "node:crypto";

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(s: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(s);
  if (!m) throw new Error(`--shard 须为 i/n（i 从 0 到 n−1），得到 "${s}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count || !Number.isSafeInteger(count)) throw new Error(`--shard ${s}：i 须在 0 到 n−1 之间，且 n ≥ 1`);
  return { index, count };
}

/** The shard of a sha256 (hex): its first 52 bits modulo n. */
export function shardOfHash(sha256: string, count: number): number {
  return Number(BigInt(`0x${sha256.slice(0, 13)}`) % BigInt(count));
}

/** The shard of a file that could not be read: by the hash of its path as given. */
export function shardOfPath(path: string, count: number): number {
  return shardOfHash(createHash("sha256").update(path).digest("hex"), count);
}

export const inShard = (shard: Shard | undefined, n: number) => !shard || n === shard.index;

export function shardLabel(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
