/**
 * Builds the layout-family registry schemas/layouts/*.json from sample reports:
 *   npx tsx scripts/make-layouts.ts
 * Each family merges the fingerprints of its sources (first = base order and titles; sections or
 * tables not in every source become optional). Re-run when the segmenter or table typing changes.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReport } from "../src/pipeline.js";
import { fingerprintReport, type FpSection, type LayoutFingerprint } from "../src/layout/fingerprint.js";
import { mergeFingerprints } from "../src/layout/merge.js";
import type { LayoutFamily } from "../src/layout/family.js";

const ROOT = new URL("../", import.meta.url);

const FAMILIES: (Omit<LayoutFamily, "fingerprint"> & { sources: string[] })[] = [
  {
    id: "shanghai-2024",
    name: "上海市区级 2024 年度部门决算（模板版式）",
    description: "概况 / 部门决算表（九张表）/ 情况说明 / 名词解释；表在说明之前。",
    sources: ["samples/shanghai-putuo-czj-2024.pdf", "samples/shanghai-template-2024.pdf"],
    requiredTables: ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"],
  },
  {
    id: "xinjiang-2024",
    name: "新疆 2024 年度部门决算（文字版，报表见附表）",
    description: "单位概况 / 部门决算情况说明（含绩效自评表）/ 专业名词解释 / 部门决算报表（见附表，只列表名）。",
    sources: ["samples/changji-czj-2024.txt"],
    requiredTables: [],
  },
  {
    id: "university-2023",
    name: "高等学校 2023 年度单位决算（报表在说明之前，四张表）",
    description: "学校概况 / 决算报表（表1–表4：收支决算总表、收入决算表、支出决算表、财政拨款支出决算表）/ 决算报表说明（每表一节）/ 名词解释。",
    sources: ["samples/chongqing-swu-2023.pdf"],
    requiredTables: ["T1", "T2", "T3", "fiscal-expenditure"],
  },
];

/** Family files carry normalised titles only: printed titles name the source unit. */
function stripPrinted(s: FpSection): FpSection {
  return { kind: s.kind, title: s.title, ...(s.optional ? { optional: true } : {}), children: s.children.map(stripPrinted) };
}

/** JSON with one line per leaf section / table, so the files read as an outline. */
function stringifyFamily(f: LayoutFamily): string {
  const json = JSON.stringify(f, null, 2);
  return json.replace(/\{\n\s+"kind": [^{}\[\]]*?"children": \[\]\n\s+\}/g, (m) => m.replace(/\n\s+/g, " ")).replace(/\{\n\s+"id": "T[^{}]*?\}/g, (m) => m.replace(/\n\s+/g, " ")).replace(/"requiredTables": \[[^\]]*\]/, (m) => m.replace(/\n\s*/g, ""));
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL("schemas/layouts/", ROOT));
  mkdirSync(dir, { recursive: true });
  for (const fam of FAMILIES) {
    const fps: LayoutFingerprint[] = [];
    for (const src of fam.sources) {
      const report = await parseReport(fileURLToPath(new URL(src, ROOT)), { validate: false });
      fps.push(fingerprintReport(report));
    }
    const merged = mergeFingerprints(fps);
    const family: LayoutFamily = { ...fam, fingerprint: { ...merged, sections: merged.sections.map(stripPrinted) } };
    writeFileSync(`${dir}${fam.id}.json`, stringifyFamily(family) + "\n");
    process.stdout.write(`${fam.id}: ${merged.sections.length} parts, ${merged.tables.length} tables, forms [${merged.forms.join(", ")}]\n`);
  }
}

await main();
