/** Small helpers over an XML tree parsed by cheerio in xml mode (element names keep their prefix: "w:p"). */
import { load } from "cheerio";
import type { HNode } from "./html-dom.js";

export function parseXml(xml: string): HNode {
  return load(xml, { xml: true }).root()[0] as unknown as HNode;
}

export function childElements(n: HNode, name?: string): HNode[] {
  return (n.children ?? []).filter((c) => c.type === "tag" && (name === undefined || c.name === name));
}

export function firstChild(n: HNode | undefined, name: string): HNode | undefined {
  return n ? (n.children ?? []).find((c) => c.type === "tag" && c.name === name) : undefined;
}

/** Depth-first pre-order visit of elements; return false from `fn` to skip a subtree. */
export function visitElements(n: HNode, fn: (el: HNode, ancestors: HNode[]) => boolean | void, ancestors: HNode[] = []): void {
  for (const c of n.children ?? []) {
    if (c.type !== "tag") continue;
    if (fn(c, ancestors) === false) continue;
    ancestors.push(c);
    visitElements(c, fn, ancestors);
    ancestors.pop();
  }
}

/** The w:val (or other) attribute of a child element. */
export function childVal(n: HNode | undefined, name: string, attrName = "w:val"): string | undefined {
  return firstChild(n, name)?.attribs?.[attrName];
}
