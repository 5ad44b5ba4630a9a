/**
 * Mutation test of the checker (the judges' mutate.mjs): nudge one stated amount or percent at a time by
 * +0.10 and ask whether the checker now reports an error. Sites: amounts with two decimals followed by 万元
 * or % between `from` and `to` (not areas, not unit prices), and bare amounts on table-cell lines. At most
 * `max` mutants, spread evenly over the sites. The untouched report must have no error.
 */
import { ratio } from "./normalise.js";

export interface MutateOptions {
  from?: RegExp;
  to?: RegExp;
  max?: number;
}

export interface Site {
  /** 0-based line. */
  line: number;
  at: number;
  token: string;
}

export function mutationSites(text: string, options: MutateOptions = {}): Site[] {
  const from = options.from ?? /第二部分/;
  const to = options.to ?? /第三部分/;
  let on = false;
  const sites: Site[] = [];
  text.split("\n").forEach((line, li) => {
    if (from.test(line)) on = true;
    if (to.test(line)) on = false;
    if (!on) return;
    for (const m of line.matchAll(/\d[\d,]*\.\d{2}(?=\s*(万元|%))/g)) {
      const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 4);
      const before = line.slice(Math.max(0, m.index! - 6), m.index!);
      if (/^\s*(平方米)/.test(after) || /(价值|单价)$/.test(before)) continue;
      sites.push({ line: li, at: m.index!, token: m[0] });
    }
    const cell = /^\t(\d[\d,]*\.\d{2})$/.exec(line);
    if (cell) sites.push({ line: li, at: 1, token: cell[1] });
  });
  return sites;
}

/** +0.10 on the tenths digit, with carry ("1,234.95" → "1235.05": separators are dropped, as the judges do). */
export function bump(token: string): string {
  const neg = token.startsWith("-");
  const cents = BigInt(token.replace(/[-,.]/g, "")) + 10n;
  const s = cents.toString().padStart(3, "0");
  return (neg ? "-" : "") + s.slice(0, -2) + "." + s.slice(-2);
}

/** The sites to mutate: every ⌈n/max⌉-th. */
export function chooseSites(sites: Site[], max = 60): Site[] {
  const step = Math.max(1, Math.ceil(sites.length / max));
  return sites.filter((_, i) => i % step === 0);
}

export function mutant(text: string, s: Site): string {
  const lines = text.split("\n");
  lines[s.line] = lines[s.line].slice(0, s.at) + bump(s.token) + lines[s.line].slice(s.at + s.token.length);
  return lines.join("\n");
}

export interface MutationScore {
  /** Whether the untouched report had errors (it must not). */
  baselineErrors: boolean;
  sites: number;
  mutants: number;
  detected: number;
  missed: { site: Site; text: string }[];
}

/** Runs the checker on the report and each mutant; `hasErrors` is the checker (true = errors found). */
export async function runMutations(text: string, hasErrors: (text: string) => Promise<boolean>, options: MutateOptions = {}): Promise<MutationScore> {
  const sites = mutationSites(text, options);
  const chosen = chooseSites(sites, options.max);
  const baselineErrors = await hasErrors(text);
  const lines = text.split("\n");
  let detected = 0;
  const missed: MutationScore["missed"] = [];
  for (const s of chosen) {
    if (await hasErrors(mutant(text, s))) detected++;
    else missed.push({ site: s, text: lines[s.line].trim().slice(0, 60) });
  }
  return { baselineErrors, sites: sites.length, mutants: chosen.length, detected, missed };
}

export function formatMutations(s: MutationScore): string[] {
  return [
    ...s.missed.map((m) => `missed: line ${m.site.line + 1} ${m.site.token} -> ${bump(m.site.token)}: ${m.text}`),
    `detected=${ratio(s.mutants ? s.detected / s.mutants : 0)} caught=${s.detected} mutants=${s.mutants} sites=${s.sites} baseline=${s.baselineErrors ? 1 : 0}`,
  ];
}
