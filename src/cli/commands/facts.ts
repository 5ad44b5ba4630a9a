import type { Command } from "../command.js";
import { forEachInput } from "../each.js";
import { openOutput } from "../io.js";
import { BUDGET_OPTIONS, BUDGET_USAGE, budgetFromFlags, parseWithinBudget } from "../budget-flags.js";

export const factsCommand: Command = {
  name: "facts",
  usage: `juesuan facts FILE… [-o FILE] ${BUDGET_USAGE}`,
  description: "事实，NDJSON 每行一个；给出多个文件时每行带 report（内容的 sha256）和 file",
  options: {
    output: { type: "string", short: "o", arg: "FILE", help: "写入文件而不是标准输出" },
    ...BUDGET_OPTIONS,
  },
  async run({ positionals, values }) {
    const budget = budgetFromFlags(values);
    const out = await openOutput(values.output as string | undefined);
    const many = positionals.length > 1;
    try {
      const code = await forEachInput("facts", positionals, async (input, file) => {
        const { report } = await parseWithinBudget(input, budget, { validate: false });
        const lines = report.facts.map((f) => JSON.stringify(many ? { report: report.source.sha256, file, ...f } : f));
        await out.write(lines.join("\n") + (lines.length ? "\n" : ""));
        return 0;
      });
      await out.close();
      return code;
    } catch (e) {
      await out.abort();
      throw e;
    }
  },
};
