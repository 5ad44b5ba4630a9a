/**
 * Element nesting depth of an HTML source, measured with one linear scan, and a flattening of what is nested
 * deeper than a limit. Both HTML parsers are quadratic in the depth (parse5 scans its stack of open elements at
 * every start tag; htmlparser2 unshifts onto it): 100k nested elements take minutes. A report is never nested more
 * than a few dozen levels, so the tags beyond the limit are dropped (their text stays) before parsing.
 *
 * The scan follows the HTML rules that matter for depth: void elements, raw-text elements (script, style …),
 * comments, and the implied end tags of p, li, dt/dd, tr, td/th, option and table sections.
 */

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
  "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
]);
/** Open elements a start tag closes when they are the current element. */
function closedBy(tag: string, current: string): boolean {
  if (current === "p") return CLOSES_P.has(tag);
  switch (tag) {
    case "li":
      return current === "li";
    case "dt":
    case "dd":
      return current === "dt" || current === "dd";
    case "tr":
      return current === "tr" || current === "td" || current === "th";
    case "td":
    case "th":
      return current === "td" || current === "th";
    case "option":
      return current === "option";
    case "optgroup":
      return current === "option" || current === "optgroup";
    case "thead":
    case "tbody":
    case "tfoot":
      return current === "thead" || current === "tbody" || current === "tfoot" || current === "tr" || current === "td" || current === "th";
    default:
      return false;
  }
}

/** How far down the stack an end tag looks for its element; a stray end tag is ignored, as parsers do. */
const END_TAG_REACH = 64;

export interface NestingResult {
  /** The source, with the tags nested deeper than the limit removed (unchanged when none is). */
  html: string;
  /** Deepest nesting seen. */
  depth: number;
  /** Number of start tags removed. */
  dropped: number;
}

export function limitNesting(html: string, maxDepth: number): NestingResult {
  const stack: string[] = [];
  /** Elements opened beyond the limit (their tags are dropped). */
  const ghosts: string[] = [];
  const cuts: [number, number][] = [];
  let dropped = 0;
  let depth = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const end = html.indexOf(">", lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < n && !isNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (closing) {
      const g = reach(ghosts, name);
      if (g >= 0) {
        ghosts.length = g;
        cuts.push([lt, end]);
      } else {
        const k = reach(stack, name);
        if (k >= 0) stack.length = k;
      }
      i = end;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, "gi");
      close.lastIndex = end;
      const m = close.exec(html);
      i = m ? m.index : n;
      continue;
    }
    i = end;
    if (VOID.has(name)) continue;
    while (stack.length && closedBy(name, stack[stack.length - 1]!)) stack.pop();
    if (stack.length >= maxDepth) {
      ghosts.push(name);
      cuts.push([lt, end]);
      dropped++;
      depth = Math.max(depth, stack.length + ghosts.length);
      continue;
    }
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  if (!cuts.length) return { html, depth, dropped: 0 };
  const parts: string[] = [];
  let last = 0;
  for (const [a, b] of cuts) {
    parts.push(html.slice(last, a));
    last = b;
  }
  parts.push(html.slice(last));
  return { html: parts.join(""), depth, dropped };
}

/** Index of the nearest open `name` within reach of the top of the stack, or -1. */
function reach(stack: string[], name: string): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - END_TAG_REACH; k--) if (stack[k] === name) return k;
  return -1;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2f || c === 0x3e;
}

/** Just past the ">" that ends a tag whose name ends at `j` (quoted attribute values may hold ">"). */
function tagEnd(html: string, j: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let k = j; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x3e) return k + 1;
    if (afterEquals && (c === 0x22 || c === 0x27)) quote = c;
    if (c === 0x3d) afterEquals = true;
    else if (!isNameEnd(c) || c === 0x2f) afterEquals = false;
  }
  return html.length;
}
