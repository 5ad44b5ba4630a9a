import { parseReport } from "../../pipeline.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";

export const extractCommand: Command = {
  name: "extract",
  usage: "juesuan extract FILE [--pretty] [--no-validate]",
  description: "the report as JSON: source (sha256), outline, records, tables, facts, findings, warnings",
  options: { pretty: { type: "boolean" }, "no-validate": { type: "boolean" } },
  async run({ positionals, values }) {
    const report = await parseReport(positionals[0], { validate: !values["no-validate"] });
    await writeOut(JSON.stringify(report, null, values.pretty ? 2 : 0) + "\n");
    return 0;
  },
};
