/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 (BOM), else GB18030 (a superset of GBK/GB2312).
 *
 * A few bad bytes do not make a file unreadable: they are decoded as U+FFFD and reported with their lines
 * (`damage`). An encoding is taken with replacements only when at most MAX_BAD_SHARE of the file's non-ASCII bytes
 * are bad; UTF-8 is tried first (damaged UTF-8 would otherwise decode, wrongly, as GB18030), and a GB18030 file
 * decoded as UTF-8 has about every other non-ASCII byte bad. Stray NUL and control bytes in text are damage too.
 */
import { ReadError } from "./errors.js";

export interface Damage {
  /** Characters replaced by U+FFFD. */
  count: number;
  /** 1-based lines holding them (ascending, each once). */
  lines: number[];
}

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  /** Undecodable bytes or control characters replaced by U+FFFD, when there were any. */
  damage?: Damage;
}

/** Above this share of bad non-ASCII bytes, an encoding is not the file's encoding (or the file is not text). */
export const MAX_BAD_SHARE = 0.05;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withDamage(decodeLoose("utf-8", bytes.subarray(3)), "utf-8");
  }
  for (const [b0, b1, encoding] of [[0xff, 0xfe, "utf-16le"], [0xfe, 0xff, "utf-16be"]] as const) {
    if (bytes.length >= 2 && bytes[0] === b0 && bytes[1] === b1) {
      const text = decodeLoose(encoding, bytes.subarray(2));
      if (looksBinary(text)) throw new ReadError("corrupt", "文件看起来是二进制数据，不是文本或 HTML");
      return withDamage(text, encoding);
    }
  }
  const strict = decodeStrict("utf-8", bytes);
  if (strict !== undefined) return withDamage(strict, "utf-8", false);
  const nonAscii = countNonAscii(bytes);
  const utf8 = decodeLoose("utf-8", bytes);
  if (countReplacements(utf8) <= nonAscii * MAX_BAD_SHARE) return withDamage(utf8, "utf-8");
  const gb = decodeStrict("gb18030", bytes);
  if (gb !== undefined) return withDamage(gb, "gb18030", false);
  const gbLoose = decodeLoose("gb18030", bytes);
  const bad = countReplacements(gbLoose);
  if (bad <= nonAscii * MAX_BAD_SHARE) return withDamage(gbLoose, "gb18030");
  const worst = Math.min(bad, countReplacements(utf8));
  throw new ReadError("bad-encoding", `文本既不是 UTF-8 也不是 GB18030/GBK：${nonAscii} 个非 ASCII 字节中有 ${worst} 个无法解码`);
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeLoose(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function countNonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** Control characters that are never text (all C0 but tab, LF, FF, CR; DEL). */
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * The decoded text with stray control characters replaced, and where U+FFFD now stands. `replaced` says whether the
 * decoder replaced bytes (a strict decode did not: a U+FFFD it returns is in the file as such).
 */
function withDamage(decoded: string, encoding: Decoded["encoding"], replaced = true): Decoded {
  const text = decoded.replace(STRAY_CONTROL, "\uFFFD");
  const controls = text !== decoded;
  if (!replaced && !controls) return { text, encoding };
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  let lastLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (c === 0xfffd && (replaced || decoded.charCodeAt(i) !== 0xfffd)) {
      count++;
      if (line !== lastLine) lines.push((lastLine = line));
    }
  }
  return count ? { text, encoding, damage: { count, lines } } : { text, encoding };
}

/** True when a decoded text looks binary (many NUL or control characters): not a text report. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let ctrl = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return sample.length > 0 && ctrl / sample.length > 0.05;
}

/** True when raw bytes look binary: more than 5% NUL or control bytes in the first 8 KB. */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return n > 0 && ctrl / n > 0.05;
}

/** One line of warning text for damaged bytes: where (the first ten lines), how many, and what was done. */
export function damageMessage(d: Damage, encoding: string): string {
  const shown = d.lines.slice(0, 10).join("、");
  const more = d.lines.length > 10 ? ` 等 ${d.lines.length} 行` : " 行";
  return `第 ${shown}${more}有 ${d.count} 处字节无法按 ${encoding.toUpperCase()} 解码（或是控制字符），已替换为 U+FFFD；其余内容照常读取`;
}
