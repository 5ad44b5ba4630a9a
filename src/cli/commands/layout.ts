import { readFile } from "node:fs/promises";
import type { Report } from "../../model/report.js";
import type { ReadInput } from "../../read/index.js";
import type { Command } from "../command.js";
import { forEachInput, reportFailure } from "../each.js";
import { UsageError } from "../errors.js";
import { openOutput, toReadInput } from "../io.js";

/** A report file (txt/html/docx/pdf) is parsed; a .json file is taken as an already extracted Report. */
async function loadReport(input: ReadInput, file: string): Promise<Report> {
  if (input.path && input.path.toLowerCase().endsWith(".json")) {
    let r: Report;
    try {
      r = JSON.parse(await readFile(input.path, "utf8")) as Report;
    } catch (e) {
      throw new InputError(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在 [io]" : "不是有效的 JSON [corrupt]");
    }
    if (!Array.isArray(r.outline) || !Array.isArray(r.tables)) throw new InputError(file, "不是 juesuan 的报告 JSON（没有 outline/tables）[not-a-report]");
    return { ...r, records: r.records ?? { yoy: [], budgets: [], items: [], forms: [] } };
  }
  const { parseReport } = await import("../../pipeline.js");
  return parseReport(input, { validate: false });
}

/** A failure of one named input that is not a ReadError (a bad report JSON). */
class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

export const layoutCommand: Command = {
  name: "layout",
  usage: "juesuan layout FILE… [--json] [--families DIR] [--fingerprint] [-o FILE] | juesuan layout diff A B [--json]",
  description: "说出每份报告所属的版式族并列出偏离；diff A B 比较两份报告（如同一单位的两年）；退出码 0 都符合，1 有偏离或不属于已知版式",
  options: {
    json: { type: "boolean", help: "JSON 输出：每份报告一行（diff：一个对象）" },
    families: { type: "string", arg: "DIR", help: "版式族所在目录（默认 schemas/layouts）" },
    fingerprint: { type: "boolean", help: "输出版式指纹本身（每份报告一行 JSON）" },
    output: { type: "string", short: "o", arg: "FILE", help: "写入文件而不是标准输出" },
  },
  async run({ positionals, values }) {
    const [{ compareFingerprints }, { fingerprintReport }, { loadFamilies, matchFamily }, { describeDeviation, renderMatch }] = await Promise.all([
      import("../../layout/compare.js"),
      import("../../layout/fingerprint.js"),
      import("../../layout/family.js"),
      import("../../layout/render.js"),
    ]);
    const json = Boolean(values.json);
    const out = await openOutput(values.output as string | undefined);
    try {
      let code: number;
      if (positionals[0] === "diff") {
        if (positionals.length !== 3) throw new UsageError("用法：juesuan layout diff A B");
        const [fa, fb] = [positionals[1]!, positionals[2]!];
        const load = async (f: string) => {
          try {
            return await loadReport(await toReadInput(f), f);
          } catch (e) {
            if (e instanceof InputError) process.stderr.write(`juesuan layout: ${e.file}: ${e.message}\n`);
            else reportFailure("layout", f, e);
            return undefined;
          }
        };
        const a = await load(fa);
        const b = await load(fb);
        if (!a || !b) code = 2;
        else {
          const cmp = compareFingerprints(fingerprintReport(a), fingerprintReport(b));
          if (json) await out.write(JSON.stringify({ a: fa, b: fb, ...cmp }, null, 2) + "\n");
          else {
            const head = `${fa} → ${fb}：相似度 ${cmp.score.toFixed(2)}，${cmp.deviations.length ? `${cmp.deviations.length} 处差异` : "版式相同"}`;
            await out.write([head, ...cmp.deviations.map((d) => `  - ${describeDeviation(d)}`)].join("\n") + "\n");
          }
          code = cmp.deviations.length ? 1 : 0;
        }
      } else {
        const families = loadFamilies(typeof values.families === "string" ? values.families : undefined);
        if (families.length === 0 && !values.fingerprint) throw new UsageError(`找不到版式族（schemas/layouts/*.json 或 --families DIR${typeof values.families === "string" ? `：${values.families}` : ""}）`);
        code = await forEachInput("layout", positionals, async (input, file) => {
          let report: Report;
          try {
            report = await loadReport(input, file);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            process.stderr.write(`juesuan layout: ${e.file}: ${e.message}\n`);
            return 2;
          }
          const fp = fingerprintReport(report);
          if (values.fingerprint) {
            await out.write(JSON.stringify({ file, fingerprint: fp }) + "\n");
            return 0;
          }
          const m = matchFamily(fp, families);
          if (json) await out.write(JSON.stringify({ file, ...m }) + "\n");
          else await out.write(renderMatch(file, m));
          return !m.family || m.deviations.length ? 1 : 0;
        });
      }
      await out.close();
      return code;
    } catch (e) {
      await out.abort();
      throw e;
    }
  },
};
