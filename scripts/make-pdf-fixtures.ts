/**
 * Writes samples/pdf/synthetic.pdf: a small hand-built PDF that exercises the PDF reader where the corpus does not.
 * - a non-embedded CJK font (STSong-Light, UniGB-UCS2-H): text is only readable with pdfjs cMaps;
 * - a running header and "- N -" page numbers;
 * - a paragraph that continues across a page break, a number split over two lines ("2" / ",497.29"),
 *   autospacing spaces ("本单位 2024 年度");
 * - a borderless table with a two-line header and a blank cell in the middle of a row;
 * - a bordered table drawn inside q … cm … Q (coordinates only right when the CTM is tracked), with a column span
 *   and a row span, continued on the next page with its header repeated;
 * - a table at the top of a page that does not continue the previous one (columns differ) → a warning;
 * - a landscape page stored as portrait with /Rotate 90 (content drawn through a rotating cm).
 * Run: npx tsx scripts/make-pdf-fixtures.ts
 */
import { writeFileSync, mkdirSync } from "node:fs";

const W = 595;
const H = 842;

function hex(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp.toString(16).padStart(4, "0");
  }
  return `<${out}>`;
}
/** Advance width in text space units (1000/em): ASCII half width, everything else full width. */
function width(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x80 ? 500 : 1000;
  return (w / 1000) * size;
}

class Page {
  ops: string[] = [];
  rotate = 0;
  text(x: number, y: number, s: string, size = 12) {
    this.ops.push(`BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm ${hex(s)} Tj ET`);
  }
  /** Right-aligned text ending at x. */
  textR(x: number, y: number, s: string, size = 12) {
    this.text(x - width(s, size), y, s, size);
  }
  centre(x0: number, x1: number, y: number, s: string, size = 12) {
    this.text((x0 + x1) / 2 - width(s, size) / 2, y, s, size);
  }
  line(x0: number, y0: number, x1: number, y1: number) {
    this.ops.push(`${x0} ${y0} m ${x1} ${y1} l S`);
  }
  raw(s: string) {
    this.ops.push(s);
  }
}

const pages: Page[] = [];
function newPage(n: number): Page {
  const p = new Page();
  p.text(72, 800, "示例单位2024年度部门决算", 9);
  p.centre(0, W, 40, `- ${n} -`, 9);
  pages.push(p);
  return p;
}

