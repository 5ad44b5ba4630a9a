import { parseReportWithDoc } from "../../pipeline.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";

export const extractCommand: Command = {
  name: "extract",
  usage: "juesuan extract FILE [--pretty] [--no-validate] [--blocks]",
  description: "the report as JSON: source (sha256), outline, records, tables, facts, findings, warnings (--blocks: also the document blocks that fact sources point into)",
  options: { pretty: { type: "boolean" }, "no-validate": { type: "boolean" }, blocks: { type: "boolean" } },
  async run({ positionals, values }) {
    const { report, doc } = await parseReportWithDoc(positionals[0], { validate: !values["no-validate"] });
    const out = values.blocks ? { ...report, blocks: doc.blocks } : report;
    await writeOut(JSON.stringify(out, null, values.pretty ? 2 : 0) + "\n");
    return 0;
  },
};
