/**
 * juesuan eval: measure juesuan on reports with known answers. Each subcommand prints its details, then a
 * last line of key=value pairs a script can read, and exits 1 below --min.
 *   eval facts TRUTH.tsv FILE        recall, wrong and sourced against a truth file (FILE: a report, facts NDJSON or report JSON)
 *   eval findings EXPECTED FILE      TP/FP/FN against a golden set of expected findings (src/eval/findings.ts)
 *   eval coverage FILE.txt [FACTS]   share of the stated numbers bound to facts
 *   eval mutate FILE.txt             share of +0.10 nudges of stated amounts that the checker reports
 */
import { readFileSync } from "node:fs";
import type { Command } from "../command.js";
import { writeOut } from "../io.js";
import { UsageError } from "./check.js";
import { ReadError } from "../../read/errors.js";
import type { Severity } from "../../model/finding.js";
import { readTruth } from "../../eval/truth.js";
import { formatFactScore, scoreFacts, type Section } from "../../eval/facts.js";
import { ExpectedFormatError, formatFindingScore, readExpected, scoreFindings } from "../../eval/findings.js";
import { formatCoverage, scoreCoverage } from "../../eval/coverage.js";
import { formatMutations, runMutations } from "../../eval/mutate.js";

function number(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} 应为数字，得到 ${String(v)}`);
  return n;
}

function regex(v: unknown, name: string): RegExp | undefined {
  if (v === undefined) return undefined;
  try {
    return new RegExp(String(v));
  } catch (e) {
    throw new UsageError(`--${name} 不是有效的正则表达式：${(e as Error).message}`);
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new ReadError("io", `${path}: 无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
}

/** Input errors name the file they are about. */
async function about<T>(path: string, f: () => Promise<T> | T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ReadError && !e.message.startsWith(path)) throw new ReadError(e.code, `${path}: ${e.message}`);
    if (e instanceof ExpectedFormatError) throw new UsageError(e.message);
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new ReadError("io", `${path}: 文件不存在`);
    throw e;
  }
}

async function print(lines: string[], quiet: boolean): Promise<void> {
  await writeOut((quiet ? lines.slice(-1) : lines).join("\n") + "\n");
}

const USAGE = "juesuan eval facts TRUTH FILE | findings EXPECTED FILE | coverage FILE [FACTS] | mutate FILE";

export const evalCommand: Command = {
  name: "eval",
  usage: USAGE,
  description: "度量：事实对照真值 TSV、核对结果对照预期、覆盖率、变异检出率；最后一行为 key=value，低于 --min 时退出码为 1",
  options: {
    section: { type: "string", arg: "S", help: "facts：narrative、tables 或 all（分部分给出）" },
    min: { type: "string", arg: "X", help: "低于此值（召回率、F1 或比例）时退出码为 1" },
    severity: { type: "string", arg: "L", help: "findings：计分的严重程度，如 error,warning" },
    from: { type: "string", arg: "RE", help: "coverage/mutate：从匹配此正则的行开始" },
    to: { type: "string", arg: "RE", help: "coverage/mutate：到匹配此正则的行为止" },
    max: { type: "string", arg: "N", help: "mutate：最多变异多少处" },
    quiet: { type: "boolean", help: "只输出最后一行 key=value" },
  },
  async run({ positionals, values }) {
    const [sub, ...args] = positionals;
    // loads the pipeline: only when the command runs
    const [{ parseReport }, { loadFacts, loadFindings }] = await Promise.all([import("../../pipeline.js"), import("../../eval/load.js")]);
    const quiet = Boolean(values.quiet);
    const need = (n: number, shape: string) => {
      if (args.length < n) throw new UsageError(`缺少参数：juesuan eval ${sub} ${shape}`);
    };
    switch (sub) {
      case "facts": {
        need(2, "TRUTH.tsv FILE|FACTS.ndjson|REPORT.json [--section narrative|tables|all] [--min RECALL]");
        const section = (values.section ?? "narrative") as Section;
        if (!["narrative", "tables", "all"].includes(section)) throw new UsageError(`--section 应为 narrative、tables 或 all，得到 ${section}`);
        const min = number(values.min, "min", 0);
        const truth = await about(args[0], () => readTruth(args[0]));
        const facts = await about(args[1], () => loadFacts(args[1]));
        const s = scoreFacts(truth, facts, section);
        await print(formatFactScore(s), quiet);
        return s.recall >= min && s.wrong === 0 ? 0 : 1;
      }
      case "findings": {
        need(2, "EXPECTED.tsv FILE|REPORT.json [--severity error,warning] [--min F1]");
        const severities = String(values.severity ?? "error,warning").split(",").map((x) => x.trim()) as Severity[];
        if (severities.some((x) => !["error", "warning", "info"].includes(x))) throw new UsageError(`--severity 应为 error、warning、info 的组合，得到 ${String(values.severity)}`);
        const min = number(values.min, "min", 0);
        const expected = await about(args[0], () => readExpected(args[0]));
        const findings = await about(args[1], () => loadFindings(args[1]));
        const s = scoreFindings(expected, findings, severities);
        await print(formatFindingScore(s), quiet);
        return s.f1 >= min ? 0 : 1;
      }
      case "coverage": {
        need(1, "FILE.txt [FACTS.ndjson] [--from REGEX] [--to REGEX] [--min SHARE]");
        const min = number(values.min, "min", 0);
        const text = readText(args[0]);
        const facts = await about(args[1] ?? args[0], () => loadFacts(args[1] ?? args[0]));
        const s = scoreCoverage(text, facts, { ...(regex(values.from, "from") ? { from: regex(values.from, "from") } : {}), ...(regex(values.to, "to") ? { to: regex(values.to, "to") } : {}) });
        await print(formatCoverage(s), quiet);
        return s.share >= min ? 0 : 1;
      }
      case "mutate": {
        need(1, "FILE.txt [--max N] [--from REGEX] [--to REGEX] [--min SHARE]");
        const min = number(values.min, "min", 1);
        const max = number(values.max, "max", 60);
        const text = readText(args[0]);
        const name = args[0].replace(/^.*[\\/]/, "");
        const hasErrors = async (t: string) => (await parseReport({ bytes: Buffer.from(t), name })).summary.errors > 0;
        const s = await about(args[0], () =>
          runMutations(text, hasErrors, { max, ...(regex(values.from, "from") ? { from: regex(values.from, "from") } : {}), ...(regex(values.to, "to") ? { to: regex(values.to, "to") } : {}) }),
        );
        await print(formatMutations(s), quiet);
        return !s.baselineErrors && (s.mutants ? s.detected / s.mutants : 0) >= min ? 0 : 1;
      }
      default:
        throw new UsageError(sub ? `未知的 eval 子命令“${sub}”（facts、findings、coverage、mutate）` : `缺少子命令：${USAGE}`);
    }
  },
};
