/** Types for seed-text.mjs (shared by the fixture builders). */
export interface SeedHeading { kind: "heading"; level: number; text: string }
export interface SeedParagraph { kind: "paragraph"; text: string }
/** Items keep their "N." prefix. */
export interface SeedList { kind: "list"; items: string[] }
export interface SeedCell { text: string; rowSpan: number; colSpan: number }
/** Rows hold owner cells only (positions covered by a span are omitted, as in HTML). */
export interface SeedTable { kind: "table"; caption: string[]; rows: SeedCell[][] }
export type SeedItem = SeedHeading | SeedParagraph | SeedList | SeedTable;
export const H1_RE: RegExp;
export const H2_RE: RegExp;
export const H3_RE: RegExp;
export const DEC_RE: RegExp;
export function chineseToInt(s: string): number;
export function parseSeedText(text: string): SeedItem[];
