import { readFile } from "node:fs/promises";
import { parseReport } from "../../pipeline.js";
import type { Report } from "../../model/report.js";
import { compareFingerprints } from "../../layout/compare.js";
import { fingerprintReport } from "../../layout/fingerprint.js";
import { loadFamilies, matchFamily } from "../../layout/family.js";
import { describeDeviation, renderMatch } from "../../layout/render.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";

/** A report file (txt/html/docx/pdf) is parsed; a .json file is taken as an already extracted Report. */
async function loadReport(path: string): Promise<Report> {
  if (path.toLowerCase().endsWith(".json")) {
    const r = JSON.parse(await readFile(path, "utf8")) as Report;
    if (!Array.isArray(r.outline) || !Array.isArray(r.tables)) throw new UsageError(`${path}: not a juesuan report JSON (no outline/tables)`);
    return { ...r, records: r.records ?? { yoy: [], budgets: [], items: [], forms: [] } };
  }
  return parseReport(path, { validate: false });
}

export const layoutCommand: Command = {
  name: "layout",
  usage: "juesuan layout FILE… | layout diff A B [--json] [--families DIR] [--fingerprint]",
  description: "name each report's layout family and list deviations; `diff A B` compares two reports",
  options: { json: { type: "boolean" }, families: { type: "string" }, fingerprint: { type: "boolean" } },
  async run({ positionals, values }) {
    const json = Boolean(values.json);
    if (positionals[0] === "diff") {
      if (positionals.length !== 3) throw new UsageError("usage: juesuan layout diff A B");
      const [a, b] = await Promise.all([loadReport(positionals[1]), loadReport(positionals[2])]);
      const cmp = compareFingerprints(fingerprintReport(a), fingerprintReport(b));
      if (json) await writeOut(JSON.stringify({ a: positionals[1], b: positionals[2], ...cmp }, null, 2) + "\n");
      else {
        const head = `${positionals[1]} → ${positionals[2]}：相似度 ${cmp.score.toFixed(2)}，${cmp.deviations.length ? `${cmp.deviations.length} 处差异` : "版式相同"}`;
        await writeOut([head, ...cmp.deviations.map((d) => `  - ${describeDeviation(d)}`)].join("\n") + "\n");
      }
      return cmp.deviations.length ? 1 : 0;
    }
    const families = loadFamilies(typeof values.families === "string" ? values.families : undefined);
    if (families.length === 0 && !values.fingerprint) throw new UsageError("no layout families found (schemas/layouts/*.json or --families DIR)");
    let clean = true;
    const results: unknown[] = [];
    for (const file of positionals) {
      const fp = fingerprintReport(await loadReport(file));
      if (values.fingerprint) {
        results.push({ file, fingerprint: fp });
        continue;
      }
      const m = matchFamily(fp, families);
      if (!m.family || m.deviations.length) clean = false;
      if (json) results.push({ file, ...m });
      else await writeOut(renderMatch(file, m));
    }
    if (json || values.fingerprint) await writeOut(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + "\n");
    return clean ? 0 : 1;
  },
};
