import { renderFindingsMarkdown, renderFindingsText } from "../../output/review.js";
import type { Command } from "../command.js";
import { forEachInput } from "../each.js";
import { UsageError } from "../errors.js";
import { openOutput } from "../io.js";
import { BUDGET_OPTIONS, BUDGET_USAGE, budgetFromFlags, parseWithinBudget } from "../budget-flags.js";

export { UsageError } from "../errors.js";

const FORMATS = ["text", "json", "md"];

export const checkCommand: Command = {
  name: "check",
  usage: `juesuan check FILE… [--format text|json|md] [--all] [--quiet] [--max-warnings N] [-o FILE] ${BUDGET_USAGE}`,
  description: "核对报告：列出错误、警告和提示；退出码 0 无错误，1 有错误（或警告多于 --max-warnings），2 有文件无法读取",
  options: {
    format: { type: "string", default: "text", arg: "FMT", help: "text（文字）、json（每份报告一行 JSON）或 md（Markdown 审核报告）" },
    all: { type: "boolean", help: "也列出通过的核对" },
    quiet: { type: "boolean", short: "q", help: "只列错误（不列警告、提示和读取注意事项）" },
    "max-warnings": { type: "string", arg: "N", help: "警告多于 N 个时退出码为 1" },
    output: { type: "string", short: "o", arg: "FILE", help: "写入文件而不是标准输出" },
    ...BUDGET_OPTIONS,
  },
  async run({ positionals, values }) {
    const budget = budgetFromFlags(values);
    const format = String(values.format);
    if (!FORMATS.includes(format)) throw new UsageError(`未知的 --format ${format}（可用 text、json、md）`);
    let maxWarnings: number | undefined;
    if (values["max-warnings"] !== undefined) {
      maxWarnings = Number(values["max-warnings"]);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings 须为不小于 0 的整数，得到 ${String(values["max-warnings"])}`);
    }
    if (!positionals.length) throw new UsageError("没有给出文件（用 - 表示标准输入）");
    const out = await openOutput(values.output as string | undefined);
    try {
      const code = await forEachInput("check", positionals, async (input, file) => {
        const { report } = await parseWithinBudget(input, budget);
        if (format === "json") await out.write(JSON.stringify({ source: report.source, summary: report.summary, findings: report.findings }) + "\n");
        else if (format === "md") await out.write(renderFindingsMarkdown(report));
        else await out.write(renderFindingsText(report, { all: Boolean(values.all), quiet: Boolean(values.quiet) }));
        if (report.summary.errors > 0) return 1;
        if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
          process.stderr.write(`juesuan check: ${file}: ${report.summary.warnings} 个警告，多于 --max-warnings ${maxWarnings}\n`);
          return 1;
        }
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
