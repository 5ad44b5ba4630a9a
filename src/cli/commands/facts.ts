import type { Command } from "../command.js";
import { LIMIT_OPTIONS, LIMIT_USAGE, parseFileForCli, writeOut } from "../io.js";

export const factsCommand: Command = {
  name: "facts",
  usage: `juesuan facts FILE ${LIMIT_USAGE}`,
  description: "the facts as NDJSON, one fact per line",
  options: { ...LIMIT_OPTIONS },
  async run({ positionals, values }) {
    const { report } = await parseFileForCli(positionals[0], values, { validate: false });
    await writeOut(report.facts.map((f) => JSON.stringify(f)).join("\n") + (report.facts.length ? "\n" : ""));
    return 0;
  },
};
