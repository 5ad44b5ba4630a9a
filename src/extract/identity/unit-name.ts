/**
 * Is this text a unit's name, and which part of it? A name is cut out of a title line's lead (the text
 * before the year): menus, breadcrumbs, labels ("标题：", "2、", "第一部分"), verbs ("关于", "印发") are not
 * part of it; a region is, when printed ("上海市普陀区财政局"). Precision first: a candidate that does not
 * end like an institution, or that holds words no unit name holds, is no name (unknown beats wrong).
 */

/** Characters a unit name is made of. */
export const NAME_CHAR = "[\\p{Script=Han}A-Za-z0-9()（）〔〕·]";

/** Words that never occur inside a unit's name: page furniture, report vocabulary. */
const NOISE = /部分|目录|决算|预算|年度|说明|情况|概况|首页|主页|网站|位置|栏目|专栏|公开|公告|公示|通知|发布|浏览|点击|下载|附件|附表|标题|题目|索引|文号|日期|时间|来源|报告|报表|汇总|支出|收支|拨款|经费|合计|总计|金额|万元|正文|当前|导航|返回|打印|关闭|字体|分享|搜索|登录|关于|批复|印发|转发|现将/u;

/** Noise words after which a name may start again ("政务公开XX局" glued by a reader). */
const CUT_AFTER = /首页|主页|网站|位置|栏目|专栏|公开|公告|公示|通知|动态|要闻|新闻|概况|目录|正文|标题|题目|附件|关于|[>》→|｜/\\_]/gu;

/** What may stand before a name and is not part of it; stripped repeatedly. */
const LEAD = [
  /^[\s:：、.．,，;；\-—–_|｜>》→·•*#]+/u,
  /^(?:文章)?(?:标题|题目|主题|名称)[:：]?/u,
  /^第[一二三四五六七八九十\d]+部分[:：、.．]?/u,
  /^[一二三四五六七八九十]+[、.．]/u,
  /^\d{1,2}[、.．](?!\d)/u,
  /^[(（][一二三四五六七八九十\d]{1,2}[)）][、.．]?/u,
  /^附件\d*[:：]?/u,
  /^\d{3,}[-_]?(?=\p{Script=Han})/u,
  /^[【[][^】\]]{0,12}[】\]]/u,
  /^(?:关于|现将|现就|特将|印发|公布|公开|发布|批复|转发)/u,
];

/** What may stand after a name and is not part of it. */
const TRAIL = /(?:关于|公开|的|及其?(?:所属|下属)(?:各)?(?:单位|事业单位|机构)?|及所属|(?:本级)?部门)$/u;

/** A template's blank ("上海市XX局", "某某局") is no name. */
const PLACEHOLDER = /XX|xx|××|\*\*|某某|○○/u;

/** Names that say "a unit" without naming one. */
const GENERIC = /^(?:本|我|该|各|全)?(?:部门|单位|局|委|办|院|校|机关|系统|本级|中心|所|市|县|区)$|(?:预算|决算|行政|事业|所属|下属|二级|三级|基层|主管|参公|一级|本级)(?:单位|部门)$|部门$|单位$/u;

/** How institutions' names end (after a bracketed note, 本级 or 机关). */
const SUFFIX = /(?:局|委员会|委|会|办公室|办|厅|部|院|中心|所|站|馆|校|学|园|府|队|社|台|处|署|室|团|场|司|联|协|街道|镇|乡|关|狱|科|庭|宫|行|库|组|厂|集团|公司|总队|支队|大队|人大|政协)$/u;

/** A region alone is not a unit ("XX县2023年度部门决算" is a consolidated account). */
const REGION_ONLY = /(?:省|市|县|旗|盟|州|地区|自治区)$/u;

const NAME = new RegExp(`^${NAME_CHAR}{2,40}$`, "u");

/** Does `name` (normalised, no spaces) read as an institution's name? */
export function isUnitName(name: string): boolean {
  if (!NAME.test(name) || !/\p{Script=Han}{2}/u.test(name)) return false;
  if (/^\d/.test(name) || NOISE.test(name) || GENERIC.test(name) || PLACEHOLDER.test(name)) return false;
  if (!balanced(name)) return false;
  const core = name.replace(/(?:[(（][^()（）]*[)）])+$/u, "").replace(/(?:本级|机关)$/u, "");
  if (core.length < 2 || REGION_ONLY.test(core)) return false;
  return SUFFIX.test(core) || SUFFIX.test(name.replace(/(?:[(（][^()（）]*[)）])+$/u, ""));
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(" || ch === "（" || ch === "〔") depth++;
    else if (ch === ")" || ch === "）" || ch === "〕") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The unit's name within `text` (a view's text, possibly with separating spaces), as a range of `text`, or
 * undefined. Tries the longest candidate first: from the start, then after each space or noise word
 * (`from` says where the tried candidate began: 0 when nothing was cut off but labels).
 */
export function findUnitName(text: string, options: { fromStartOnly?: boolean } = {}): { start: number; end: number; from: number } | undefined {
  const starts = new Set<number>([0]);
  if (!options.fromStartOnly) {
    for (let i = 0; i < text.length; i++) if (text[i] === " ") starts.add(i + 1);
    for (const m of text.matchAll(CUT_AFTER)) starts.add(m.index! + m[0].length);
  }
  for (const s0 of [...starts].sort((a, b) => a - b)) {
    let start = s0;
    let end = text.length;
    for (let changed = true; changed; ) {
      changed = false;
      const rest = text.slice(start, end);
      for (const re of LEAD) {
        const m = re.exec(rest);
        if (m && m[0].length > 0 && m[0].length < rest.length) {
          start += m[0].length;
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed; ) {
      changed = false;
      const body = text.slice(start, end).replace(/\s+$/, "");
      end = start + body.length;
      const t = TRAIL.exec(body);
      if (t && t[0].length < body.length) {
        end -= t[0].length;
        changed = true;
      }
    }
    const name = text.slice(start, end).replace(/ /g, "");
    if (isUnitName(name)) return { start, end, from: s0 };
  }
  return undefined;
}
