/**
 * Report openings written in the regional styles real reports use (covers, web pages, dumps), each with the
 * identity a reader would give it. `null` = the opening does not say (unknown is the right answer).
 * Plain text unless `html` is set (then the text is an HTML page).
 */
export interface Opening {
  style: string;
  text: string;
  html?: boolean;
  unit: string | null;
  year: number | null;
  kind: "部门决算" | "单位决算" | null;
}

const lines = (...l: string[]) => l.join("\n");
const page = (title: string, body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const MENU = `<div class="nav"><a href="/">网站首页</a>
<a href="/jggk/">机构概况</a>
<a href="/zwgk/">政务公开</a>
<a href="/zwfw/">政务服务</a>
<a href="/hdjl/">互动交流</a></div>`;

export const OPENINGS: Opening[] = [
  // ---- Shanghai: cover (unit / year), TOC with the unit inside the part headings
  { style: "shanghai cover", unit: "上海市普陀区财政局", year: 2024, kind: "部门决算", text: lines("上海市普陀区财政局", "2024年度部门决算", "", "目 录", "", "第一部分 上海市普陀区财政局概况", "一、主要职能", "二、部门决算单位构成", "第二部分 上海市普陀区财政局2024年度部门决算表", "一、收入支出决算总表") },
  { style: "shanghai cover, autospaced pdf text", unit: "上海市黄浦区市场监督管理局", year: 2023, kind: "部门决算", text: lines("上海市黄浦区市场监督管理局", "2023 年度部门决算", "目", "录", "第一部分 上海市黄浦区市场监督管理局概况", "第二部分 上海市黄浦区市场监督管理局 2023 年度部门决算表") },
  { style: "shanghai 单位决算 hospital", unit: "上海市徐汇区中心医院", year: 2023, kind: "单位决算", text: lines("上海市徐汇区中心医院", "2023年度单位决算", "目录", "第一部分 上海市徐汇区中心医院概况", "第二部分 上海市徐汇区中心医院2023年度单位决算表") },
  { style: "shanghai pdftotext dump with page numbers and running heads", unit: "上海市静安区教育局", year: 2024, kind: "部门决算", text: lines("上海市静安区教育局", "", "2024 年度部门决算", "", "\f目 录", "", "第一部分 上海市静安区教育局概况 ....................... 3", "第二部分 上海市静安区教育局 2024 年度部门决算表 ........ 5", "", "- 1 -", "\f上海市静安区教育局 2024 年度部门决算", "第一部分 上海市静安区教育局概况", "一、主要职能") },
  { style: "shanghai 街道", unit: "上海市普陀区人民政府长寿路街道办事处", year: 2023, kind: "部门决算", text: lines("上海市普陀区人民政府长寿路街道办事处", "2023年度部门决算", "目 录", "第一部分 上海市普陀区人民政府长寿路街道办事处概况") },
  // ---- Beijing
  { style: "beijing one-line title", unit: "北京市朝阳区教育委员会", year: 2023, kind: "部门决算", text: lines("北京市朝阳区教育委员会2023年度部门决算", "目录", "第一部分 部门概况", "一、部门职责及机构设置", "二、部门决算单位构成") },
  { style: "beijing 街道", unit: "北京市西城区人民政府德胜街道办事处", year: 2023, kind: "部门决算", text: lines("北京市西城区人民政府德胜街道办事处", "2023年度部门决算", "2024年8月", "目 录", "第一部分 部门概况") },
  { style: "beijing web page: breadcrumb, title, meta line", html: true, unit: "北京市海淀区卫生健康委员会", year: 2023, kind: "部门决算", text: page("北京市海淀区卫生健康委员会2023年度部门决算_北京市海淀区人民政府", `${MENU}<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 部门决算</div><h1>北京市海淀区卫生健康委员会2023年度部门决算</h1><div class="meta">发布时间：2024-08-30 来源：区卫健委 浏览次数：356</div><p>第一部分 部门概况</p>`) },
  // ---- Xinjiang
  { style: "xinjiang title then 第一部分 单位概况", unit: "昌吉回族自治州财政局", year: 2024, kind: "部门决算", text: lines("", "", "昌吉回族自治州财政局2024年度部门决算", " 第一部分 单位概况", "一、主要职能") },
  { style: "xinjiang court", unit: "乌鲁木齐市天山区人民法院", year: 2023, kind: "部门决算", text: lines("乌鲁木齐市天山区人民法院2023年度部门决算", "目录", "第一部分 单位概况", "第二部分 2023年度部门决算情况说明", "第三部分 名词解释", "第四部分 2023年度部门决算报表") },
  { style: "xinjiang 单位决算 school", unit: "伊宁市第三中学", year: 2023, kind: "单位决算", text: lines("伊宁市第三中学2023年度单位决算", "第一部分 单位概况", "一、主要职能") },
  // ---- Sichuan
  { style: "sichuan 目录 with 一、…五、", unit: "蓬安县农业农村局", year: 2023, kind: "部门决算", text: lines("蓬安县农业农村局2023年度部门决算", "", "目录", "第一部分 部门概况", "第二部分 2023年度部门决算情况说明", "第三部分 名词解释") },
  { style: "sichuan web page with 公开 and site suffix", html: true, unit: "成都市武侯区教育局", year: 2023, kind: "部门决算", text: page("成都市武侯区教育局2023年度部门决算公开_成都市武侯区人民政府", `${MENU}<p>您当前的位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政预决算</p><h2>成都市武侯区教育局2023年度部门决算公开</h2><p>发布日期：2024-09-12 信息来源：区教育局</p><p>一、部门概况</p>`) },
  { style: "sichuan 乡镇", unit: "蒲江县鹤山街道办事处", year: 2023, kind: "部门决算", text: lines("蒲江县鹤山街道办事处", "2023年度部门决算", "目 录", "一、部门概况", "二、2023年度部门决算情况说明", "三、名词解释", "四、附件", "五、附表") },
  { style: "sichuan 2023年 without 度", unit: "南充市顺庆区住房和城乡建设局", year: 2023, kind: "部门决算", text: lines("南充市顺庆区住房和城乡建设局2023年部门决算", "目录", "一、部门概况") },
  // ---- Hunan
  { style: "hunan 目 录 with parts", unit: "汝城县自然资源局", year: 2023, kind: "部门决算", text: lines("汝城县自然资源局2023年度部门决算", "", "目 录", "第一部分 部门概况", "第二部分 2023年度部门决算表", "第三部分 2023年度部门决算情况说明") },
  { style: "hunan 单位决算 media center", unit: "临湘市融媒体中心", year: 2023, kind: "单位决算", text: lines("临湘市融媒体中心2023年度单位决算", "", "第一部分 单位概况", "一、主要职能") },
  { style: "hunan web: 标题： metadata", html: true, unit: "长沙市岳麓区财政局", year: 2023, kind: "部门决算", text: page("长沙市岳麓区财政局2023年度部门决算公开", `${MENU}<table class="meta"><tr><td>索引号：</td><td>430104/2024-00123</td><td>发布机构：</td><td>岳麓区财政局</td></tr></table><p>标题：长沙市岳麓区财政局2023年度部门决算公开</p><p>发布日期：2024-09-03</p><p>目 录</p>`) },
  { style: "hunan list of reports: 2、 label", unit: "株洲市荷塘区水利局", year: 2023, kind: "部门决算", text: lines("2、株洲市荷塘区水利局2023年度部门决算", "第一部分 部门概况", "一、部门职责") },
  // ---- Hubei
  { style: "hubei title, 第一部分 部门概况", unit: "丹江口市市场监督管理局", year: 2023, kind: "部门决算", text: lines("丹江口市市场监督管理局2023年度部门决算", "", "第一部分 部门概况", "一、部门职责") },
  { style: "hubei province department, unit in part headings", unit: "湖北省人力资源和社会保障厅", year: 2023, kind: "部门决算", text: lines("湖北省人力资源和社会保障厅", "2023年度部门决算", "目录", "第一部分 湖北省人力资源和社会保障厅概况", "第二部分 湖北省人力资源和社会保障厅2023年度部门决算表") },
  { style: "hubei 关于…的公开说明", unit: "武汉市江岸区城市管理执法局", year: 2023, kind: "部门决算", text: lines("关于武汉市江岸区城市管理执法局2023年度部门决算的公开说明", "根据《中华人民共和国预算法》有关规定，现将本部门2023年度部门决算公开如下：", "第一部分 部门概况") },
  // ---- Yunnan
  { style: "yunnan 公开说明 with unit and 关于", unit: "昆明市五华区护国街道办事处", year: 2023, kind: "部门决算", text: lines("昆明市五华区护国街道办事处关于2023年度部门决算公开的说明", "一、部门基本情况", "（一）部门职能职责") },
  { style: "yunnan 二〇二三 cover with publication date", unit: "大理白族自治州林业和草原局", year: 2023, kind: "部门决算", text: lines("大理白族自治州林业和草原局", "二〇二三年度部门决算", "二〇二四年九月", "目录") },
  { style: "yunnan 决算公开说明 without 部门", unit: "玉溪市红塔区发展和改革局", year: 2023, kind: "部门决算", text: lines("玉溪市红塔区发展和改革局2023年度决算公开说明", "第一部分 部门基本情况", "第二部分 2023年度部门决算表") },
  // ---- Jiangxi
  { style: "jiangxi province department", unit: "江西省文化和旅游厅", year: 2023, kind: "部门决算", text: lines("江西省文化和旅游厅2023年度部门决算", "目 录", "第一部分 江西省文化和旅游厅概况", "一、部门主要职责") },
  { style: "jiangxi 乡", unit: "婺源县江湾镇人民政府", year: 2023, kind: "部门决算", text: lines("婺源县江湾镇人民政府2023年度部门决算公开", "第一部分 部门概况") },
  { style: "jiangxi year first", unit: "南昌市青山湖区审计局", year: 2023, kind: "部门决算", text: lines("2023年度南昌市青山湖区审计局部门决算", "目录", "第一部分 部门概况") },
  // ---- Liaoning
  { style: "liaoning 单位决算 center", unit: "大连市公共资源交易中心", year: 2023, kind: "单位决算", text: lines("大连市公共资源交易中心", "2023年度单位决算", "目录", "第一部分 单位概况") },
  { style: "liaoning 部门决算 with year in brackets", unit: "沈阳市和平区民政局", year: 2023, kind: "部门决算", text: lines("沈阳市和平区民政局部门决算（2023年度）", "第一部分 部门概况") },
  // ---- Shaanxi
  { style: "shaanxi cover split over three lines", unit: "西安市雁塔区退役军人事务局", year: 2023, kind: "部门决算", text: lines("西安市雁塔区退役军人事务局", "2023年度", "部门决算", "", "目录") },
  { style: "shaanxi 部门决算公开 cover with 部门名称", unit: "宝鸡市渭滨区统计局", year: 2023, kind: "部门决算", text: lines("2023年度部门决算公开", "部门名称：宝鸡市渭滨区统计局", "公开日期：2024年8月30日", "目录") },
  // ---- Zhejiang
  { style: "zhejiang province", unit: "浙江省科学技术厅", year: 2023, kind: "部门决算", text: lines("浙江省科学技术厅2023年度部门决算", "目 录", "第一部分 浙江省科学技术厅概况") },
  { style: "zhejiang 乡镇 web page glued menu", html: true, unit: "杭州市西湖区转塘街道办事处", year: 2023, kind: "部门决算", text: page("杭州市西湖区转塘街道办事处2023年度部门决算", `<div><a>首页</a><a>政务公开</a><a>部门决算</a></div><p>杭州市西湖区转塘街道办事处2023年度部门决算</p><p>第一部分 部门概况</p>`) },
  // ---- Guangdong
  { style: "guangdong 2023年部门决算", unit: "广州市天河区教育局", year: 2023, kind: "部门决算", text: lines("广州市天河区教育局2023年部门决算", "目录", "第一部分 部门概况") },
  { style: "guangdong shenzhen web title with 公开 and breadcrumb", html: true, unit: "深圳市南山区科技创新局", year: 2023, kind: "部门决算", text: page("深圳市南山区科技创新局2023年度部门决算-深圳市南山区政府在线", `${MENU}<p>首页 &gt; 信息公开 &gt; 财政预决算 &gt; 部门决算</p><h3>深圳市南山区科技创新局2023年度部门决算</h3><p>信息来源：深圳市南山区科技创新局 发布日期：2024-09-27 【字体：大 中 小】</p>`) },
  { style: "guangdong hospital 单位决算", unit: "佛山市第一人民医院", year: 2023, kind: "单位决算", text: lines("佛山市第一人民医院2023年度单位决算", "第一部分 单位概况", "一、单位主要职责") },
  // ---- central ministries
  { style: "central ministry short name", unit: "财政部", year: 2023, kind: "部门决算", text: lines("财政部2023年度部门决算", "目录", "第一部分 财政部概况", "一、部门职责", "二、机构设置") },
  { style: "central ministry full name", unit: "中华人民共和国生态环境部", year: 2023, kind: "部门决算", text: lines("中华人民共和国生态环境部", "2023年度部门决算", "", "目 录", "第一部分 生态环境部概况") },
  { style: "central bureau with 和", unit: "国家林业和草原局", year: 2023, kind: "部门决算", text: lines("国家林业和草原局2023年度部门决算", "目录", "第一部分 国家林业和草原局概况") },
  { style: "central 总局", unit: "国家体育总局", year: 2022, kind: "部门决算", text: lines("国家体育总局", "2022年度部门决算", "目录") },
  { style: "central academy", unit: "中国科学院", year: 2023, kind: "部门决算", text: lines("中国科学院2023年度部门决算", "第一部分 中国科学院概况") },
  // ---- universities
  { style: "university cover with publication date after", unit: "西南大学", year: 2023, kind: "部门决算", text: lines("西南大学 2023 年度部门决算", "", "2024 年 8 月", "", "目录", "一、学校概况", "（一） 学校基本情况") },
  { style: "university cover split", unit: "北京师范大学", year: 2023, kind: "部门决算", text: lines("北京师范大学", "2023年度部门决算", "二〇二四年八月") },
  { style: "vocational college 单位决算", unit: "湖南铁道职业技术学院", year: 2023, kind: "单位决算", text: lines("湖南铁道职业技术学院2023年度单位决算", "第一部分 单位概况") },
  // ---- hospitals
  { style: "county maternal hospital 公开", unit: "攸县妇幼保健院", year: 2023, kind: "单位决算", text: lines("攸县妇幼保健院2023年度单位决算公开", "一、单位基本情况") },
  // ---- party and people's congress units, names with brackets
  { style: "party committee department", unit: "中共宁乡市委组织部", year: 2023, kind: "部门决算", text: lines("中共宁乡市委组织部2023年度部门决算", "第一部分 部门概况") },
  { style: "CPPCC committee", unit: "中国人民政治协商会议成都市锦江区委员会", year: 2023, kind: "部门决算", text: lines("中国人民政治协商会议成都市锦江区委员会2023年度部门决算", "目录") },
  { style: "dual name in brackets", unit: "中共杭州市委网络安全和信息化委员会办公室（杭州市互联网信息办公室）", year: 2023, kind: "部门决算", text: lines("中共杭州市委网络安全和信息化委员会办公室（杭州市互联网信息办公室）2023年度部门决算", "第一部分 部门概况") },
  { style: "本级 in brackets", unit: "株洲市财政局（本级）", year: 2023, kind: "单位决算", text: lines("株洲市财政局（本级）2023年度单位决算", "第一部分 单位概况") },
  { style: "及所属单位 is not part of the name", unit: "怀化市鹤城区水利局", year: 2023, kind: "部门决算", text: lines("怀化市鹤城区水利局及所属单位2023年度部门决算", "第一部分 部门概况") },
  // ---- traditional characters (Hong Kong-hosted copies)
  { style: "traditional one-line title", unit: "广州市天河区教育局", year: 2023, kind: "部门决算", text: lines("廣州市天河區教育局2023年度部門決算", "目錄", "第一部分 部門概況", "一、部門職責") },
  { style: "traditional cover with 〇 year", unit: "财政部", year: 2023, kind: "部门决算", text: lines("財政部", "二〇二三年度部門決算", "二〇二四年七月") },
  { style: "traditional web copy with 關於…公開說明", html: true, unit: "深圳市福田区卫生健康局", year: 2023, kind: "部门决算", text: page("關於深圳市福田區衛生健康局2023年度部門決算的公開說明", `<div>首頁 &gt; 新聞 &gt; 內地</div><h1>關於深圳市福田區衛生健康局2023年度部門決算的公開說明</h1><p>發佈時間：2024年09月20日</p><p>第一部分 部門概況</p>`) },
  { style: "traditional 單位決算 hospital", unit: "东莞市人民医院", year: 2023, kind: "单位决算", text: lines("東莞市人民醫院2023年度單位決算", "第一部分 單位概況") },
  // ---- part headings and generic openings
  { style: "dump starting at 第一部分 with the unit in part headings", unit: "郴州市北湖区财政局", year: 2023, kind: "部门决算", text: lines("第一部分 郴州市北湖区财政局概况", "一、主要职能", "第二部分 郴州市北湖区财政局2023年度部门决算表") },
  { style: "no unit anywhere: parts only", unit: null, year: 2023, kind: "部门决算", text: lines("第一部分 部门概况", "一、部门职责", "第二部分 2023年度部门决算表", "第三部分 2023年度部门决算情况说明") },
  { style: "generic 本部门 title", unit: null, year: 2023, kind: "部门决算", text: lines("本部门2023年度部门决算", "一、部门概况") },
  { style: "region-only consolidated title", unit: null, year: 2023, kind: "部门决算", text: lines("宁乡市2023年度部门决算汇总", "一、基本情况") },
  { style: "部门（单位）决算 leaves the kind open", unit: "韶山市文化旅游广电体育局", year: 2023, kind: null, text: lines("韶山市文化旅游广电体育局2023年度部门（单位）决算", "一、部门基本情况") },
  { style: "决算公开 without kind anywhere", unit: "衡阳市石鼓区司法局", year: 2023, kind: null, text: lines("衡阳市石鼓区司法局2023年度决算公开", "一、基本情况", "二、收入支出决算总体情况") },
  { style: "letter-spaced cover", unit: "岳阳市君山区农业农村局", year: 2023, kind: "部门决算", text: lines("岳阳市君山区农业农村局", "2 0 2 3 年 度 部 门 决 算") },
  { style: "year line first, unit after, date last", unit: "益阳市赫山区档案馆", year: 2023, kind: "单位决算", text: lines("2023年度单位决算", "益阳市赫山区档案馆", "2024年8月") },
  { style: "publication date before the title", unit: "邵阳市大祥区城市管理和综合执法局", year: 2023, kind: "部门决算", text: lines("2024年9月6日", "邵阳市大祥区城市管理和综合执法局2023年度部门决算", "第一部分 部门概况") },
  { style: "menu line with 预决算 and no year", html: true, unit: "常德市鼎城区教育局", year: 2023, kind: "部门决算", text: page("常德市鼎城区教育局", `<ul><li>首页</li><li>财政预决算</li><li>部门决算</li></ul><p>当前位置：首页 &gt; 财政预决算 &gt; 部门决算</p><p>常德市鼎城区教育局2023年度部门决算</p><p>第一部分 部门概况</p>`) },
  { style: "batch reply that names the unit after 关于批复", unit: "新化县教育局", year: 2023, kind: "部门决算", text: lines("新化县财政局关于批复新化县教育局2023年度部门决算的通知", "新化县教育局：") },
  { style: "running head with page number in a dump", unit: "娄底市娄星区民政局", year: 2023, kind: "部门决算", text: lines("\f娄底市娄星区民政局2023年度部门决算 2", "一、部门职责", "\f娄底市娄星区民政局2023年度部门决算 3") },
  { style: "web title with 标题: and 【】 tag", unit: "张家界市永定区林业局", year: 2023, kind: "部门决算", text: lines("【部门决算】标题：张家界市永定区林业局2023年度部门决算公开", "发布时间：2024-09-01") },
  { style: "guangxi 自治区 department", unit: "广西壮族自治区农业农村厅", year: 2023, kind: "部门决算", text: lines("广西壮族自治区农业农村厅2023年度部门决算", "目录") },
  { style: "a sentence that names the report is not a title", unit: "湘潭市雨湖区统计局", year: 2023, kind: "部门决算", text: lines("湘潭市雨湖区统计局", "2023年度部门决算", "根据要求，现将湘潭市雨湖区财政局2022年度部门决算编制情况说明如下：") },
  { style: "affiliated unit 单位决算 with subordinate name", unit: "吉首市疾病预防控制中心", year: 2023, kind: "单位决算", text: lines("吉首市疾病预防控制中心2023年度单位决算", "一、单位基本情况") },
  { style: "village-level 乡 as a unit", unit: "城步苗族自治县汀坪乡", year: 2023, kind: "部门决算", text: lines("城步苗族自治县汀坪乡2023年度部门决算", "一、部门概况") },
  // ---- harder pages: sidebars, lists, layout tables, attachment names, wrapped titles
  { style: "sidebar of related reports before the main title", html: true, unit: "永州市零陵区卫生健康局", year: 2023, kind: "部门决算", text: page("永州市零陵区卫生健康局2023年度部门决算", `${MENU}<div class="side"><p>相关文章</p><ul><li>永州市零陵区教育局2023年度部门决算</li><li>永州市零陵区民政局2022年度部门决算</li></ul></div><div class="main"><h1>永州市零陵区卫生健康局2023年度部门决算</h1><p>第一部分 永州市零陵区卫生健康局概况</p></div>`) },
  { style: "a list page naming several reports: no single unit", html: true, unit: null, year: 2023, kind: null, text: page("部门决算", `${MENU}<ul><li>桃江县教育局2023年度部门决算</li><li>桃江县疾病预防控制中心2023年度单位决算</li><li>桃江县人民医院2023年度单位决算</li></ul>`) },
  { style: "old site: title inside a layout table", html: true, unit: "怀化市洪江区发展和改革局", year: 2023, kind: "部门决算", text: page("", `<table><tr><td>网站首页</td><td>政务公开</td></tr><tr><td colspan="2">标题：怀化市洪江区发展和改革局2023年度部门决算</td></tr><tr><td>发布日期：2024-09-10</td><td>点击数：88</td></tr></table><p>第一部分 部门概况</p>`) },
  { style: "attachment link only", unit: "湘西州民族宗教事务委员会", year: 2023, kind: "部门决算", text: lines("首页 > 政务公开 > 预决算公开", "湘西州民族宗教事务委员会2023年度部门决算公开", "附件：湘西州民族宗教事务委员会2023年度部门决算.pdf（1.26MB）") },
  { style: "full-width digits on a traditional page", unit: "珠海市香洲区财政局", year: 2023, kind: "部门决算", text: lines("珠海市香洲區財政局２０２３年度部門決算", "目錄") },
  { style: "letter-spaced unit and year lines", unit: "上海市普陀区财政局", year: 2024, kind: "部门决算", text: lines("上 海 市 普 陀 区 财 政 局", "2 0 2 4 年 度 部 门 决 算", "目 录") },
  { style: "title wrapped in a dump: unit from the part headings", unit: "上海市长宁区民政局", year: 2024, kind: "部门决算", text: lines("上海市长宁区民政局2024年度部门", "决算", "第一部分 上海市长宁区民政局概况", "第二部分 上海市长宁区民政局2024年度部门决算表") },
  { style: "table caption line of a dump names the unit", unit: "上海市普陀区财政局", year: 2024, kind: "部门决算", text: lines("2024年度部门决算", "收入支出决算总表", "部门：上海市普陀区财政局    金额单位：万元") },
  // ---- written after the module, as a held-out check (kept as they were, whether they passed or not)
  { style: "chongqing 情况说明 as title", unit: "重庆市渝中区财政局", year: 2023, kind: "部门决算", text: lines("重庆市渝中区财政局2023年度部门决算情况说明", "一、基本情况") },
  { style: "shandong year-first with 公开", unit: "济南市历下区教育和体育局", year: 2023, kind: "部门决算", text: lines("2023年度济南市历下区教育和体育局部门决算公开", "目录", "第一部分 部门概况") },
  { style: "anhui 部门决算和三公经费 title", unit: "合肥市蜀山区商务局", year: 2023, kind: "部门决算", text: lines("合肥市蜀山区商务局2023年度部门决算及“三公”经费决算公开", "一、部门基本情况") },
  { style: "fujian with budget-unit code prefix", unit: "福州市鼓楼区城市管理局", year: 2023, kind: "部门决算", text: lines("105001-福州市鼓楼区城市管理局2023年度部门决算", "第一部分 部门概况") },
  { style: "guizhou web with title in 《》", html: true, unit: "贵阳市云岩区水务管理局", year: 2023, kind: "部门决算", text: page("", `<p>首页 &gt; 政府信息公开 &gt; 法定主动公开内容</p><h2>《贵阳市云岩区水务管理局2023年度部门决算》</h2><p>第一部分 部门概况</p>`) },
  { style: "gansu 部门整体 with 信息公开", unit: "兰州市城关区农业农村局", year: 2023, kind: "部门决算", text: lines("兰州市城关区农业农村局2023年度部门决算信息公开", "第一部分 部门概况") },
  { style: "hebei cover with 盖章 placeholder", unit: "石家庄市长安区民政局", year: 2023, kind: "部门决算", text: lines("石家庄市长安区民政局", "2023年度部门决算", "（公开版）", "目 录") },
  { style: "jiangsu cover with date and department label", unit: "南京市玄武区司法局", year: 2023, kind: "部门决算", text: lines("南京市玄武区司法局", "2023年度部门决算", "", "南京市玄武区司法局编制", "2024年9月") },
  { style: "inner mongolia 旗", unit: "鄂尔多斯市达拉特旗教育体育局", year: 2023, kind: "部门决算", text: lines("鄂尔多斯市达拉特旗教育体育局2023年度部门决算", "第一部分 部门概况") },
  { style: "tianjin 和平区 (和 in a place name)", unit: "天津市和平区卫生健康委员会", year: 2023, kind: "部门决算", text: lines("天津市和平区卫生健康委员会2023年度部门决算", "目录") },
  { style: "hainan 单位决算 of a school", unit: "海口市第一中学", year: 2023, kind: "单位决算", text: lines("海口市第一中学", "2023年度单位决算公开", "目录") },
  { style: "ningxia people's congress 人大", unit: "银川市兴庆区人大", year: 2023, kind: "部门决算", text: lines("银川市兴庆区人大2023年度部门决算", "一、部门概况") },
  { style: "heilongjiang pdftotext -layout cover", unit: "哈尔滨市南岗区财政局", year: 2023, kind: "部门决算", text: lines("", "                    哈尔滨市南岗区财政局", "", "                    2023 年度部门决算", "", "", "                          目     录") },
  { style: "jilin title glued to TOC line by a reader", unit: "长春市朝阳区商务局", year: 2023, kind: "部门决算", text: lines("长春市朝阳区商务局2023年度部门决算 目录", "第一部分 部门概况") },
  { style: "qinghai traditional 二零二三", unit: "西宁市城中区教育局", year: 2023, kind: "部门决算", text: lines("西寧市城中區教育局二零二三年度部門決算") },
  { style: "henan title with 本级 and 部门 noise", unit: "郑州市金水区财政局", year: 2023, kind: "部门决算", text: lines("郑州市金水区财政局本级部门2023年度决算", "第二部分 2023年度部门决算表") },
  { style: "guangdong 三公 sidebar after the title", html: true, unit: "东莞市自然资源局", year: 2023, kind: "部门决算", text: page("", `<h1>东莞市自然资源局2023年度部门决算</h1><p>第一部分 部门概况</p><div><p>相关链接</p><p>东莞市水务局2023年度部门决算</p><p>东莞市林业局2023年度部门决算</p></div>`) },
  { style: "central 直属 unit 单位决算", unit: "中国地质调查局武汉地质调查中心", year: 2023, kind: "单位决算", text: lines("中国地质调查局武汉地质调查中心2023年度单位决算", "目 录") },
  { style: "zhejiang 乡镇 web meta 发布机构 only", html: true, unit: null, year: 2023, kind: "部门决算", text: page("", `<p>发布机构：临安区财政局</p><h1>2023年度部门决算</h1><p>一、部门概况</p>`) },
  { style: "hubei 卫生院 title with date bracket", unit: "恩施市龙凤镇卫生院", year: 2023, kind: "单位决算", text: lines("恩施市龙凤镇卫生院2023年度单位决算（2024年9月）", "一、单位概况") },
  { style: "sichuan 附件 line first then cover", unit: "绵阳市涪城区应急管理局", year: 2023, kind: "部门决算", text: lines("附件1", "绵阳市涪城区应急管理局", "2023年度部门决算", "目录") },
  { style: "a year only in the publication date: year unknown", unit: "岳阳市云溪区供销合作联社", year: null, kind: "部门决算", text: lines("岳阳市云溪区供销合作联社部门决算", "2024年8月", "一、部门概况") },
  { style: "xinjiang bingtuan 师", unit: "新疆生产建设兵团第八师石河子市财政局", year: 2023, kind: "部门决算", text: lines("新疆生产建设兵团第八师石河子市财政局2023年度部门决算", "第一部分 单位概况") },
  { style: "hong kong copy with site frame and 轉載", html: true, unit: "厦门市思明区财政局", year: 2023, kind: "部门决算", text: page("", `<div>香港商報網 | 首頁 | 內地 | 財經</div><p>轉載：廈門市思明區財政局2023年度部門決算</p><p>第一部分 部門概況</p>`) },
  { style: "pdftotext dump: TOC before the title page", unit: "常州市武进区教育局", year: 2023, kind: "部门决算", text: lines("目 录", "第一部分 常州市武进区教育局概况 .......... 1", "第二部分 常州市武进区教育局2023年度部门决算表 .......... 4", "\f常州市武进区教育局2023年度部门决算", "第一部分 常州市武进区教育局概况") },
];
