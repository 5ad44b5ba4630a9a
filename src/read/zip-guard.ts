/**
 * Zip-bomb and corruption guard for .docx, run before mammoth (which inflates whole entries in memory).
 * Streams every entry through yauzl, counting inflated bytes, and stops as soon as the total passes the
 * limit (or an entry declares more than the limit). Keeps the bytes of the few entries the caller asks for.
 *
 * While streaming it also checks what mammoth would otherwise trip over: each entry's CRC-32 (a mismatch is damage,
 * reported), and that the XML parts selected by `xml` are well-formed (its XML library is quadratic on a truncated
 * part: 670 KB took 48 s), and no larger than `maxXmlBytes` (its DOM takes about 65 bytes of heap per byte of XML).
 * An entry that cannot be inflated fails the file if it is selected by `keep` or `xml`, else it is reported and skipped.
 */
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import type { Entry, ZipFile } from "yauzl";
import { LIMITS, ReadError } from "./errors.js";
import { XmlCheck } from "./xml-check.js";
import { scanLocalEntries } from "./zip-scan.js";

export interface ZipContents {
  /** Every entry name (directories excluded). */
  names: Set<string>;
  /** Inflated bytes of the entries selected by `keep`. */
  files: Map<string, Buffer>;
  /** Entries whose content does not match their CRC-32, or that could not be inflated (and were not needed). */
  damaged: { name: string; problem: "crc" | "inflate"; detail?: string }[];
  /** Parts selected by `recover` that were damaged: their sound prefix, closed (xml-check.ts), and why. */
  repaired: Map<string, { xml: string; kept: number; why: string }>;
  /** The central directory was damaged: the entries were found by their local headers (zip-scan.ts). */
  fromLocalHeaders?: boolean;
}

export interface ZipGuardOptions {
  keep?: (name: string) => boolean;
  /** XML parts to check for well-formedness while they stream. */
  xml?: (name: string) => boolean;
  maxInflatedBytes?: number;
  maxEntries?: number;
  /** Largest declared size of an XML part selected by `xml`. */
  maxXmlBytes?: number;
  /**
   * XML parts whose sound prefix is kept when they are damaged (truncated, not well-formed, not inflatable), cut after
   * the last element closed at most this deep (xml-check.ts); undefined: not recovered.
   */
  recover?: (name: string) => number | undefined;
}

/**
 * Inspect a zip through its central directory; when that is damaged (truncated file, shifted offsets), through the
 * entries' local headers instead.
 */
export async function inspectZip(bytes: Uint8Array, opts: ZipGuardOptions = {}): Promise<ZipContents> {
  try {
    return await inspectByDirectory(bytes, opts);
  } catch (e) {
    // a damaged directory can also declare absurd sizes: the local headers then tell a bomb from damage
    if (!(e instanceof ReadError) || !(STRUCTURAL.has(e) || DECLARED.has(e))) throw e;
    const scanned = inspectByLocalHeaders(bytes, opts);
    if (!scanned) throw e;
    return scanned;
  }
}

