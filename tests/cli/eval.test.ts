/** `juesuan eval` as a script uses it: a readable last line, exit 1 below --min, exit 2 on bad usage. */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js"; // built once per run, rebuilt only when a source is newer
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const last = (s: string) => s.trim().split("\n").pop();
const dir = mkdtempSync(join(tmpdir(), "juesuan-eval-cli-"));

beforeAll(async () => {
  await ensureDist();
}, 120_000);

describe("juesuan eval", () => {
  it("facts: a report file or a facts NDJSON; exit 1 below --min or on a wrong value", () => {
    const r = run("eval", "facts", "samples/truth/changji-czj-2024.tsv", "samples/changji-czj-2024.txt", "--min", "1");
    expect(r.status).toBe(0);
    expect(last(r.stdout)).toMatch(/^recall=1\.000 found=188 truth=188 wrong=0 facts=\d+ sourced=1\.000$/);
    const facts = join(dir, "facts.ndjson");
    writeFileSync(facts, run("facts", "samples/changji-czj-2024.txt").stdout);
    const truth = join(dir, "truth.tsv");
    writeFileSync(truth, readFileSync("samples/truth/changji-czj-2024.tsv", "utf8").replace(/^(overview\.income\.grand_total\t)[\d.,]+/m, "$19.99"));
    const w = run("eval", "facts", truth, facts);
    expect(w.status).toBe(1);
    expect(w.stdout).toMatch(/^WRONG  overview\.income\.grand_total \{\} want 9\.99 got /m);
    expect(last(w.stdout)).toMatch(/found=187 truth=188 wrong=1/);
  });
  it("findings: TP/FP/FN against expected findings, from a check --format json", () => {
    const mutant = join(dir, "mutant.txt");
    writeFileSync(mutant, readFileSync("samples/changji-czj-2024.txt", "utf8").replace("本年收入合计2,472.32万元", "本年收入合计2,472.42万元"));
    const json = join(dir, "check.json");
    writeFileSync(json, run("check", mutant, "--format", "json").stdout);
    const expected = join(dir, "expected.tsv");
    writeFileSync(expected, "# the one defect put in\nmatch\tpage\tseverity\tnote\noverview-totals|income-composition\t-\terror\t本年收入合计 +0.10\nsangong\t-\terror\tnot there\n");
    const r = run("eval", "findings", expected, json);
    expect(r.stdout).toMatch(/^TP  overview-totals\|income-composition - error 本年收入合计 \+0\.10  ← overview-totals error/m);
    expect(r.stdout).toMatch(/^FN  sangong - error not there$/m);
    expect(last(r.stdout)).toMatch(/^tp=1 fp=\d+ fn=1 precision=[\d.]+ recall=0\.500 f1=[\d.]+$/);
    expect(run("eval", "findings", expected, json, "--min", "0.9").status).toBe(1);
  });
  it("coverage and mutate print their last lines", () => {
    expect(last(run("eval", "coverage", "samples/changji-czj-2024.txt").stdout)).toBe("coverage=1.000 covered=645 numbers=645");
    const m = run("eval", "mutate", "samples/variants/regional/unit-linxiang-rmtzx-2023.txt", "--from", "第二部分", "--to", "第三部分", "--max", "3");
    expect(last(m.stdout)).toMatch(/^detected=[\d.]+ caught=\d mutants=3 sites=\d+ baseline=0$/);
  }, 60_000);
  it.each([
    [["eval"], /no file given|缺少子命令/],
    [["eval", "bogus", "x"], /未知的 eval 子命令“bogus”/],
    [["eval", "facts", "samples/truth/changji-czj-2024.tsv"], /缺少参数/],
    [["eval", "facts", "nonexistent.tsv", "samples/changji-czj-2024.txt"], /nonexistent\.tsv: 文件不存在/],
    [["eval", "facts", "samples/truth/changji-czj-2024.tsv", "x.ndjson", "--section", "body"], /--section/],
  ])("bad usage %j → exit 2 with one line", (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });
});
