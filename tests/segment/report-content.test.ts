/** "Does this document contain a final account?": a title, menus or an attachment link are not enough. */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { segment } from "../../src/segment/index.js";
import { assertReportContent, reportContent } from "../../src/segment/report-content.js";
import { parseReport } from "../../src/index.js";
import { ReadError } from "../../src/read/errors.js";

async function refusal(text: string, name: string): Promise<ReadError | undefined> {
  const { doc } = await readDocument({ bytes: Buffer.from(text), name });
  try {
    assertReportContent(doc, segment(doc));
    return undefined;
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
}

const MENU = "<div><a>网站首页</a> <a>政务公开</a> <a>财政预决算</a> <a>部门决算</a> <a>互动交流</a></div><p>当前位置：首页 &gt; 政务公开 &gt; 财政预决算</p>";
const html = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${MENU}${body}<p>主办：某县人民政府办公室</p></body></html>`;

describe("pages that only talk about a final account are refused (not-a-report)", () => {
  it.each([
    ["samples/bad/attachment-only.html", /附件“湘西州民族宗教事务委员会2023年度部门决算\.pdf”/],
    ["samples/bad/attachment-only.txt", /附件“湘西州民族宗教事务委员会2023年度部门决算\.pdf”/],
    ["samples/bad/title-toc-only.txt", /只有决算的标题或目录.*内容可能在附件中/],
    ["samples/bad/not-a-report.txt", /不像决算报告/],
  ])("%s", async (file, message) => {
    await expect(parseReport(file)).rejects.toMatchObject({ code: "not-a-report", message: expect.stringMatching(message) });
  });

  it.each([
    ["title + attachment with size, several 决算 menus", html(`<h1>吉首市教育局2023年度部门决算公开</h1><p>附件：吉首市教育局2023年度部门决算公开表.xlsx（86KB）</p>`), "page.html", /附件“吉首市教育局2023年度部门决算公开表\.xlsx”/],
    ["title + 附件： without a file extension", html(`<h1>泸溪县林业局2023年度部门决算</h1><p>附件：泸溪县林业局2023年度部门决算</p>`), "page.html", /附件“泸溪县林业局2023年度部门决算”/],
    ["title + 点击下载 (no file named)", html(`<h1>凤凰县水利局2023年度部门决算</h1><p>（点击下载）</p>`), "page.html", /只有决算的标题或目录/],
    ["title in a layout table + link", html(`<table><tr><td>标题：</td><td>花垣县民政局2023年度部门决算</td></tr><tr><td>附件：</td><td>2023年度部门决算.pdf</td></tr><tr><td>发布日期：</td><td>2024-09-01</td></tr></table>`), "page.html", /附件“2023年度部门决算\.pdf”/],
    ["a traditional-character copy with an attachment", "財政部2023年度部門決算\n附件：財政部2023年度部門決算.pdf\n", "t.txt", /附件“財政部2023年度部門決算\.pdf”/],
    ["title and a table of contents with page numbers", "保靖县财政局2023年度部门决算\n目录\n第一部分 部门概况……1\n第二部分 2023年度部门决算表……3\n第三部分 2023年度部门决算情况说明……12\n", "t.txt", /只有决算的标题或目录/],
    ["a profile part and nothing financial", "永顺县审计局2023年度部门决算\n第一部分 部门概况\n一、部门职责\n负责全县审计监督工作，依法独立行使审计监督权，对本级预算执行情况进行审计监督。\n第二部分 2023年度部门决算表（详见附件）\n", "t.txt", /只有决算的标题或目录/],
  ])("%s", async (_what, text, name, message) => {
    const e = await refusal(text, name);
    expect(e?.code).toBe("not-a-report");
    expect(e?.message).toMatch(message);
    expect(e?.message).not.toMatch(/\n/);
  });
});

describe("documents that contain a final account pass", () => {
  it.each([
    ["two stated amounts", "某局2023年度部门决算\n一、收入支出决算总体情况说明\n2023年度收入总计1,234.56万元，支出总计1,200.00万元。\n"],
    ["a final account's table, blank (a template)", "收入支出决算总表\n\t项目\n\t本年收入合计\n\t本年支出合计\n\n\t一、一般公共预算财政拨款收入\n\t\n\t\n\n\t合计\n\t\n\t\n"],
    ["financial sections with text, amounts printed as XX (a template)", "XX局2024年度部门决算\n一、收入支出决算总体情况说明\n本部门2024年度收入、支出总计均为XX万元，与上年相比增加XX万元，主要原因是XX。\n七、财政拨款“三公”经费支出决算情况说明\n本部门2024年度“三公”经费财政拨款支出决算为XX万元，完成预算的XX%。\n"],
  ])("%s", async (_what, text) => {
    expect(await refusal(text, "r.txt")).toBeUndefined();
  });

  it.each([
    "samples/changji-czj-2024.txt",
    "samples/changji-czj-2024.html",
    "samples/changji-czj-2024.docx",
    "samples/lo/changji-czj-2024.lo.docx",
    "samples/lo/changji-czj-2024.lo.pdf",
    "samples/shanghai-putuo-czj-2024.pdf",
    "samples/shanghai-template-2024.pdf",
    "samples/variants/changji-czj-2024.gb18030.txt",
    "samples/variants/regional/central-danjiangkou-scjgj-2023.txt",
    "samples/variants/regional/hunan-rucheng-zrzyj-2023.txt",
    "samples/variants/regional/sichuan-penan-nyj-2023.txt",
    "samples/variants/regional/unit-linxiang-rmtzx-2023.txt",
    "samples/pdf/synthetic.pdf",
  ])("every real sample passes: %s", async (file) => {
    const { doc } = await readDocument({ path: file });
    const outline = segment(doc);
    expect(() => assertReportContent(doc, outline)).not.toThrow();
    const c = reportContent(doc, outline);
    expect(c.tables + c.amounts + c.sections).toBeGreaterThan(2);
  });
});
