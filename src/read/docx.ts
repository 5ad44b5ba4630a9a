/**
 * .docx → Doc: zip guard (zip-guard.ts) → mammoth → HTML reader; then the auto-numbering labels mammoth
 * drops are recomputed from numbering.xml (docx-numbering.ts) and attached to the blocks (docx-labels.ts).
 */
import mammoth from "mammoth";
import type { Doc, Message } from "../model/document.js";
import { attachLabels } from "./docx-labels.js";
import { numberedParagraphs } from "./docx-numbering.js";
import { ReadError } from "./errors.js";
import { readHtmlString } from "./html.js";
import { inspectZip } from "./zip-guard.js";
import { storedZip } from "./zip-write.js";
import { pushAll } from "../util/arrays.js";

/** Word styles mammoth does not map by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

const KEPT = /^(_rels\/\.rels|[^/]+\/(document\d*|numbering|styles)\.xml)$/;
/** The XML parts mammoth parses: checked for well-formedness and size before it sees them. */
const PARSED_XML = /^(\[Content_Types\]\.xml|_rels\/\.rels|[^/]+\/_rels\/[^/]+\.rels|[^/]+\/(document\d*|styles|numbering|footnotes|endnotes|comments)\.xml)$/;

/** Images are never read (no text in them): mammoth then never inflates them, and a damaged one costs nothing. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/** A main document part: damaged, its sound beginning is still read. */
const MAIN_CANDIDATE = /^[^/]+\/document\d*\.xml$/;

export async function readDocx(bytes: Uint8Array): Promise<Doc> {
  const zip = await inspectZip(bytes, {
    keep: (name) => KEPT.test(name) || PARSED_XML.test(name),
    xml: (name) => PARSED_XML.test(name),
    // cut after the last whole paragraph or table of <w:document><w:body>
    recover: (name) => (MAIN_CANDIDATE.test(name) ? 2 : undefined),
    // styles, numbering, notes and comments: the text reads without them
    optional: (name) => /^[^/]+\/(styles|numbering|footnotes|endnotes|comments)\.xml$/.test(name),
  });
  const main = mainDocumentPath(zip.files.get("_rels/.rels"), new Set([...zip.names].filter((n) => zip.files.has(n) || zip.repaired.has(n))));
  if (!main) {
    const lost = zip.damaged.find((d) => MAIN_CANDIDATE.test(d.name));
    if (lost) throw new ReadError("corrupt", `${lost.name} 已损坏，无法读取（${lost.detail ?? "数据损坏"}）：损坏处之前没有完整的段落或表格`);
    throw new ReadError("corrupt", "zip without word/document.xml: not a Word document");
  }
  const repaired = zip.repaired.get(main);

  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // damage found (a main document cut to its sound beginning, a styles/numbering/notes part left out, a damaged
    // directory): mammoth reads a copy of the file made of the sound parts
    const buffer =
      repaired || zip.fromLocalHeaders || zip.damaged.length ? rebuilt(zip.files, main, repaired?.xml) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES });
  } catch (e) {
    throw new ReadError("corrupt", `cannot convert the .docx: ${oneLine((e as Error).message)}`);
  }
  const doc = readHtmlString(result.value);
  doc.format = "docx";
  const warnings: Message[] = zip.damaged.map((d) => ({
    severity: "warning",
    source: "read.docx",
    message:
      d.problem === "crc"
        ? `${d.name} 的内容与其 CRC-32 校验值不符：该部分已损坏，读出的文字可能有误`
        : `${d.name} 无法读取（${d.detail ?? "数据损坏"}），已跳过；其余部分照常读取`,
  }));
  if (repaired) {
    const percent = Math.max(1, Math.floor(repaired.kept * 100));
    warnings.unshift({
      severity: "warning",
      source: "read.docx",
      message: `${main} 已损坏（${repaired.why}）：只读出了损坏处之前的内容（约前 ${percent}%），其后的内容缺失`,
    });
  }
  if (zip.damaged.length || repaired) doc.damaged = true;
  pushAll(warnings, result.messages.map((m): Message => ({ severity: "warning", source: "mammoth", message: m.message })));

  const dir = main.slice(0, main.lastIndexOf("/") + 1);
  const text = (name: string) => (name === main && repaired ? repaired.xml : zip.files.get(name)?.toString("utf8"));
  try {
    const numbered = numberedParagraphs(text(main) ?? "", text(`${dir}numbering.xml`), text(`${dir}styles.xml`));
    pushAll(warnings, attachLabels(doc.blocks, numbered));
  } catch (e) {
    warnings.push({ severity: "warning", source: "docx-numbering", message: `自动编号无法读取（${oneLine((e as Error).message)}），保留列表位置标号` });
  }
  pushAll(doc.warnings, warnings);
  return doc;
}

/** The sound parts (the main document replaced by its repaired beginning, if it was damaged), as a zip (stored). */
/** A library's message on one line (xmldom joins its warnings with newlines and tabs). */
function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim().slice(0, 300);
}

function rebuilt(files: Map<string, Buffer>, main: string, xml: string | undefined): Buffer {
  const entries = [...files].filter(([name]) => xml === undefined || name !== main).map(([name, data]) => ({ name, data: new Uint8Array(data) }));
  if (xml !== undefined) entries.push({ name: main, data: new TextEncoder().encode(xml) });
  return storedZip(entries);
}

/** The main document part: the officeDocument relationship target, else word/document.xml. */
function mainDocumentPath(rels: Buffer | undefined, names: Set<string>): string | undefined {
  const m = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels.toString("utf8"));
  const target = m && /Target="\/?([^"]+)"/.exec(m[0])?.[1];
  if (target && names.has(target)) return target;
  return names.has("word/document.xml") ? "word/document.xml" : undefined;
}
