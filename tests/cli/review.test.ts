/** `juesuan review` and `batch --html` through the built CLI: the files are written, self-contained, and linked. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../helpers/dist.js"; // built once per run, rebuilt only when a source is newer
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { renderReviewAssets } from "../../src/output/review-html/assets-source.js";

const CLI = resolve(process.env.JUESUAN_CLI ?? "dist/cli/main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let dir: string;

beforeAll(async () => {
  if (!process.env.JUESUAN_CLI) await ensureDist();
  dir = mkdtempSync(join(tmpdir(), "juesuan-review-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Nothing in the page may point outside it: no src/href to another origin, no @import, no url(http…). */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
  expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+stylesheet/i);
}

describe("juesuan review", () => {
  it("one file: -o FILE gets one self-contained HTML page with every finding", () => {
    const out = join(dir, "one", "txt.html");
    const r = run("review", "samples/changji-czj-2024.txt", "-o", out);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expectSelfContained(html);
    const json = JSON.parse(run("check", "samples/changji-czj-2024.txt", "--format", "json").stdout) as { findings: unknown[] };
    expect(html.match(/<div class="finding /g)).toHaveLength(json.findings.length);
    expect(html).toContain("决算审核：昌吉回族自治州财政局 2024 部门决算");
  });
  it("several files: -o DIR gets a page each and index.html linking them", () => {
    const out = join(dir, "many");
    const r = run("review", "samples/changji-czj-2024.txt", "samples/changji-czj-2024.html", "samples/bad/empty.txt", "-o", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("juesuan review: samples/bad/empty.txt: 文件为空或没有文字 [empty]\n");
    expect(readdirSync(out).sort()).toEqual(["changji-czj-2024.html.html", "changji-czj-2024.txt.html", "index.html"]);
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain('href="changji-czj-2024.txt.html"');
  });
});

describe("juesuan batch --html DIR", () => {
  it("writes a review per converted report and a sortable index with failures listed", () => {
    const inp = join(dir, "in");
    mkdirSync(inp);
    copyFileSync("samples/changji-czj-2024.txt", join(inp, "a.txt"));
    copyFileSync("samples/bad/not-a-report.txt", join(inp, "b.txt"));
    const html = join(dir, "html");
    const r = run("batch", inp, "--out", join(dir, "out"), "--db", join(dir, "r.db"), "--jobs", "0", "--html", html);
    expect(r.status).toBe(1);
    expect(readdirSync(html).sort()).toEqual(["a.html", "index.html"]);
    const index = readFileSync(join(html, "index.html"), "utf8");
    expectSelfContained(index);
    expect(index.match(/<tr class=/g)).toHaveLength(2);
    expect(index).toContain('<a href="a.html">昌吉回族自治州财政局</a>');
    expect(index).toMatch(/b\.txt<div class="error">.*\[not-a-report\]/);
    expect(readFileSync(join(html, "a.html"), "utf8")).toContain("决算审核：昌吉回族自治州财政局");
  });
  it("shards sharing one review folder each write their own index; together they list every file once", () => {
    const inp = join(dir, "in-sh");
    mkdirSync(inp);
    copyFileSync("samples/changji-czj-2024.txt", join(inp, "a.txt"));
    copyFileSync("samples/bad/not-a-report.txt", join(inp, "b.txt"));
    const html = join(dir, "html-sh");
    for (const i of [0, 1]) {
      const r = run("batch", inp, "--out", join(dir, "out-sh"), "--db", join(dir, `sh${i}.db`), "--jobs", "0", "--shard", `${i}/2`, "--html", html);
      expect(r.status, r.stderr).toBeLessThanOrEqual(1);
    }
    const files = readdirSync(html).sort();
    expect(files).toEqual(["a.html", "index-0of2.html", "index-1of2.html"]);
    const rows = ["index-0of2.html", "index-1of2.html"].flatMap((f) => readFileSync(join(html, f), "utf8").match(/<tr class=/g) ?? []);
    expect(rows).toHaveLength(2);
  });
});

describe("review page assets", () => {
  it("assets.ts is current with client/ (run `npm run assets` after editing the page's script or style)", () => {
    expect(readFileSync("src/output/review-html/assets.ts", "utf8")).toBe(renderReviewAssets());
  });
});
