/** A report's output files: `<name>.json` and `<name>.facts.ndjson`, each written atomically. */
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "../model/report.js";
import { outputTexts, type OutputTexts } from "./convert.js";

/** `<name>.json` (the report) and `<name>.facts.ndjson` (one fact per line), each written atomically. */
export async function writeOutputs(outDir: string, name: string, report: Report, texts: OutputTexts = outputTexts(report)): Promise<void> {
  const put = async (file: string, text: string) => {
    const path = join(outDir, file);
    await writeFile(path + ".tmp", text);
    await rename(path + ".tmp", path);
  };
  await put(`${name}.json`, texts.json);
  await put(`${name}.facts.ndjson`, texts.ndjson);
}