// ---- page 1: heading, paragraphs, borderless table
{
  const p = newPage(1);
  p.text(72, 740, "一、收入支出决算总体情况说明", 14);
  // paragraph 1: first line indented; a number split over two lines
  p.text(96, 712, "本单位 2024 年度收入支出总计2,497.29万元，与上年相比增加", 12);
  p.text(72, 697, "12.50万元，增长0.50%。本年收入合计2", 12);
  p.text(72, 682, ",497.29万元，其中：财政拨款收入2,400.00万元。", 12);
  // a borderless table
  p.centre(72, 523, 640, "收入决算表", 14);
  p.textR(523, 620, "单位：万元", 10);
  const cols = [72, 250, 340, 430, 523]; // left edge of label column, right edges of number columns
  p.text(72, 598, "项目", 11);
  p.textR(cols[2]!, 598, "本年收入", 11);
  p.textR(cols[3]!, 598, "财政拨款", 11);
  p.textR(cols[4]!, 598, "其他收入", 11);
  p.textR(cols[2]!, 584, "合计", 11);
  p.textR(cols[3]!, 584, "收入", 11);
  const rows: Array<[string, string, string, string]> = [
    ["合计", "2,497.29", "2,400.00", "97.29"],
    ["一般公共服务支出", "1,200.00", "", "1,200.00"],
    ["教育支出", "1,297.29", "1,297.29", ""],
    ["住房保障支出", "0.00", "", ""],
  ];
  let y = 564;
  for (const r of rows) {
    p.text(72, y, r[0], 11);
    if (r[1]) p.textR(cols[2]!, y, r[1], 11);
    if (r[2]) p.textR(cols[3]!, y, r[2], 11);
    if (r[3]) p.textR(cols[4]!, y, r[3], 11);
    y -= 18;
  }
  // paragraph that runs to the bottom of the page without ending its sentence
  p.text(72, 470, "二、支出决算情况说明", 14);
  p.text(96, 442, "本年支出合计2,497.29万元，其中：基本支出1,800.00万元，占72.08%；项目", 12);
  p.text(72, 427, "支出697.29万元，占27.92%。基本支出主要用于保障机构正常运转和完成日常", 12);
}
// ---- page 2: the paragraph continues; a bordered table in a transformed coordinate system
{
  const p = newPage(2);
  p.text(72, 760, "工作任务，项目支出主要用于信息化建设等方面。", 12);
  p.centre(72, 523, 720, "支出决算表", 14);
  p.textR(523, 700, "单位：万元", 10);
  // table drawn with cm translate(72, 400) and scale 1: local coords (0..451, 0..280)
  const xs = [0, 150, 250, 350, 451];
  const ys = [280, 256, 232, 208, 184, 160, 136, 112, 88, 64, 40]; // top to bottom (local)
  p.raw("q 0.5 w 1 0 0 1 72 400 cm");
  // horizontal rules: full width except the one between the two header rows (only under "支出" columns)
  for (let i = 0; i < ys.length; i++) {
    if (i === 1) p.line(xs[2]!, ys[i]!, xs[4]!, ys[i]!);
    else p.line(xs[0]!, ys[i]!, xs[4]!, ys[i]!);
  }
  // vertical rules: all full height except the one between the two "支出" columns in the first header row
  for (let j = 0; j < xs.length; j++) {
    if (j === 3) p.line(xs[j]!, ys[ys.length - 1]!, xs[j]!, ys[1]!);
    else p.line(xs[j]!, ys[ys.length - 1]!, xs[j]!, ys[0]!);
  }
  p.raw("Q");
  const ox = 72;
  const oy = 400;
  const T = (x: number) => ox + x;
  const Y = (y: number) => oy + y;
  p.centre(T(0), T(150), Y(250), "项目", 11);
  p.centre(T(150), T(250), Y(250), "合计", 11);
  p.centre(T(250), T(451), Y(262), "支出", 11);
  p.centre(T(250), T(350), Y(238), "基本支出", 11);
  p.centre(T(350), T(451), Y(238), "项目支出", 11);
  const data: Array<[string, string, string, string]> = [
    ["一般公共服务支出", "1,200.00", "1,000.00", "200.00"],
    ["教育支出", "1,297.29", "800.00", "497.29"],
    ["社会保障和就业支出", "", "", ""],
    ["卫生健康支出", "50.00", "", "50.00"],
    ["住房保障支出", "10.00", "10.00", ""],
    ["城乡社区支出", "", "", ""],
    ["农林水支出", "", "", ""],
    ["其他支出", "", "", ""],
  ];
  let r = 2;
  for (const d of data) {
    const yy = Y(ys[r]! - 17);
    p.text(T(6), yy, d[0], 11);
    if (d[1]) p.textR(T(244), yy, d[1], 11);
    if (d[2]) p.textR(T(344), yy, d[2], 11);
    if (d[3]) p.textR(T(445), yy, d[3], 11);
    r++;
  }
}
// ---- page 3: the bordered table continues (header repeated), then a small unrelated table at the bottom
{
  const p = newPage(3);
  const xs = [72, 222, 322, 422, 523];
  const ys = [770, 746, 722, 698, 674];
  p.raw("0.5 w");
  for (let i = 0; i < ys.length; i++) {
    if (i === 1) p.line(xs[2]!, ys[i]!, xs[4]!, ys[i]!);
    else p.line(xs[0]!, ys[i]!, xs[4]!, ys[i]!);
  }
  for (let j = 0; j < xs.length; j++) {
    if (j === 3) p.line(xs[j]!, ys[ys.length - 1]!, xs[j]!, ys[1]!);
    else p.line(xs[j]!, ys[ys.length - 1]!, xs[j]!, ys[0]!);
  }
  p.centre(72, 222, 740, "项目", 11);
  p.centre(222, 322, 740, "合计", 11);
  p.centre(322, 523, 752, "支出", 11);
  p.centre(322, 422, 728, "基本支出", 11);
  p.centre(422, 523, 728, "项目支出", 11);
  p.text(78, 703, "交通运输支出", 11);
  p.textR(316, 703, "5.00", 11);
  p.textR(517, 703, "5.00", 11);
  p.text(78, 679, "合计", 11);
  p.textR(316, 679, "2,562.29", 11);
  p.textR(416, 679, "1,810.00", 11);
  p.textR(517, 679, "752.29", 11);
  p.text(72, 640, "三、其他说明", 14);
  p.text(96, 612, "下表列示本单位车辆情况。", 12);
  const bx = [72, 300, 523];
  const by = [590, 566, 542];
  for (const yy of by) p.line(bx[0]!, yy, bx[2]!, yy);
  for (const xx of bx) p.line(xx, by[2]!, xx, by[0]!);
  p.text(78, 574, "车辆类型", 11);
  p.text(306, 574, "数量（辆）", 11);
  p.text(78, 550, "其他用车", 11);
  p.textR(517, 550, "2", 11);
  // fill the page so the table is last on it
}
// ---- page 4: a table at the top without a caption whose columns differ from the previous one
{
  const p = newPage(4);
  const bx = [72, 200, 360, 523];
  const by = [770, 746, 722];
  for (const yy of by) p.line(bx[0]!, yy, bx[3]!, yy);
  for (const xx of bx) p.line(xx, by[2]!, xx, by[0]!);
  p.text(78, 754, "项目名称", 11);
  p.text(206, 754, "预算数", 11);
  p.text(366, 754, "执行数", 11);
  p.text(78, 730, "信息化建设", 11);
  p.textR(354, 730, "135.90", 11);
  p.textR(517, 730, "135.25", 11);
  p.text(96, 690, "以上为本单位2024年度部门决算情况。", 12);
}

