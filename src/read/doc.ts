/**
 * Legacy Word (.doc, OLE compound file) → Doc, with word-extractor: the body text, one paragraph per line.
 * Word's binary format ends every table cell and every table row with the same mark, which word-extractor turns
 * into a tab, so the row bounds of a table cannot be recovered from its text: each line that holds tabs becomes
 * one table row, and the document says (a warning) that its tables were read without their row structure.
 */
import { makeCell } from "../model/cell.js";
import type { Block, Doc } from "../model/document.js";
import { ReadError } from "./errors.js";
import { maxOf } from "../util/arrays.js";

function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.length <= 40 && !/[，。；：,;:！？]/.test(t) && !/\d[\d,]*\.\d/.test(t);
}

export async function readDoc(bytes: Uint8Array): Promise<Doc> {
  const { default: WordExtractor } = await import("word-extractor");
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = (doc.getBody as (o?: { filterUnicode?: boolean }) => string).call(doc, { filterUnicode: false });
  } catch (e) {
    throw new ReadError("corrupt", `cannot read the .doc: ${(e as Error).message}`);
  }
  const blocks: Block[] = [];
  let tables = 0;
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (!line.includes("\t")) {
      // Word's automatic numbering ("一、", "（一）") is not in the text: a short line without sentence punctuation
      // is taken as a heading, so segmentation still sees the section titles
      blocks.push(looksLikeTitle(line) ? { type: "heading", level: /^第[一二三四五六七八九十]+部分/.test(line.trim()) ? 1 : 2, text: line, loc: { line: i + 1 } } : { type: "paragraph", text: line, loc: { line: i + 1 } });
      continue;
    }
    // consecutive lines with tabs: one table, a row per line, cells as the tabs cut them
    const start = i;
    const rows: string[][] = [];
    for (; i < lines.length && lines[i]!.includes("\t"); i++) rows.push(lines[i]!.replace(/\t+$/, "").split("\t").map((c) => c.trim()));
    i--;
    const width = maxOf(rows, (r) => r.length);
    blocks.push({ type: "table", rows: rows.map((r) => Array.from({ length: width }, (_, c) => makeCell(r[c] ?? ""))), caption: [], loc: { line: start + 1 } });
    tables++;
  }
  const warnings = tables ? [{ severity: "warning" as const, source: "read", message: `旧版 Word（.doc）：${tables} 个表格的行界限无法从文件中可靠恢复，按文字行读取；表格的核对可能不完整，建议另存为 .docx 后再核对` }] : [];
  return { format: "doc", blocks, warnings };
}
