import { renderFindingsMarkdown, renderFindingsText } from "../../output/review.js";
import type { Command } from "../command.js";
import { LIMIT_OPTIONS, LIMIT_USAGE, parseFileForCli, UsageError, writeOut } from "../io.js";

export const checkCommand: Command = {
  name: "check",
  usage: `juesuan check FILE [--format text|json|md] [--all] ${LIMIT_USAGE}`,
  description: "validate the report; exit 0 without errors, 1 with errors, 2 when the file cannot be read",
  options: { format: { type: "string", default: "text" }, all: { type: "boolean" }, ...LIMIT_OPTIONS },
  async run({ positionals, values }) {
    const { report } = await parseFileForCli(positionals[0], values);
    if (values.format === "json") {
      await writeOut(JSON.stringify({ source: report.source, summary: report.summary, findings: report.findings }, null, 2) + "\n");
    } else if (values.format === "md") {
      await writeOut(renderFindingsMarkdown(report));
    } else if (values.format === "text") {
      await writeOut(renderFindingsText(report, { all: Boolean(values.all) }));
    } else {
      throw new UsageError(`unknown --format ${String(values.format)} (text, json or md)`);
    }
    return report.summary.errors > 0 ? 1 : 0;
  },
};

export { UsageError } from "../io.js";
