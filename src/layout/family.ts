/**
 * Layout families: readable JSON files in schemas/layouts/ (one per family), loaded into a registry,
 * and matching a report's fingerprint against them (best score wins; below the threshold: no family).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareFingerprints, type Deviation } from "./compare.js";
import type { LayoutFingerprint } from "./fingerprint.js";

export interface LayoutFamily {
  /** File name without .json, e.g. "shanghai-2024". */
  id: string;
  name: string;
  description?: string;
  /** Reports the family was built from. */
  sources?: string[];
  /**
   * Table kinds (T1…T9, fiscal-expenditure, …) every report of the family prints, each as a table or as its
   * title with a note that it is empty; a strongly matching report without one is incomplete (rule core-tables).
   * Empty or absent: the family prints its tables elsewhere (an attachment) and nothing is required here.
   */
  requiredTables?: string[];
  fingerprint: LayoutFingerprint;
}

export interface FamilyMatch {
  /** Best family when its score reaches the threshold; undefined: fits no family. */
  family?: string;
  /** The closest family even when below the threshold. */
  closest?: string;
  score: number;
  deviations: Deviation[];
  /** Scores against every family, best first. */
  scores: { family: string; score: number }[];
}

/** Below this similarity a report is said to fit no family. */
export const FAMILY_THRESHOLD = 0.7;

/** schemas/layouts/ next to src/ or dist/ (both are two levels below the package root). */
export function defaultFamiliesDir(): string {
  return fileURLToPath(new URL("../../schemas/layouts/", import.meta.url));
}

const loaded = new Map<string, LayoutFamily[]>();

/** The registry in the default directory, read once per process. */
export function defaultFamilies(): LayoutFamily[] {
  const dir = defaultFamiliesDir();
  let fams = loaded.get(dir);
  if (!fams) loaded.set(dir, (fams = loadFamilies(dir)));
  return fams;
}

export function loadFamilies(dir: string = defaultFamiliesDir()): LayoutFamily[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return files.map((f) => parseFamily(readFileSync(join(dir, f), "utf8"), f.replace(/\.json$/, "")));
}

export function parseFamily(text: string, fallbackId = "family"): LayoutFamily {
  const raw = JSON.parse(text) as Partial<LayoutFamily>;
  if (!raw.fingerprint || !Array.isArray(raw.fingerprint.sections)) throw new Error(`layout family ${fallbackId}: no fingerprint.sections`);
  return {
    id: raw.id ?? fallbackId,
    name: raw.name ?? raw.id ?? fallbackId,
    ...(raw.description ? { description: raw.description } : {}),
    ...(raw.sources ? { sources: raw.sources } : {}),
    ...(Array.isArray(raw.requiredTables) ? { requiredTables: raw.requiredTables.map(String) } : {}),
    fingerprint: { sections: raw.fingerprint.sections, tables: raw.fingerprint.tables ?? [], forms: raw.fingerprint.forms ?? [] },
  };
}

export function matchFamily(fp: LayoutFingerprint, families: LayoutFamily[], threshold = FAMILY_THRESHOLD): FamilyMatch {
  const results = families.map((f) => ({ family: f.id, ...compareFingerprints(f.fingerprint, fp) }));
  results.sort((a, b) => b.score - a.score || a.deviations.length - b.deviations.length);
  const best = results[0];
  const scores = results.map((r) => ({ family: r.family, score: r.score }));
  if (!best) return { score: 0, deviations: [], scores };
  return {
    ...(best.score >= threshold ? { family: best.family } : {}),
    closest: best.family,
    score: best.score,
    deviations: best.score >= threshold ? best.deviations : [],
    scores,
  };
}
