/**
 * core-tables: a report that matches a layout family strongly prints every table the family requires. Cases are
 * edits of a real report (the Shanghai corpus PDF as `pdftotext -layout` dumps it, all nine tables readable):
 * the 国有资本经营 table (T9) taken out entirely, taken out but its title kept, kept as title + "故本表无数据".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../../../src/validate/rules/editorial/core-tables.js";
import { run, textRuleTester } from "./text-rule-tester.js";

const SH = readFileSync(new URL("../../../../samples/dumps/shanghai-putuo-czj-2024.layout.txt", import.meta.url), "utf8");
const lines = SH.split("\n");
const t9 = lines.findIndex((l) => /^\s+国有资本经营预算财政拨款收入支出决算表\s*$/.test(l));
const note = lines.findIndex((l, i) => i > t9 && /故本表无数据/.test(l));
const without = (a: number, b: number, ls = lines) => [...ls.slice(0, a), ...ls.slice(b + 1)];
const tocless = (ls: string[]) => ls.filter((l) => !/^\s*九、国有资本经营预算财政拨款收入支出决算表\s*$/.test(l));

/** T9 gone from the body and from the 目录. */
const gone = tocless(without(t9, note)).join("\n");
/** T9's title and its note kept, its grid removed. */
const titleAndNote = without(t9 + 1, note - 1).join("\n");
/** T9's title kept, grid and note removed (the table may be a picture). */
const titleOnly = without(t9 + 1, note).join("\n");
/** T9 gone; its narrative section (kept) says there was no 国有资本经营 income or expenditure, as the report does. */
const goneExplained = gone;
/** T9 gone, and the tables part says the tables are attached. */
const attached = gone.replace(/(第二部分[^\n]*\n)/, "$1（详见附件）\n");

describe("core-tables fixtures", () => {
  it("the edits found their lines", () => {
    expect(t9).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(t9);
    expect(gone).not.toMatch(/国有资本经营预算财政拨款收入支出决算表/);
    expect(goneExplained).toMatch(/无国有资本经营预算财政拨款收入和支出/);
  });
});

textRuleTester(rule, {
  valid: [
    { name: "all nine tables read (Shanghai -layout dump)", text: SH },
    { name: "T9 printed as its title with “故本表无数据”", text: titleAndNote },
    { name: "T9 missing, but the report says its tables are attached (详见附件)", text: attached },
    { name: "a family that prints its tables apart (Xinjiang: 部门决算报表见附表)", text: readFileSync(new URL("../../../../samples/changji-czj-2024.txt", import.meta.url), "utf8") },
  ],
  invalid: [
    {
      name: "T9 printed nowhere in a report that prints the other eight (its 说明 says there was no such money): an error that quotes the reason",
      text: goneExplained,
      findings: [{ outcome: "fail", severity: "error", messageId: "explained", expected: "国有资本经营预算财政拨款收入支出决算表" }],
    },
    {
      name: "T9 printed nowhere, and no word of it: an error",
      text: tocless(without(t9, note)).filter((l) => !/国有资本经营/.test(l)).join("\n"),
      findings: [{ outcome: "fail", severity: "error", messageId: "missing", expected: "国有资本经营预算财政拨款收入支出决算表" }],
    },
    {
      name: "T9's title printed without a table the reader could read: a warning, not an error",
      text: titleOnly,
      findings: [{ outcome: "fail", severity: "warning", messageId: "unread" }],
    },
  ],
});

describe("core-tables outcomes", () => {
  const outcomes = async (text: string) => (await run(rule, text)).findings.map((f) => `${f.outcome}:${f.messageId}`);
  it("pass when every required table is read", async () => expect(await outcomes(SH)).toEqual(["pass:ok"]));
  it("pass for a table stated empty", async () => expect(await outcomes(titleAndNote)).toEqual(["pass:statedEmpty"]));
  it("not applicable when the tables are attached, or the family requires none", async () => {
    expect(await outcomes(attached)).toEqual(["not_applicable:attached"]);
    expect(await outcomes(readFileSync(new URL("../../../../samples/changji-czj-2024.txt", import.meta.url), "utf8"))).toEqual(["not_applicable:noFamily"]);
  });
  it("insufficient data, not an error, when the family match is weak: most tables unread (a plain text dump)", async () => {
    // Tables part cut down to two tables: the report still looks like the family but most tables are missing.
    const cut = lines.findIndex((l) => /^\s+支出决算表\s*$/.test(l));
    const end = lines.findIndex((l) => /^\s+第三部分/.test(l));
    const out = await outcomes(tocless(without(cut, end - 1)).filter((l) => !/^\s*[三四五六七八]、.*决算总?表\s*$/.test(l)).join("\n"));
    expect(out).toContain("insufficient_data:weak");
    expect(out.some((o) => o.startsWith("fail:missing"))).toBe(false);
  });
});
