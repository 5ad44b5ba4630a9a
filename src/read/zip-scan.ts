/**
 * Reading a zip whose central directory is damaged or missing (a truncated file, a byte inserted or deleted, which
 * shifts every offset the directory holds): the entries are found by their local headers instead, in file order,
 * and inflated one by one (where the header gives no size, zlib says where the deflate data ends). An entry whose data
 * is cut off or damaged gives what inflated before the damage, with the reason.
 */
import { crc32, constants, inflateRawSync } from "node:zlib";

export interface ScannedEntry {
  name: string;
  /** The inflated bytes (possibly only a beginning, when `error` is set). */
  data: Buffer;
  /** Why the data is incomplete or wrong (inflate error, CRC mismatch, cut off). */
  error?: string;
  encrypted?: boolean;
}

const LOCAL = 0x04034b50;

/** Every entry found by its local header; `maxBytes` caps the total inflated (a zip bomb stays a zip bomb). */
export function scanLocalEntries(bytes: Uint8Array, maxBytes: number): { entries: ScannedEntry[]; overLimit: boolean } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ScannedEntry[] = [];
  let total = 0;
  let p = buf.indexOf("PK\u0003\u0004", 0, "latin1");
  while (p >= 0 && p + 30 <= buf.length) {
    if (buf.readUInt32LE(p) !== LOCAL) break;
    const flags = buf.readUInt16LE(p + 6);
    const method = buf.readUInt16LE(p + 8);
    const crc = buf.readUInt32LE(p + 14);
    const csize = buf.readUInt32LE(p + 18);
    const nameLen = buf.readUInt16LE(p + 26);
    const extraLen = buf.readUInt16LE(p + 28);
    const start = p + 30 + nameLen + extraLen;
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 30, Math.min(buf.length, p + 30 + nameLen));
    if (start > buf.length || !plausibleName(name) || method > 99) {
      // a damaged header (or "PK\3\4" inside data): look for the next one
      p = buf.indexOf("PK\u0003\u0004", p + 4, "latin1");
      continue;
    }
    // a sound header that declares more than the limit is a bomb (the scan never inflates past the limit anyway)
    if (buf.readUInt32LE(p + 22) > maxBytes) return { entries, overLimit: true };
    // without a data descriptor (flag 8) the local header gives the compressed size; with one, the data ends where
    // the deflate stream ends (or, stored, at the next header)
    const sized = (flags & 0x08) === 0;
    let end = sized ? Math.min(buf.length, start + csize) : method === 0 ? nextHeader(buf, start) : buf.length;
    let data: Buffer = Buffer.alloc(0);
    let error: string | undefined;
    const room = Math.max(0, maxBytes - total);
    if (flags & 0x01) {
      entries.push({ name, data, encrypted: true });
      p = buf.indexOf("PK\u0003\u0004", p + 4, "latin1");
      continue;
    } else if (method === 0) {
      data = buf.subarray(start, end);
      if (sized && start + csize > buf.length) error = "cut off";
    } else if (method === 8) {
      const raw = buf.subarray(start, end);
      try {
        const r = inflateRawSync(raw, { info: true, maxOutputLength: room + 1 }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        data = r.buffer;
        if (!sized) end = start + r.engine.bytesWritten;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) return { entries, overLimit: true };
        error = (e as Error).message;
        if (!sized) end = nextHeader(buf, start);
        // what inflates before the damage
        try {
          data = inflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: room + 1 });
        } catch (e2) {
          if ((e2 as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e2 instanceof RangeError) return { entries, overLimit: true };
          data = Buffer.alloc(0);
        }
      }
    } else error = `unsupported compression method ${method}`;
    total += data.length;
    if (total > maxBytes) return { entries, overLimit: true };
    // with a data descriptor (flag 8) the CRC follows the data, after an optional signature
    const expected = flags & 0x08 ? descriptorCrc(buf, end) : crc;
    if (!error && expected !== undefined && (crc32(data) >>> 0) !== expected) error = "CRC-32 mismatch";
    if (!name.endsWith("/")) entries.push({ name, data, ...(error ? { error } : {}) });
    p = buf.indexOf("PK\u0003\u0004", Math.max(end, p + 4), "latin1");
  }
  return { entries, overLimit: false };
}

function plausibleName(name: string): boolean {
  return name.length > 0 && name.length < 1024 && !/[\u0000-\u001f\ufffd]/.test(name);
}

function nextHeader(buf: Buffer, from: number): number {
  const n = buf.indexOf("PK\u0003\u0004", from, "latin1");
  return n < 0 ? buf.length : n;
}

function descriptorCrc(buf: Buffer, end: number): number | undefined {
  if (end + 4 <= buf.length && buf.readUInt32LE(end) === 0x08074b50) return end + 8 <= buf.length ? buf.readUInt32LE(end + 4) : undefined;
  return end + 4 <= buf.length ? buf.readUInt32LE(end) : undefined;
}
