/** Shared geometry types of the PDF reader. Coordinates are PDF user units, origin bottom-left. */

/** One non-blank text run from getTextContent, upright. y is the baseline. */
export interface TItem {
  str: string;
  x0: number;
  x1: number;
  y: number;
  /** Approximate glyph box (ascender/descender from the font size). */
  top: number;
  bottom: number;
  size: number;
  font: string;
}

/** Items sharing a baseline, sorted by x. */
export interface Line {
  items: TItem[];
  /** Normalised text of the whole line. */
  text: string;
  x0: number;
  x1: number;
  y: number;
  top: number;
  bottom: number;
  size: number;
  page: number;
}

export type BBox = [number, number, number, number];

export function itemCx(it: TItem): number {
  return (it.x0 + it.x1) / 2;
}
export function itemCy(it: TItem): number {
  return (it.top + it.bottom) / 2;
}
