/**
 * Truth files (TSV): one fact a report states per line — concept, value, unit, dims (k=v;k=v). `# tables`
 * starts the table facts, `# extra` facts outside the concept contract (hints, never scored); other `#` lines
 * are comments. The format of ../shared/corpus/truth and samples/truth.
 */
import { readFileSync } from "node:fs";

export type TruthPart = "narrative" | "tables";

export interface TruthFact {
  concept: string;
  value: string;
  unit: string;
  dims: Record<string, string>;
  part: TruthPart;
  /** 1-based line in the truth file. */
  line: number;
}

export function parseDims(s: string | undefined): Record<string, string> {
  return Object.fromEntries((s ?? "").split(";").filter(Boolean).map((kv) => kv.split("=") as [string, string]));
}

export function parseTruth(text: string): TruthFact[] {
  let part: TruthPart | "extra" = "narrative";
  const out: TruthFact[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^#\s*tables\b(?!\S)/.test(line)) {
      part = "tables";
      return;
    }
    if (/^#\s*extra\s*$/.test(line)) {
      part = "extra";
      return;
    }
    if (!line.trim() || line.startsWith("#") || part === "extra") return;
    const [concept, value, unit, dims] = line.split("\t");
    out.push({ concept, value, unit, dims: parseDims(dims), part, line: i + 1 });
  });
  return out;
}

export function readTruth(path: string): TruthFact[] {
  return parseTruth(readFileSync(path, "utf8"));
}
