/// <reference lib="dom" />
/**
 * The HTML review of every corpus report, opened from disk in real headless Chromium (Debian's, driven by
 * playwright-core): no console error, no network request, as many findings shown as the JSON has, and clicking a
 * finding or one of its places brings the place into view and highlights it, with the number under the box. One
 * screenshot per format is kept under .artifacts/review/ (gitignored). Skips, saying so, where no Chromium exists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { parseReportWithDoc } from "../../src/pipeline.js";
import { reviewHtml } from "../../src/output/review-html/write.js";
import { renderIndexHtml } from "../../src/output/review-html/batch-index.js";
import type { Report } from "../../src/model/report.js";

const CHROMIUM = process.env.JUESUAN_CHROMIUM ?? "/usr/bin/chromium";
const HAVE = existsSync(CHROMIUM);
if (!HAVE) console.warn(`浏览器测试跳过：找不到 Chromium（${CHROMIUM}）。安装：apt-get install -y chromium`);

it.runIf(!HAVE && process.env.JUESUAN_REQUIRE_CHROMIUM)("Chromium is installed where the browser tests are required (CI)", () => {
  expect.fail(`找不到 Chromium（${CHROMIUM}）：.ci/run 应已用 apt-get 安装 chromium`);
});

const ART = resolve(".artifacts/review");
const ONLY = process.env.JUESUAN_REVIEW_CASES?.split(",");
const CASES = [
  { name: "txt", file: "samples/changji-czj-2024.txt" },
  { name: "html", file: "samples/changji-czj-2024.html" },
  { name: "docx", file: "samples/changji-czj-2024.docx" },
  { name: "pdf-putuo", file: "samples/shanghai-putuo-czj-2024.pdf" },
  { name: "pdf-template", file: "samples/shanghai-template-2024.pdf" },
  { name: "pdf-university", file: "samples/chongqing-swu-2023.pdf" },
].filter((c) => !ONLY || ONLY.includes(c.name));

/** Launch arguments known to work on this machine kind (no sandbox as root, no background network). */
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Anything that is not the file itself, an in-page blob or a data URL would leave the machine. */
const isNetwork = (url: string) => !/^(file|blob|data|about):/.test(url);

