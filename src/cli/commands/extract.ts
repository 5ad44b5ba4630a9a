import type { Command } from "../command.js";
import { forEachInput } from "../each.js";
import { openOutput } from "../io.js";
import { BUDGET_OPTIONS, BUDGET_USAGE, budgetFromFlags, parseWithinBudget } from "../budget-flags.js";

export const extractCommand: Command = {
  name: "extract",
  usage: `juesuan extract FILE… [--pretty] [--no-validate] [--blocks] [-o FILE] ${BUDGET_USAGE}`,
  description: "报告的完整 JSON：来源（sha256）、结构、记录、表格、事实、核对结果、提示；每份报告一个 JSON 对象（一行）",
  options: {
    pretty: { type: "boolean", help: "缩进排版（多份报告时依次输出）" },
    "no-validate": { type: "boolean", help: "不做核对（只抽取）" },
    blocks: { type: "boolean", help: "附上事实来源所指的文档块（PDF 块带规范化前的原文 original）" },
    output: { type: "string", short: "o", arg: "FILE", help: "写入文件而不是标准输出" },
    ...BUDGET_OPTIONS,
  },
  async run({ positionals, values }) {
    const budget = budgetFromFlags(values);
    const out = await openOutput(values.output as string | undefined);
    try {
      const code = await forEachInput("extract", positionals, async (input) => {
        const { report, doc } = await parseWithinBudget(input, budget, { validate: !values["no-validate"], withDoc: Boolean(values.blocks) });
        const obj = values.blocks && doc ? { ...report, blocks: doc.blocks } : report;
        await out.write(JSON.stringify(obj, null, values.pretty ? 2 : 0) + "\n");
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
