/** The CLI as a user runs it: outputs, exit codes, and clear messages for bad input. */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js"; // built once per run, rebuilt only when a source is newer
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  await ensureDist();
}, 120_000);

describe("juesuan CLI", () => {
  it("check: exit 0 and a readable summary on the corpus report", () => {
    const r = run("check", "samples/changji-czj-2024.txt");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/昌吉回族自治州财政局 2024 部门决算/);
    expect(r.stdout).toMatch(/^0 个错误，0 个警告，\d+ 个提示；\d+ 项核对通过/m);
  });
  it("check --format json: findings carry rule, outcome, expected, actual and places", () => {
    const r = run("check", "samples/changji-czj-2024.txt", "--format", "json");
    const j = JSON.parse(r.stdout);
    expect(j.summary.errors).toBe(0);
    const info = j.findings.find((f: { severity?: string }) => f.severity === "info");
    expect(info).toMatchObject({ ruleId: expect.any(String), outcome: "pass", messageId: "rounding", expected: expect.any(String), actual: expect.any(String) });
    expect(info.places.length).toBeGreaterThan(0);
  });
  it("extract: JSON with source sha256, outline, records, facts, findings", () => {
    const j = JSON.parse(run("extract", "samples/changji-czj-2024.html").stdout);
    expect(j.source).toMatchObject({ format: "html", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(j.outline.map((s: { kind: string }) => s.kind)).toEqual(["profile-part", "explanation-part", "glossary-part", "tables-part"]);
    expect(j.facts.length).toBeGreaterThan(600);
    expect(Array.isArray(j.findings)).toBe(true);
  });
  it("extract --blocks: every fact's source text is found at its offsets in the block it names", () => {
    const j = JSON.parse(run("extract", "samples/changji-czj-2024.txt", "--blocks").stdout);
    const text = (b: { type: string; text?: string; rows?: { text: string }[][] }, cell?: [number, number]) => (cell ? b.rows![cell[0]][cell[1]].text : b.text!);
    const located = j.facts.filter((f: { source: { end: number; start: number } }) => f.source.end > f.source.start);
    expect(located.length).toBeGreaterThan(500);
    for (const f of located) expect(text(j.blocks[f.source.block], f.source.cell).slice(f.source.start, f.source.end)).toBe(f.source.text);
  });
  it("facts: one JSON fact per line", () => {
    const lines = run("facts", "samples/changji-czj-2024.txt").stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(600);
    for (const l of lines.slice(0, 50)) expect(JSON.parse(l)).toMatchObject({ concept: expect.any(String), value: expect.any(String), source: expect.any(Object) });
  });
  it("check: exit 1 when a stated number is wrong", () => {
    const text = readFileSync("samples/changji-czj-2024.txt", "utf8").replace("本年收入合计2,472.32万元", "本年收入合计2,472.42万元");
    const p = join(tmpdir(), "juesuan-mutant.txt");
    writeFileSync(p, text);
    const r = run("check", p);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/错误\s+overview-totals/);
  });
  it.each(readdirSync("samples/bad"))("bad input %s: exit 2, one clear line on stderr, no stack trace", (f) => {
    const r = run("check", `samples/bad/${f}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^juesuan check: samples\/bad\/.+ \[[a-z-]+\]\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("usage errors: unknown command, unknown option, missing file, unknown format → exit 2", () => {
    expect(run("frobnicate").status).toBe(2);
    expect(run("check", "--bogus", "x").status).toBe(2);
    expect(run("check").status).toBe(2);
    expect(run("check", "samples/changji-czj-2024.txt", "--format", "xml").status).toBe(2);
    const r = run("check", "README.md.nonexistent.txt");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^juesuan check: README\.md\.nonexistent\.txt: 无法读取：文件不存在 \[io\]\n$/);
  });
});
