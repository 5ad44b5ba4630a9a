#!/usr/bin/env node
/**
 * Hostile-input fixtures under samples/bad/ (all small). Run: node scripts/make-bad.mjs
 *   empty.txt        0 bytes
 *   binary.txt       4 KB of pseudo-random bytes (seeded: the file is reproducible)
 *   nul.txt          ASCII text with NUL/control bytes (valid UTF-8, but binary)
 *   latin1.txt       bytes invalid in both UTF-8 and GB18030 (0xFF …)
 *   not-a-report.txt an ordinary Chinese paragraph with no final-account content
 *   attachment-only.html  a government web page with menus, the report's title and only an attachment link
 *   attachment-only.txt   the same page copied as text
 *   title-toc-only.txt    a report's title and table of contents, the content "详见附件" (no file named)
 *   fake.pdf         "%PDF-1.4 garbage"
 *   corrupt.docx     the first 512 bytes of samples/changji-czj-2024.docx (a truncated zip whose document.xml breaks
 *                    off before its first paragraph: nothing is sound. Cut later, the sound beginning is read.)
 *   not-word.docx    a valid zip without word/document.xml
 *   bomb.docx        a zip whose word/document.xml inflates to 320 MiB of spaces, deflated by streaming
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { crc32, createDeflateRaw, constants } from "node:zlib";

const dir = "samples/bad";
mkdirSync(dir, { recursive: true });

/** Deterministic PRNG (mulberry32). */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Minimal zip writer. Each entry: {name, data?: Buffer (stored) | deflated: {raw: Buffer, size, crc}}. */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.deflated ? 8 : 0;
    const body = e.deflated ? e.deflated.raw : e.data;
    const size = e.deflated ? e.deflated.size : e.data.length;
    const crc = e.deflated ? e.deflated.crc : crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    central.push(ch, name);
    offset += lh.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Deflate `total` bytes of `fill` by streaming 1 MiB chunks (never holds the inflated data). */
async function deflateFill(total, fill) {
  const chunk = Buffer.alloc(1 << 20, fill);
  const d = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out = [];
  d.on("data", (b) => out.push(b));
  const done = new Promise((res, rej) => (d.on("end", res), d.on("error", rej)));
  let crc = 0;
  for (let left = total; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!d.write(piece)) await new Promise((r) => d.once("drain", r));
  }
  d.end();
  await done;
  return { raw: Buffer.concat(out), size: total, crc };
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);

writeFileSync(`${dir}/empty.txt`, Buffer.alloc(0));
const rnd = prng(20240101);
writeFileSync(`${dir}/binary.txt`, Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256))));
writeFileSync(`${dir}/nul.txt`, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i % 7 === 0 ? 0 : 32 + Math.floor(rnd() * 95)))));
writeFileSync(`${dir}/latin1.txt`, Buffer.from([0xff, 0xff, 0xfe, 0xff, 0x80, 0xff, 0xff, 0xff, 0x0a, 0xff, 0xff]));
writeFileSync(
  `${dir}/not-a-report.txt`,
  "春天来了，公园里的桃花和杏花都开了。周末的早晨，许多市民带着孩子来到湖边散步、放风筝，老人们在树荫下下棋聊天，一派热闹祥和的景象。\n",
);
const PAGE_TITLE = "湘西州民族宗教事务委员会2023年度部门决算公开";
writeFileSync(
  `${dir}/attachment-only.html`,
  `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${PAGE_TITLE}_湘西土家族苗族自治州人民政府</title></head>
<body>
<div class="top"><a href="/">网站首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjxx/">走进湘西</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 部门预决算</div>
<div class="article">
<h1>${PAGE_TITLE}</h1>
<div class="meta">发布时间：2024-09-06 10:12　来源：州民宗委　浏览次数：213　【字体：大 中 小】</div>
<p>根据《中华人民共和国预算法》和《湘西州财政局关于做好2023年度部门决算公开工作的通知》要求，现将我委2023年度部门决算予以公开（详见附件）。</p>
<p>附件：<a href="/uploads/2024/09/20240906101233.pdf">湘西州民族宗教事务委员会2023年度部门决算.pdf</a></p>
</div>
<div class="side"><p>相关链接</p><ul><li><a>2024年度部门预算公开</a></li><li><a>2022年度部门决算公开</a></li></ul></div>
<div class="foot">主办：湘西土家族苗族自治州人民政府办公室　承办：州大数据中心　湘ICP备05001234号</div>
</body></html>
`,
);
writeFileSync(
  `${dir}/attachment-only.txt`,
  [
    "网站首页 政务公开 政务服务 互动交流 走进湘西",
    "当前位置：首页 > 政务公开 > 财政资金 > 部门预决算",
    PAGE_TITLE,
    "发布时间：2024-09-06 10:12　来源：州民宗委　浏览次数：213",
    "根据《中华人民共和国预算法》和《湘西州财政局关于做好2023年度部门决算公开工作的通知》要求，现将我委2023年度部门决算予以公开（详见附件）。",
    "附件：湘西州民族宗教事务委员会2023年度部门决算.pdf",
    "相关链接",
    "2024年度部门预算公开",
    "2022年度部门决算公开",
    "",
  ].join("\n"),
);
writeFileSync(
  `${dir}/title-toc-only.txt`,
  [
    "吉首市财政局2023年度部门决算",
    "目 录",
    "第一部分 部门概况",
    "第二部分 2023年度部门决算情况说明",
    "第三部分 名词解释",
    "第四部分 2023年度部门决算表",
    "（部门决算的全部内容详见附件，请点击下载）",
    "",
  ].join("\n"),
);
writeFileSync(`${dir}/fake.pdf`, "%PDF-1.4 garbage\n");
const sample = readFileSync("samples/changji-czj-2024.docx");
writeFileSync(`${dir}/corrupt.docx`, sample.subarray(0, 512));
writeFileSync(
  `${dir}/not-word.docx`,
  zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "notes/readme.txt", data: Buffer.from("这不是一个 Word 文档。\n") },
  ]),
);
const bomb = await deflateFill(320 * 1024 * 1024, 0x20);
writeFileSync(
  `${dir}/bomb.docx`,
  zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/document.xml", deflated: bomb },
  ]),
);
console.log(`wrote ${dir}/ (bomb.docx: ${bomb.raw.length} compressed bytes → ${bomb.size} inflated)`);
