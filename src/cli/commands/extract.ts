import type { Command } from "../command.js";
import { LIMIT_OPTIONS, LIMIT_USAGE, parseFileForCli, writeOut } from "../io.js";

export const extractCommand: Command = {
  name: "extract",
  usage: `juesuan extract FILE [--pretty] [--no-validate] [--blocks] ${LIMIT_USAGE}`,
  description: "the report as JSON: source (sha256), outline, records, tables, facts, findings, warnings (--blocks: also the document blocks that fact sources point into)",
  options: { pretty: { type: "boolean" }, "no-validate": { type: "boolean" }, blocks: { type: "boolean" }, ...LIMIT_OPTIONS },
  async run({ positionals, values }) {
    const { report, doc } = await parseFileForCli(positionals[0], values, { validate: !values["no-validate"], withDoc: Boolean(values.blocks) });
    const out = values.blocks && doc ? { ...report, blocks: doc.blocks } : report;
    await writeOut(JSON.stringify(out, null, values.pretty ? 2 : 0) + "\n");
    return 0;
  },
};
