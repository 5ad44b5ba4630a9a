/** Reading and writing small zip files in tests: repack a .docx with one part changed, or damaged on purpose. */
import { crc32, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";

export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  /** 8 = deflate (default), 0 = stored. */
  method?: 0 | 8;
  /** Write this CRC-32 instead of the true one. */
  crc?: number;
  /** Write this uncompressed size instead of the true one. */
  size?: number;
  /** Replace the compressed bytes (e.g. damaged deflate data). */
  raw?: Uint8Array;
}

export function makeZip(entries: ZipEntryInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    const raw = Buffer.from(e.raw ?? (method === 8 ? deflateRawSync(e.data) : e.data));
    const crc = e.crc ?? crc32(e.data);
    const size = e.size ?? e.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(raw.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(raw.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, raw);
    centrals.push(ch, name);
    offset += 30 + name.length + raw.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** Every entry of a zip with its inflated bytes, in order. */
export function readZip(bytes: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out: { name: string; data: Uint8Array }[] = [];
      zip.on("error", reject);
      zip.on("end", () => resolve(out));
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("error", reject);
          stream.on("end", () => {
            out.push({ name: entry.fileName, data: new Uint8Array(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