/** The same inspection from the local headers (zip-scan.ts); undefined when no entry is found that way. */
function inspectByLocalHeaders(bytes: Uint8Array, opts: ZipGuardOptions): ZipContents | undefined {
  const limit = opts.maxInflatedBytes ?? LIMITS.maxInflatedBytes;
  const maxXml = opts.maxXmlBytes ?? LIMITS.maxXmlPartBytes;
  const { entries, overLimit } = scanLocalEntries(bytes, limit);
  if (overLimit) throw new ReadError("too-large", `the document inflates to more than ${limit} bytes (zip bomb?)`);
  if (entries.length === 0) return undefined;
  const names = new Set<string>();
  const files = new Map<string, Buffer>();
  const damaged: ZipContents["damaged"] = [{ name: "(zip 目录)", problem: "inflate", detail: "中央目录损坏或缺失，已按各条目的本地头读取" }];
  const repaired: ZipContents["repaired"] = new Map();
  for (const e of entries) {
    if (e.encrypted) throw new ReadError("encrypted", "the .docx has encrypted zip entries");
    names.add(e.name);
    const xml = opts.xml?.(e.name) ?? false;
    if (xml && e.data.length > maxXml) {
      throw new ReadError("too-large", `${e.name} 解压后超过 ${Math.round(maxXml / 1024 / 1024)} MB 上限`);
    }
    const cutDepth = xml ? opts.recover?.(e.name) : undefined;
    const check = xml ? new XmlCheck(cutDepth !== undefined, cutDepth) : undefined;
    const xmlOk = check ? check.write(e.data) && check.close() : true;
    if (xmlOk && !e.error) {
      if (opts.keep?.(e.name) || xml) files.set(e.name, e.data);
      continue;
    }
    const why = e.error && e.error !== "CRC-32 mismatch" ? `无法解压：${e.error}` : xmlOk ? "CRC-32 不符" : `不是格式正确的 XML：${check!.error}`;
    if (xmlOk) {
      // complete but not matching its checksum: read it, say so
      damaged.push({ name: e.name, problem: "crc" });
      if (opts.keep?.(e.name) || xml) files.set(e.name, e.data);
      continue;
    }
    const sound = cutDepth !== undefined ? check!.repaired() : undefined;
    if (sound) repaired.set(e.name, { ...sound, why });
    else damaged.push({ name: e.name, problem: "inflate", detail: why });
  }
  return { names, files, damaged, repaired, fromLocalHeaders: true };
}

function inspectByDirectory(bytes: Uint8Array, opts: ZipGuardOptions = {}): Promise<ZipContents> {
  const limit = opts.maxInflatedBytes ?? LIMITS.maxInflatedBytes;
  const maxEntries = opts.maxEntries ?? 10_000;
  const keep = opts.keep ?? (() => false);
  const isXml = opts.xml ?? (() => false);
  const maxXml = opts.maxXmlBytes ?? LIMITS.maxXmlPartBytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bomb = (what: string) => new ReadError("too-large", `${what} inflates to more than ${limit} bytes (zip bomb?)`);
  const declaredBomb = (what: string) => {
    const e = bomb(what);
    DECLARED.add(e);
    return e;
  };

  return new Promise<ZipContents>((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (openErr, zip) => {
      if (openErr || !zip) {
        reject(structural(`not a valid .docx (zip) file: ${openErr?.message ?? "unreadable"}`));
        return;
      }
      const names = new Set<string>();
      const files = new Map<string, Buffer>();
      const damaged: ZipContents["damaged"] = [];
      const repaired: ZipContents["repaired"] = new Map();
      let total = 0;
      let declared = 0;
      let settled = false;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        closeQuietly(zip);
        reject(e instanceof ReadError ? e : structural(`not a valid .docx (zip) file: ${(e as Error).message}`));
      };
      if (zip.entryCount > maxEntries) {
        fail(new ReadError("too-large", `the zip has ${zip.entryCount} entries, over the ${maxEntries}-entry limit`));
        return;
      }
      zip.on("error", fail);
      zip.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ names, files, damaged, repaired });
      });
      zip.on("entry", (entry: Entry) => {
        if (settled) return;
        if (entry.fileName.endsWith("/")) {
          zip.readEntry();
          return;
        }
        names.add(entry.fileName);
        declared += entry.uncompressedSize;
        if (entry.uncompressedSize > limit) return fail(declaredBomb(entry.fileName));
        if (declared > limit) return fail(declaredBomb("the document"));
        if (entry.isEncrypted()) return fail(new ReadError("encrypted", "the .docx has encrypted zip entries"));
        const xml = isXml(entry.fileName);
        if (xml && entry.uncompressedSize > maxXml) {
          const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
          return fail(new ReadError("too-large", `${entry.fileName} 解压后 ${mb(entry.uncompressedSize)}，超过 ${mb(maxXml)} 上限（转换它需要约 65 倍的内存）`));
        }
        const needed = keep(entry.fileName) || xml;
        const cutDepth = xml ? opts.recover?.(entry.fileName) : undefined;
        const recover = cutDepth !== undefined;
        const check = xml ? new XmlCheck(recover, cutDepth) : undefined;
        inflateEntry(zip, entry, keep(entry.fileName), check, recover, (n) => {
          total += n;
          return total <= limit;
        })
          .then(({ data, crc, xmlError, inflateError }) => {
            if (settled) return;
            if (xmlError || inflateError) {
              const why = inflateError ? `无法解压：${inflateError}` : `不是格式正确的 XML：${xmlError}`;
              const sound = recover ? check!.repaired() : undefined;
              if (!sound) return fail(new ReadError("corrupt", `${entry.fileName} ${why}：文件已损坏或被截断`));
              repaired.set(entry.fileName, { ...sound, why });
              zip.readEntry();
              return;
            }
            if (crc !== entry.crc32) damaged.push({ name: entry.fileName, problem: "crc" });
            if (data) files.set(entry.fileName, data);
            zip.readEntry();
          })
          .catch((e: unknown) => {
            if (e === OVER_LIMIT) return fail(bomb("the document"));
            if (needed || settled) return fail(e);
            // an entry mammoth never reads (an image, a font): the rest of the document is still sound
            damaged.push({ name: entry.fileName, problem: "inflate", detail: (e as Error).message });
            zip.readEntry();
          });
      });
      zip.readEntry();
    });
  });
}

