/**
 * Minimal view of the parsed HTML tree (cheerio/domhandler nodes) and text helpers shared by the HTML reader.
 * Whitespace: runs of ASCII whitespace collapse to one space; a source line break between two CJK characters
 * disappears (it was only wrapping); &nbsp; is a space; U+3000 (full-width space) is content and stays.
 */
export interface HNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  parent?: HNode | null;
}

/** Elements whose content is never text of the report. */
export const SKIPPED = new Set(["script", "style", "head", "title", "template", "noscript", "meta", "link", "object", "svg", "iframe"]);

/** Elements that break lines (a cell's paragraphs are joined with "\n"). */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "thead",
  "tfoot", "tr", "td", "th", "ul",
]);

/** Stands for an explicit <br> while source whitespace is being collapsed. */
export const BR = "\u2028";

const CJK = /[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function isElement(n: HNode): boolean {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

/** Collapse source whitespace of inline text; explicit <br> (BR) becomes "\n". Result is trimmed per line. */
export function normalizeInline(raw: string): string {
  const s = raw
    .replace(/\u00a0/g, " ")
    .replace(/(\S)[ \t\r\n\f]*\n[ \t\r\n\f]*(?=(\S))/g, (_m, a: string, b: string) =>
      CJK.test(a) && CJK.test(b) && a !== BR && b !== BR ? a : `${a} `,
    )
    .replace(/[ \t\r\n\f]+/g, " ");
  return s
    .split(BR)
    .map((l) => l.replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, ""))
    .filter((l, i, all) => l !== "" || (i > 0 && i < all.length - 1))
    .join("\n")
    .trim();
}

/** Raw inline text of a subtree (BR for <br>), skipping script/style. */
export function rawText(n: HNode): string {
  if (n.type === "text") return n.data ?? "";
  if (n.type === "cdata") return (n.children ?? []).map(rawText).join("");
  if (!isElement(n) && n.type !== "root") return "";
  if (n.name && SKIPPED.has(n.name)) return "";
  if (n.name === "br") return BR;
  return (n.children ?? []).map(rawText).join("");
}

/**
 * Text of a subtree as lines: every block element (p, div, li, nested table cells …) starts a new line;
 * each line is whitespace-normalised and empty lines are dropped. Used for table cells.
 */
export function textLines(n: HNode): string[] {
  const lines: string[] = [];
  let cur = "";
  const flush = () => {
    for (const l of normalizeInline(cur).split("\n")) if (l.trim() !== "") lines.push(l);
    cur = "";
  };
  const visit = (x: HNode) => {
    if (x.type === "text") {
      cur += x.data ?? "";
      return;
    }
    if (!isElement(x) && x.type !== "root") return;
    const name = x.name ?? "";
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      cur += BR;
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    for (const c of x.children ?? []) visit(c);
    if (block) flush();
  };
  for (const c of n.children ?? []) visit(c);
  flush();
  return lines;
}

export function attr(n: HNode, name: string): string | undefined {
  return n.attribs?.[name];
}

/** The value of one CSS property in an element's style attribute, lower-cased. */
export function styleProp(n: HNode, prop: string): string | undefined {
  const style = attr(n, "style");
  if (!style) return undefined;
  for (const decl of style.split(";")) {
    const i = decl.indexOf(":");
    if (i > 0 && decl.slice(0, i).trim().toLowerCase() === prop) return decl.slice(i + 1).trim().toLowerCase();
  }
  return undefined;
}
