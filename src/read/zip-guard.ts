/**
 * Zip-bomb and corruption guard for .docx, run before mammoth (which inflates whole entries in memory).
 * Streams every entry through yauzl, counting inflated bytes, and stops as soon as the total passes the
 * limit (or an entry declares more than the limit). Keeps the bytes of the few entries the caller asks for.
 */
import yauzl from "yauzl";
import type { Entry, ZipFile } from "yauzl";
import { LIMITS, ReadError } from "./errors.js";

export interface ZipContents {
  /** Every entry name (directories excluded). */
  names: Set<string>;
  /** Inflated bytes of the entries selected by `keep`. */
  files: Map<string, Buffer>;
}

export interface ZipGuardOptions {
  keep?: (name: string) => boolean;
  maxInflatedBytes?: number;
  maxEntries?: number;
}

export function inspectZip(bytes: Uint8Array, opts: ZipGuardOptions = {}): Promise<ZipContents> {
  const limit = opts.maxInflatedBytes ?? LIMITS.maxInflatedBytes;
  const maxEntries = opts.maxEntries ?? 10_000;
  const keep = opts.keep ?? (() => false);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bomb = (what: string) => new ReadError("too-large", `${what} inflates to more than ${limit} bytes (zip bomb?)`);

  return new Promise<ZipContents>((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (openErr, zip) => {
      if (openErr || !zip) {
        reject(new ReadError("corrupt", `not a valid .docx (zip) file: ${openErr?.message ?? "unreadable"}`));
        return;
      }
      const names = new Set<string>();
      const files = new Map<string, Buffer>();
      let total = 0;
      let declared = 0;
      let settled = false;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        closeQuietly(zip);
        reject(e instanceof ReadError ? e : new ReadError("corrupt", `not a valid .docx (zip) file: ${(e as Error).message}`));
      };
      if (zip.entryCount > maxEntries) {
        fail(new ReadError("too-large", `the zip has ${zip.entryCount} entries, over the ${maxEntries}-entry limit`));
        return;
      }
      zip.on("error", fail);
      zip.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ names, files });
      });
      zip.on("entry", (entry: Entry) => {
        if (settled) return;
        if (entry.fileName.endsWith("/")) {
          zip.readEntry();
          return;
        }
        names.add(entry.fileName);
        declared += entry.uncompressedSize;
        if (entry.uncompressedSize > limit) return fail(bomb(entry.fileName));
        if (declared > limit) return fail(bomb("the document"));
        if (entry.isEncrypted()) return fail(new ReadError("encrypted", "the .docx has encrypted zip entries"));
        inflateEntry(zip, entry, keep(entry.fileName), (n) => {
          total += n;
          return total <= limit;
        })
          .then((data) => {
            if (settled) return;
            if (data) files.set(entry.fileName, data);
            zip.readEntry();
          })
          .catch((e: unknown) => fail(e === OVER_LIMIT ? bomb("the document") : e));
      });
      zip.readEntry();
    });
  });
}

const OVER_LIMIT = Symbol("over-limit");

/** Stream one entry; `count` returns false once the running total is over the limit (the stream is destroyed). */
function inflateEntry(zip: ZipFile, entry: Entry, keep: boolean, count: (n: number) => boolean): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(err ?? new Error("cannot open entry"));
        return;
      }
      const chunks: Buffer[] = [];
      let done = false;
      stream.on("data", (chunk: Buffer) => {
        if (done) return;
        if (!count(chunk.length)) {
          done = true;
          stream.destroy();
          reject(OVER_LIMIT);
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on("error", (e) => {
        if (!done) (done = true), reject(e);
      });
      stream.on("end", () => {
        if (!done) (done = true), resolve(keep ? Buffer.concat(chunks) : undefined);
      });
    });
  });
}

function closeQuietly(zip: ZipFile): void {
  try {
    zip.close();
  } catch {
    /* already closed */
  }
}
