/**
 * The share of the numbers a text report states that facts account for (the judges' coverage.mjs): between
 * a line matching `from` (default 第二部分) and one matching `to` (default 第三部分), every number with a
 * unit (万元 元 % 人 辆 个 次 …) or alone in a table cell line counts; years before 年 and unit prices do not.
 * Facts are matched by value as a multiset: each fact accounts for one occurrence.
 */
import { normNumber, ratio } from "./normalise.js";

export interface CoverageOptions {
  from?: RegExp;
  to?: RegExp;
}

export interface CoverageScore {
  covered: number;
  numbers: number;
  share: number;
  uncovered: { token: string; line: number; text: string }[];
}

const UNIT = "(万元|元|%|％|人次|人|辆|个|批次|次|平方米|台|分|门|条|套|小时)";

export function scoreCoverage(reportText: string, facts: { value: unknown }[], options: CoverageOptions = {}): CoverageScore {
  const from = options.from ?? /第二部分/;
  const to = options.to ?? /第三部分/;
  const bag = new Map<string, number>();
  for (const f of facts) {
    const v = String(f.value ?? "").replace(/^[-+]/, "");
    if (!/^\d/.test(v)) continue;
    const k = normNumber(v);
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  let on = false;
  let numbers = 0;
  let covered = 0;
  const uncovered: CoverageScore["uncovered"] = [];
  reportText.split(/\r?\n/).forEach((line, i) => {
    if (from.test(line)) on = true;
    if (to.test(line)) on = false;
    if (!on) return;
    const toks: string[] = [];
    const cell = /^\t[=<>≥≤]*(\d[\d,]*(?:\.\d+)?)\s*$/.exec(line);
    if (cell) toks.push(cell[1]);
    else
      for (const m of line.matchAll(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*${UNIT}`, "g"))) {
        if (/^\d{4}$/.test(m[1]) && /^年/.test(line.slice(m.index! + m[1].length))) continue;
        if (/单价$/.test(line.slice(Math.max(0, m.index! - 2), m.index!))) continue;
        toks.push(m[1]);
      }
    for (const t of toks) {
      numbers++;
      const k = normNumber(t);
      if ((bag.get(k) ?? 0) > 0) {
        bag.set(k, bag.get(k)! - 1);
        covered++;
      } else uncovered.push({ token: t, line: i + 1, text: line.trim().slice(0, 50) });
    }
  });
  return { covered, numbers, share: numbers ? covered / numbers : 0, uncovered };
}

export function formatCoverage(s: CoverageScore): string[] {
  return [
    ...s.uncovered.slice(0, 40).map((u) => `uncovered ${u.token} in: ${u.text}`),
    `coverage=${ratio(s.share)} covered=${s.covered} numbers=${s.numbers}`,
  ];
}
