/**
 * Seeded mutations of a file's bytes, for the fuzz test (tests/fuzz/fuzz.test.ts) and the long fuzzing script
 * (scripts/fuzz.ts): bit flips, byte deletions and insertions, truncation, and for zip containers (.docx) damage
 * inside one entry's compressed data. A (seed, index) pair always gives the same mutant.
 */

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each mutant has its own seed, so one can be re-made alone: rng(mutantSeed(seed, format, i)). */
export function mutantSeed(seed: number, format: string, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const c of `${format}:${i}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export type MutationKind = "bitflip" | "delete" | "insert" | "truncate" | "zip-entry";

export interface Mutant {
  bytes: Uint8Array;
  /** What was done, for the report and the fixture's README line ("bitflip ×3 at 1234, …"). */
  description: string;
  kind: MutationKind;
}

/** One mutant of `bytes`, drawn from `random`. Zip damage only applies to zip files (else a bit flip). */
export function mutate(bytes: Uint8Array, random: () => number, kinds: MutationKind[] = ["bitflip", "delete", "insert", "truncate", "zip-entry"]): Mutant {
  const int = (n: number) => Math.floor(random() * n);
  let kind = kinds[int(kinds.length)]!;
  const entries = kind === "zip-entry" ? zipEntries(bytes) : [];
  if (kind === "zip-entry" && entries.length === 0) kind = "bitflip";
  const out = new Uint8Array(bytes);
  switch (kind) {
    case "bitflip": {
      const n = 1 + int(4);
      const at: number[] = [];
      for (let i = 0; i < n; i++) {
        const p = int(out.length);
        out[p] ^= 1 << int(8);
        at.push(p);
      }
      return { bytes: out, kind, description: `bitflip ×${n} at ${at.join(", ")}` };
    }
    case "delete": {
      const p = int(bytes.length);
      const n = 1 + (random() < 0.7 ? 0 : int(16));
      return { bytes: concat(bytes.subarray(0, p), bytes.subarray(Math.min(bytes.length, p + n))), kind, description: `delete ${n} byte(s) at ${p}` };
    }
    case "insert": {
      const p = int(bytes.length + 1);
      const n = 1 + (random() < 0.7 ? 0 : int(16));
      const ins = Uint8Array.from({ length: n }, () => int(256));
      return { bytes: concat(bytes.subarray(0, p), ins, bytes.subarray(p)), kind, description: `insert ${n} byte(s) at ${p}` };
    }
    case "truncate": {
      const p = int(bytes.length);
      return { bytes: bytes.slice(0, p), kind, description: `truncate at ${p} of ${bytes.length}` };
    }
    case "zip-entry": {
      const e = entries[int(entries.length)]!;
      if (e.size === 0) return { bytes: out, kind, description: `zip entry ${e.name}: empty, unchanged` };
      if (random() < 0.5) {
        const p = e.start + int(e.size);
        out[p] ^= 1 << int(8);
        return { bytes: out, kind, description: `zip entry ${e.name}: bitflip at ${p}` };
      }
      // zero a run of its compressed data
      const p = e.start + int(e.size);
      const n = Math.min(e.start + e.size - p, 1 + int(64));
      out.fill(0, p, p + n);
      return { bytes: out, kind, description: `zip entry ${e.name}: ${n} byte(s) zeroed at ${p}` };
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The compressed data range of every entry of a zip (from its central directory), or [] when it is not a zip. */
export function zipEntries(bytes: Uint8Array): { name: string; start: number; size: number }[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out: { name: string; start: number; size: number }[] = [];
  for (let k = 0; k < count && p + 46 <= bytes.length && dv.getUint32(p, true) === 0x02014b50; k++) {
    const csize = dv.getUint32(p + 20, true);
    const nlen = dv.getUint16(p + 28, true);
    const elen = dv.getUint16(p + 30, true);
    const clen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nlen));
    if (local + 30 <= bytes.length) {
      const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      if (start + csize <= bytes.length) out.push({ name, start, size: csize });
    }
    p += 46 + nlen + elen + clen;
  }
  return out;
}