describe.skipIf(!HAVE)("HTML review in headless Chromium", () => {
  let ctx: BrowserContext;
  let profile: string;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    for (const c of CASES) {
      const bytes = new Uint8Array(readFileSync(c.file));
      const { report, doc } = await parseReportWithDoc({ bytes, name: c.file });
      reports.set(c.name, report);
      writeFileSync(join(ART, `${c.name}.html`), reviewHtml(report, doc, bytes));
    }
    const { chromium } = await import("playwright-core");
    profile = mkdtempSync(join(tmpdir(), "juesuan-chromium-"));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 900 } });
  }, 600_000);

  afterAll(async () => {
    await ctx?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(name: string): Promise<{ page: Page; problems: string[] }> {
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      if (isNetwork(r.url())) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(join(ART, `${name}.html`)).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 120_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe("1");
    return { page, problems };
  }

  /** Is the element's box inside the visible part of the document pane? */
  async function inView(page: Page, selector: string): Promise<boolean> {
    return page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const pane = document.getElementById("right");
      if (!el || !pane) return false;
      const a = el.getBoundingClientRect();
      const b = pane.getBoundingClientRect();
      return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right && a.width > 0;
    }, selector);
  }

  it.each(CASES.map((c) => c.name))("%s: opens with no console error or network request; findings shown = JSON's; click → place in view, highlighted, number under it", async (name) => {
    const report = reports.get(name)!;
    const { page, problems } = await open(name);
    try {
      expect(await page.locator(".finding").count()).toBe(report.findings.length);
      for (const sev of ["error", "warning", "info"] as const) expect(await page.locator(`.finding.sev-${sev}`).count(), sev).toBe(report.findings.filter((f) => f.severity === sev).length);

      // the worst finding that has places: clicking it brings its first place into view, highlighted
      const order = ["error", "warning", "info", undefined];
      const target = [...report.findings.keys()].filter((i) => report.findings[i]!.places.some((p) => p.text)).sort((a, b) => order.indexOf(report.findings[a]!.severity) - order.indexOf(report.findings[b]!.severity))[0];
      expect(target, "a finding with a place").toBeDefined();
      const f = report.findings[target!]!;
      await page.evaluate((i) => document.getElementById(`f${i}`)?.closest("details")?.setAttribute("open", ""), target);
      await page.click(`#f${target} .msg`);
      await page.waitForFunction((i) => document.documentElement.dataset.lastGoto?.startsWith(`${i}.`), target, { timeout: 60_000 });
      expect(Number(await page.evaluate(() => document.documentElement.dataset.lastGotoFound))).toBeGreaterThan(0);
      expect(await inView(page, "#tab-doc .hl")).toBe(true);

      // each place link: its own mark, in view, with the place's text under it
      for (let k = 0; k < f.places.length; k++) {
        const p = f.places[k]!;
        await page.click(`#f${target} a.place[data-goto="${target}.${k}"]`);
        await page.waitForFunction((id) => document.documentElement.dataset.lastGoto === id, `${target}.${k}`, { timeout: 60_000 });
        const sel = `#tab-doc .hl[data-p~="${target}.${k}"]`;
        await page.waitForSelector(sel, { timeout: 30_000 });
        expect(await inView(page, sel), `place ${k} in view`).toBe(true);
        const under = await page.evaluate((s) => (window as unknown as { juesuanReview: { textUnder(el: Element): Promise<string> } }).juesuanReview.textUnder(document.querySelector(s)!), sel);
        // a number must sit under its box (a list of names or a phrase may wrap over lines and pages)
        const want = p.text.replace(/\s+/g, "");
        if (/^[-−+]?[\d,，.]+%?$/.test(want)) expect(under, `text under place ${k}`).toContain(want);
        if (k === 0) await page.screenshot({ path: join(ART, `${name}.png`) });
      }

      // hovering a fact shows its concept, value and evidence
      // (the mark just highlighted, or else the first fact, brought to the middle of the pane; the pointer then goes
      // to its centre, and the tooltip must describe what is topmost there)
      const at = await page.evaluate(() => {
        const el = document.querySelector("#tab-doc .hl[data-f]") ?? document.querySelector("#tab-doc [data-f]");
        el?.scrollIntoView({ block: "center", inline: "center" });
        const r = el!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.move(at.x, at.y);
      const tip = page.locator("#tip");
      await expect.poll(() => tip.isVisible()).toBe(true);
      const shown = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-f]")?.getAttribute("data-f"), at);
      const i = Number(shown!.split(" ")[0]);
      expect(await tip.textContent()).toContain(report.facts[i]!.concept);
      expect(await tip.textContent()).toContain("依据");

      // the typed tables tab: one grid per table, failing cells marked where a finding involves them
      await page.click('.tabs button[data-tab="tables"]');
      expect(await page.locator(".ttable").count()).toBe(report.tables.length);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);

  it("batch index: a row per report, sorted by clicking a column header", async () => {
    const rows = CASES.map((c) => {
      const r = reports.get(c.name)!;
      return { file: c.file, href: `${c.name}.html`, unit: r.unitName, year: r.fiscalYear, errors: r.summary.errors, warnings: r.summary.warnings, facts: r.summary.facts };
    });
    writeFileSync(join(ART, "index.html"), renderIndexHtml(rows));
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("request", (r) => isNetwork(r.url()) && problems.push(r.url()));
    await page.goto(pathToFileURL(join(ART, "index.html")).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "1");
    expect(await page.locator("#reports tbody tr").count()).toBe(CASES.length);
    const errorsCol = async () => page.$$eval("#reports tbody tr", (trs) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[4]!.textContent)));
    await page.click("#reports th:nth-child(5)");
    const asc = await errorsCol();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click("#reports th:nth-child(5)");
    const desc = await errorsCol();
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
