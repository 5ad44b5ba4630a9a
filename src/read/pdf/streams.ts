/**
 * Damaged compressed streams, found from the raw bytes. pdf.js inflates a FlateDecode stream without checking its
 * Adler-32 checksum, so a flipped bit in a page's content or a font silently changes or drops text (a 1-byte
 * deletion gave 545 of 650 facts with no word). zlib checks it: every Flate stream is inflated once more here (output
 * discarded) and the ones that fail are named. Images are skipped (they hold no text), and so are encrypted files
 * (their streams are not zlib data until decrypted).
 *
 * The scan is a plain pass over "N G obj … stream … endstream" (objects inside object streams are covered by their
 * container stream). It also maps content streams to the page objects that list them in /Contents, so a warning can
 * name the page.
 */
import { inflateSync } from "node:zlib";

export interface DamagedStream {
  obj: number;
  gen: number;
  /** Byte offset of the object. */
  offset: number;
  /** zlib's reason ("incorrect data check", "invalid block type" …). */
  problem: string;
}

/** A stream that inflates to more than this is not checked (it is not text; checking it would cost memory). */
const MAX_CHECKED_BYTES = 64 * 1024 * 1024;

export interface RawObject {
  obj: number;
  gen: number;
  offset: number;
  /** The object's text up to its stream data (or to endobj), latin1. */
  head: string;
  /** Stream data range, when the object has a stream. */
  data?: [number, number];
}

/**
 * Objects as they appear in the file, in order. A stream's data ends where its direct /Length says (when "endstream"
 * follows there), else at the next "endstream"; "N G obj" matches inside stream data are not objects.
 */
export function rawObjects(bytes: Uint8Array): RawObject[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // integers stored as objects of their own (indirect /Length values)
  const integers = new Map<number, number>();
  for (const i of text.matchAll(/(\d{1,10})\s+\d{1,5}\s+obj\s*(\d{1,12})\s*endobj/g)) integers.set(Number(i[1]), Number(i[2]));
  const re = /(\d{1,10})\s+(\d{1,5})\s+obj\b/g;
  const out: RawObject[] = [];
  let m = re.exec(text);
  while (m) {
    const at = m.index;
    const bodyAt = at + m[0].length;
    const obj = Number(m[1]);
    const gen = Number(m[2]);
    const next = re.exec(text);
    const limit = next ? next.index : text.length;
    // the object's own text, up to the next object (a slice: bounded searches, no rescans of the rest of the file)
    const body = text.slice(bodyAt, limit);
    const endobj = body.indexOf("endobj");
    let streamAt = body.indexOf("stream");
    if (streamAt >= 3 && body.startsWith("endstream", streamAt - 3)) streamAt = -1;
    if (streamAt < 0 || (endobj >= 0 && endobj < streamAt)) {
      out.push({ obj, gen, offset: at, head: body.slice(0, endobj < 0 ? body.length : endobj) });
      m = next;
      continue;
    }
    const head = body.slice(0, streamAt);
    let dataAt = bodyAt + streamAt + "stream".length;
    if (text[dataAt] === "\r") dataAt++;
    if (text[dataAt] === "\n") dataAt++;
    const direct = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(head);
    const indirect = /\/Length\s+(\d+)\s+\d+\s+R/.exec(head);
    const length = direct ? Number(direct[1]) : indirect ? integers.get(Number(indirect[1])) : undefined;
    let dataEnd = -1;
    if (length !== undefined) {
      const end = dataAt + length;
      if (/^\s*endstream/.test(text.slice(end, end + 12))) dataEnd = end;
    }
    if (dataEnd < 0) {
      // up to "endstream", EOL included: zlib ignores bytes after the end of its stream, and the EOL may be data
      const e = text.indexOf("endstream", dataAt);
      dataEnd = e < 0 ? text.length : e;
    }
    out.push({ obj, gen, offset: at, head, data: [dataAt, dataEnd] });
    // skip "obj" look-alikes inside the stream data
    re.lastIndex = Math.max(re.lastIndex, dataEnd);
    m = next && next.index >= dataEnd ? next : re.exec(text);
  }
  return out;
}

/** The streams whose Flate data does not inflate cleanly (checksum or structure). */
export function damagedStreams(bytes: Uint8Array): DamagedStream[] {
  const objects = rawObjects(bytes);
  if (objects.some((o) => /\/Encrypt\b/.test(o.head)) || /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(trailerText(bytes))) return [];
  const out: DamagedStream[] = [];
  for (const o of objects) {
    if (!o.data) continue;
    const filter = /\/Filter\s*(\/\w+|\[\s*(\/\w+)\s*\])/.exec(o.head);
    const name = filter?.[2] ?? filter?.[1];
    if (name !== "/FlateDecode" && name !== "/Fl") continue;
    if (/\/Filter\s*\[\s*\/\w+\s*\/\w+/.test(o.head)) continue; // a chain of filters: not plain zlib data
    if (/\/Subtype\s*\/Image\b/.test(o.head)) continue;
    const data = bytes.subarray(o.data[0], o.data[1]);
    try {
      inflateSync(data, { maxOutputLength: MAX_CHECKED_BYTES });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) continue;
      out.push({ obj: o.obj, gen: o.gen, offset: o.offset, problem: err.message });
    }
  }
  return out;
}

function trailerText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.byteLength - 4096), Math.min(4096, bytes.byteLength)).toString("latin1");
}

/** Content stream object number → numbers of the page objects that list it in /Contents (uncompressed pages only). */
export function contentStreamPages(bytes: Uint8Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const o of rawObjects(bytes)) {
    if (!/\/Type\s*\/Page\b/.test(o.head)) continue;
    const c = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(o.head);
    if (!c) continue;
    for (const r of c[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) {
      const n = Number(r[1]);
      const pages = out.get(n) ?? [];
      pages.push(o.obj);
      out.set(n, pages);
    }
  }
  return out;
}