const OVER_LIMIT = Symbol("over-limit");
/** Errors raised from the sizes the directory declares (before anything was inflated). */
const DECLARED = new WeakSet<ReadError>();
/** Errors of the zip structure (directory, headers, deflate data), as opposed to what an entry holds. */
const STRUCTURAL = new WeakSet<ReadError>();

function structural(message: string): ReadError {
  const e = new ReadError("corrupt", message);
  STRUCTURAL.add(e);
  return e;
}

interface Inflated {
  data?: Buffer;
  /** CRC-32 of the inflated bytes. */
  crc: number;
  /** Why the XML is not well-formed (when checked). */
  xmlError?: string;
  /** Why inflating stopped part-way (only with `partial`: what came before was checked as XML). */
  inflateError?: string;
}

/**
 * Stream one entry; `count` returns false once the running total is over the limit (the stream is destroyed).
 * With `partial`, an inflate error resolves (with `inflateError`) instead of rejecting.
 */
function inflateEntry(zip: ZipFile, entry: Entry, keep: boolean, xml: XmlCheck | undefined, partial: boolean, count: (n: number) => boolean): Promise<Inflated> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(err ?? new Error("cannot open entry"));
        return;
      }
      const chunks: Buffer[] = [];
      let done = false;
      let crc = 0;
      stream.on("data", (chunk: Buffer) => {
        if (done) return;
        if (!count(chunk.length)) {
          done = true;
          stream.destroy();
          reject(OVER_LIMIT);
          return;
        }
        crc = crc32(chunk, crc);
        if (keep) chunks.push(chunk);
        if (xml && !xml.write(chunk)) {
          // not well-formed: no need to inflate the rest
          done = true;
          stream.destroy();
          resolve({ crc, xmlError: xml.error });
        }
      });
      stream.on("error", (e) => {
        if (done) return;
        done = true;
        if (partial && xml) {
          xml.close();
          resolve({ crc, inflateError: e.message });
        } else reject(e);
      });
      stream.on("end", () => {
        if (done) return;
        done = true;
        if (xml && !xml.close()) resolve({ crc, xmlError: xml.error });
        else resolve({ crc, ...(keep ? { data: Buffer.concat(chunks) } : {}) });
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
