/**
 * PDFs of the Changji report made differently (issue 8): other page sizes, margins, fonts, font sizes, borderless
 * tables, Word files printed by LibreOffice (samples/lo/variants/, made by scripts/make-pdf-variants.sh; tests never
 * run LibreOffice). Forms break across pages at other rows and their cells wrap at other widths; the fund block and
 * the totals of every self-evaluation form must still read to the truth values, and no form or indicator number may
 * differ from the one the .txt gives for the same place.
 */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../../../src/read/index.js";
import { extractForms } from "../../../src/extract/forms/index.js";
import type { Fact } from "../../../src/model/fact.js";
import { root } from "./helpers.js";

const dir = "samples/lo/variants/";
const variants = readdirSync(root + dir).filter((f) => f.endsWith(".pdf")).sort();

/** perf.form.* lines of the truth file: concept, value, dims. */
const truth = readFileSync(root + "samples/truth/changji-czj-2024.tsv", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("perf.form."))
  .map((l) => {
    const [concept, value, , dims = ""] = l.split("\t");
    return { concept: concept!, value: value!, dims: Object.fromEntries(dims.split(";").filter(Boolean).map((kv) => kv.split("=") as [string, string])) };
  });

const key = (f: { concept: string; dims: Record<string, string> }) =>
  f.concept + "|" + Object.entries(f.dims).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(";");

let reference: Map<string, Set<string>>;
beforeAll(async () => {
  const { doc } = await readDocument({ path: root + "samples/changji-czj-2024.txt" });
  reference = new Map();
  for (const f of extractForms(doc).facts) (reference.get(key(f)) ?? reference.set(key(f), new Set()).get(key(f))!).add(f.value);
});

it("the variants are there (scripts/make-pdf-variants.sh)", () => {
  expect(variants.length).toBeGreaterThanOrEqual(8);
  expect(truth.length).toBeGreaterThan(20);
});

describe.each(variants)("%s", (name) => {
  let facts: Fact[];
  let projects: string[];
  beforeAll(async () => {
    const { doc } = await readDocument({ path: root + dir + name });
    const r = extractForms(doc);
    facts = r.facts;
    projects = r.forms.map((f) => f.project);
  }, 60_000);

  it("finds the seven self-evaluation forms", () => {
    expect(projects).toEqual(["整体", "会计考试考务工作经费", "债券资金管理及政府债务管理", "机关运行补助经费", "财政业务工作经费", "财政信息化建设经费", "预算绩效全过程管理及咨询"]);
  });

  it("reads every perf.form truth value", () => {
    const got = new Set(facts.map((f) => key(f) + "=" + f.value));
    const missing = truth.filter((t) => !got.has(key(t) + "=" + t.value)).map((t) => `${key(t)}=${t.value}`);
    expect(missing).toEqual([]);
  });

  it("no form or indicator number differs from the .txt's at the same place", () => {
    const wrong = facts
      .filter((f) => f.concept.startsWith("perf.form.") || f.concept.startsWith("perf.indicator."))
      .filter((f) => reference.get(key(f)) && !reference.get(key(f))!.has(f.value))
      .map((f) => `${key(f)}: ${f.value} (txt ${[...reference.get(key(f))!].join(",")})`);
    expect(wrong).toEqual([]);
  });
});
