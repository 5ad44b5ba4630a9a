/** Segmentation: blocks → outline of parts, sections, subsections and tables, by title text. */
import type { Doc } from "../model/document.js";
import type { Section } from "../model/report.js";

export interface Outline {
  sections: Section[];
  /** Section kind path for each block index (innermost last). */
  blockKinds: string[][];
}

export function segment(doc: Doc): Outline {
  return { sections: [], blockKinds: doc.blocks.map(() => []) };
}
