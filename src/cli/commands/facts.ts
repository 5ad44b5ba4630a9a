import { parseReport } from "../../pipeline.js";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";

export const factsCommand: Command = {
  name: "facts",
  usage: "juesuan facts FILE",
  description: "the facts as NDJSON, one fact per line",
  options: {},
  async run({ positionals }) {
    const report = await parseReport(positionals[0], { validate: false });
    await writeOut(report.facts.map((f) => JSON.stringify(f)).join("\n") + (report.facts.length ? "\n" : ""));
    return 0;
  },
};