// ---- page 5: landscape content on a portrait MediaBox shown with /Rotate 90
{
  const p = new Page();
  p.rotate = 90;
  pages.push(p);
  p.raw("q 0 1 -1 0 595 0 cm"); // landscape frame: X 0..842 (left→right), Y 0..595 (bottom→top)
  p.centre(0, 842, 520, "财政拨款“三公”经费支出决算表", 14);
  p.textR(770, 500, "单位：万元", 10);
  const xs = [72, 272, 372, 472, 572, 672, 770];
  const ys = [480, 456, 432];
  p.raw("0.5 w");
  for (const y of ys) p.line(xs[0]!, y, xs[6]!, y);
  for (const x of xs) p.line(x, ys[2]!, x, ys[0]!);
  ["项目", "合计", "因公出国（境）费", "公务用车", "公务接待费", "备注"].forEach((t, i) => p.text(xs[i]! + 4, 464, t, 10));
  p.text(76, 440, "预算数", 10);
  p.textR(368, 440, "0.95", 10);
  p.textR(568, 440, "0.45", 10);
  p.textR(668, 440, "0.50", 10);
  p.raw("Q");
}

// ---- assemble
const objs: string[] = [];
const add = (s: string) => objs.push(s) && objs.length;
const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
void catalog;
add("PLACEHOLDER");
const cidFont = add(
  "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> " +
    "/FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500 7712 7716 500] >>",
);
const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
const pageIds: number[] = [];
for (const p of pages) {
  const stream = p.ops.join("\n");
  const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
  pageIds.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}]${p.rotate ? ` /Rotate ${p.rotate}` : ""} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
}
objs[1] = `<< /Type /Pages /Kids [${pageIds.map((i) => `${i} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
const offsets: number[] = [];
objs.forEach((o, i) => {
  offsets.push(Buffer.byteLength(out, "latin1"));
  out += `${i + 1} 0 obj\n${o}\nendobj\n`;
});
const xref = Buffer.byteLength(out, "latin1");
out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
mkdirSync("samples/pdf", { recursive: true });
writeFileSync("samples/pdf/synthetic.pdf", Buffer.from(out, "latin1"));
console.log(`samples/pdf/synthetic.pdf: ${pages.length} pages, ${Buffer.byteLength(out, "latin1")} bytes`);
