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

/** Source whitespace that collapses (HTML's ASCII whitespace). */
function isCollapsible(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

const JS_SPACE = /\s/;

/**
 * Collapse source whitespace of inline text; explicit <br> (BR) becomes "\n". Result is trimmed per line.
 * A run of collapsible whitespace that holds a line break, between two non-space characters, disappears when both
 * are CJK (it was only wrapping) and is one space otherwise. One linear pass (no backtracking regex: a run of
 * 100k newlines must not take seconds).
 */
export function normalizeInline(raw: string): string {
  const s = raw.indexOf("\u00a0") >= 0 ? raw.replace(/\u00a0/g, " ") : raw;
  const parts: string[] = [];
  let last = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isCollapsible(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let newline = false;
    while (i < n && isCollapsible(s.charCodeAt(i))) {
      if (s.charCodeAt(i) === 0x0a) newline = true;
      i++;
    }
    if (!newline || start === 0 || i === n) continue;
    const a = s[start - 1]!;
    const b = s[i]!;
    if (JS_SPACE.test(a) || JS_SPACE.test(b)) continue;
    parts.push(s.slice(last, start), CJK.test(a) && CJK.test(b) ? "" : " ");
    last = i;
  }
  parts.push(s.slice(last));
  const collapsed = parts.join("").replace(/[ \t\r\n\f]+/g, " ");
  return collapsed
    .split(BR)
    .map(trimCollapsible)
    .filter((l, i, all) => l !== "" || (i > 0 && i < all.length - 1))
    .join("\n")
    .trim();
}

function trimCollapsible(l: string): string {
  let a = 0;
  let b = l.length;
  while (a < b && isCollapsible(l.charCodeAt(a))) a++;
  while (b > a && isCollapsible(l.charCodeAt(b - 1))) b--;
  return l.slice(a, b);
}

/** Raw inline text of a subtree (BR for <br>), skipping script/style. */
export function rawText(n: HNode): string {
  const out: string[] = [];
  const stack: HNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === "text") {
      out.push(x.data ?? "");
      continue;
    }
    if (x.type !== "cdata") {
      if (!isElement(x) && x.type !== "root") continue;
      if (x.name && SKIPPED.has(x.name)) continue;
      if (x.name === "br") {
        out.push(BR);
        continue;
      }
    }
    const ch = x.children;
    if (ch) for (let k = ch.length - 1; k >= 0; k--) stack.push(ch[k]!);
  }
  return out.join("");
}

/**
 * Text of a subtree as lines: every block element (p, div, li, nested table cells …) starts a new line;
 * each line is whitespace-normalised and empty lines are dropped. Used for table cells.
 */
export function textLines(n: HNode): string[] {
  const lines: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    for (const l of normalizeInline(cur.join("")).split("\n")) if (l.trim() !== "") lines.push(l);
    cur = [];
  };
  const FLUSH = null;
  const stack: (HNode | null)[] = [];
  const pushChildren = (x: HNode) => {
    const ch = x.children;
    if (ch) for (let k = ch.length - 1; k >= 0; k--) stack.push(ch[k]!);
  };
  pushChildren(n);
  while (stack.length) {
    const x = stack.pop()!;
    if (x === FLUSH) {
      flush();
      continue;
    }
    if (x.type === "text") {
      cur.push(x.data ?? "");
      continue;
    }
    if (!isElement(x) && x.type !== "root") continue;
    const name = x.name ?? "";
    if (SKIPPED.has(name)) continue;
    if (name === "br") {
      cur.push(BR);
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      stack.push(FLUSH);
    }
    pushChildren(x);
  }
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
