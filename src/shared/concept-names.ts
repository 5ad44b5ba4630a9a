/**
 * Chinese names of concepts (spec/concepts.md), for messages people read: a finding says “本年收入合计”, never
 * `overview.income.current_year`. A concept is its stem plus a measure suffix (.share, .yoy.change, …).
 */

const STEMS: Record<string, string> = {
  "report.unit_name": "单位名称",
  "report.fiscal_year": "决算年度",
  "report.kind": "决算类别",
  "staff.total": "实有人数",
  "staff.active": "在职人员",
  "staff.retired_cadres": "离休人员",
  "staff.retired": "退休人员",
  "staff.authorized": "编制数",
  "org.budget_units": "下属预算单位数",
  "org.divisions": "内设机构数",
  "overview": "收入支出总计",
  "overview.total": "收入支出总计",
  "overview.income": "收入总计",
  "overview.expenditure": "支出总计",
  "overview.income.grand_total": "收入总计",
  "overview.income.current_year": "本年收入合计",
  "overview.income.non_fiscal_balance_used": "使用非财政拨款结余",
  "overview.income.carryover_begin": "年初结转和结余",
  "overview.expenditure.grand_total": "支出总计",
  "overview.expenditure.current_year": "本年支出合计",
  "overview.expenditure.balance_distribution": "结余分配",
  "overview.expenditure.carryover_end": "年末结转和结余",
  "income.current_year": "本年收入合计",
  "income.fiscal_appropriation": "财政拨款收入",
  "income.fiscal_appropriation.gpb": "一般公共预算财政拨款收入",
  "income.fiscal_appropriation.govfund": "政府性基金预算财政拨款收入",
  "income.fiscal_appropriation.soe": "国有资本经营预算财政拨款收入",
  "income.superior_subsidy": "上级补助收入",
  "income.business": "事业收入",
  "income.operating": "经营收入",
  "income.subordinate_remittance": "附属单位上缴收入",
  "income.other": "其他收入",
  "expenditure.current_year": "本年支出合计",
  "expenditure.basic": "基本支出",
  "expenditure.project": "项目支出",
  "expenditure.remit_to_superior": "上缴上级支出",
  "expenditure.operating": "经营支出",
  "expenditure.subsidy_to_subordinate": "对附属单位补助支出",
  "expenditure.class": "支出（按类）",
  "expenditure.item": "支出（按项）",
  "fiscal": "财政拨款收入支出",
  "fiscal.total": "财政拨款收入支出总计",
  "fiscal.income.grand_total": "财政拨款收入总计",
  "fiscal.income.carryover_begin": "年初财政拨款结转和结余",
  "fiscal.income.current_year": "本年财政拨款收入",
  "fiscal.income.gpb": "一般公共预算财政拨款收入",
  "fiscal.income.govfund": "政府性基金预算财政拨款收入",
  "fiscal.income.soe": "国有资本经营预算财政拨款收入",
  "fiscal.expenditure.grand_total": "财政拨款支出总计",
  "fiscal.expenditure.carryover_end": "年末财政拨款结转和结余",
  "fiscal.expenditure.current_year": "本年财政拨款支出",
  "fiscal.expenditure.basic": "财政拨款基本支出",
  "fiscal.expenditure.project": "财政拨款项目支出",
  "fiscal.expenditure": "财政拨款支出",
  "fiscal.class": "财政拨款支出（按类）",
  "fiscal.item": "财政拨款支出（按项）",
  "fiscal.budget": "财政拨款",
  "gpb": "一般公共预算财政拨款支出",
  "gpb.expenditure": "一般公共预算财政拨款支出",
  "gpb.class": "一般公共预算财政拨款支出（按类）",
  "gpb.item": "一般公共预算财政拨款支出（按项）",
  "gpb.budget": "一般公共预算财政拨款支出",
  "basic": "基本支出",
  "basic.total": "基本支出",
  "basic.personnel": "人员经费",
  "basic.public": "公用经费",
  "govfund": "政府性基金预算财政拨款支出",
  "govfund.income": "政府性基金预算财政拨款收入",
  "govfund.expenditure": "政府性基金预算财政拨款支出",
  "govfund.carryover_end": "政府性基金预算财政拨款年末结转和结余",
  "govfund.carryover_begin": "政府性基金预算财政拨款年初结转和结余",
  "soe": "国有资本经营预算财政拨款支出",
  "soe.income": "国有资本经营预算财政拨款收入",
  "soe.expenditure": "国有资本经营预算财政拨款支出",
  "soe.carryover_end": "国有资本经营预算财政拨款年末结转和结余",
  "soe.carryover_begin": "国有资本经营预算财政拨款年初结转和结余",
  "sangong": "“三公”经费",
  "sangong.total": "“三公”经费",
  "sangong.abroad": "因公出国（境）费",
  "sangong.vehicle": "公务用车购置及运行维护费",
  "sangong.vehicle.purchase": "公务用车购置费",
  "sangong.vehicle.operation": "公务用车运行维护费",
  "sangong.reception": "公务接待费",
  "sangong.abroad.groups": "出国（境）团组数",
  "sangong.abroad.persons": "出国（境）人次",
  "sangong.vehicle.purchased": "公务用车购置数",
  "sangong.vehicle.fleet": "公务用车保有量",
  "sangong.reception.batches": "公务接待批次",
  "sangong.reception.persons": "公务接待人次",
  "sangong.budget.total": "“三公”经费预算数",
  "sangong.budget.abroad": "因公出国（境）费预算数",
  "sangong.budget.vehicle": "公务用车购置及运行维护费预算数",
  "sangong.budget.vehicle.purchase": "公务用车购置费预算数",
  "sangong.budget.vehicle.operation": "公务用车运行维护费预算数",
  "sangong.budget.reception": "公务接待费预算数",
  "sangong.budget": "“三公”经费",
  "meeting.total": "会议费",
  "meeting.count": "会议数",
  "training.total": "培训费",
  "training.count": "培训数",
  "operating_costs.total": "机关运行经费",
  "operating_costs": "机关运行经费",
  "procurement.total": "政府采购支出总额",
  "procurement.goods": "政府采购货物支出",
  "procurement.works": "政府采购工程支出",
  "procurement.services": "政府采购服务支出",
  "procurement.sme": "授予中小企业合同金额",
  "procurement.small_micro": "授予小微企业合同金额",
  "assets.buildings.area": "房屋面积",
  "assets.buildings.value": "房屋价值",
  "assets.vehicles.count": "车辆数",
  "assets.vehicles.value": "车辆价值",
  "assets.vehicles.by_type": "车辆数（按类型）",
  "assets.equipment_over_1m.count": "单价100万元以上设备",
  "assets.equipment_general.count": "通用设备",
  "performance.unit_forms": "整体支出绩效自评表数量",
  "performance.unit.budget": "整体支出全年预算总额",
  "performance.unit.executed": "整体支出实际执行总额",
  "performance.projects.count": "绩效评价项目个数",
  "performance.projects.budget": "绩效评价项目全年预算数",
  "performance.projects.executed": "绩效评价项目全年执行数",
  "performance.projects.average_score": "绩效评价平均得分",
  "performance.projects.by_grade": "绩效评价项目个数（按等级）",
  "perf.form.budget.initial": "自评表年初预算数",
  "perf.form.budget.full_year": "自评表全年预算数",
  "perf.form.executed": "自评表全年执行数",
  "perf.form.execution_rate": "自评表执行率",
  "perf.form.execution_score": "自评表执行率得分",
  "perf.form.execution_weight": "自评表执行率分值",
  "perf.form.total_score": "自评表总分",
  "perf.form.total_weight": "自评表总分值",
  "perf.indicator.weight": "绩效指标分值",
  "perf.indicator.score": "绩效指标得分",
  "perf.indicator.target": "绩效指标年度指标值",
  "perf.indicator.actual": "绩效指标实际完成值",
  "perf.indicator.completion_rate": "绩效指标完成率",
  "table.cell": "表格单元格",
};

const MEASURES: [string, string][] = [
  [".budget.completion_rate", "预算完成率"],
  [".budget.variance_rate", "预决算差异率"],
  [".budget.full_year", "全年预算数"],
  [".budget.initial", "年初预算数"],
  [".yoy.change", "比上年增减额"],
  [".yoy.rate", "比上年增减率"],
  [".completion_rate", "完成率"],
  [".variance_rate", "差异率"],
  [".share", "占比"],
  [".change", "增减数"],
  [".amount", ""],
];

const TABLE_NAMES: Record<string, string> = {
  T1: "收入支出决算总表", T2: "收入决算表", T3: "支出决算表", T4: "财政拨款收入支出决算总表", T5: "一般公共预算财政拨款支出决算表",
  T6: "一般公共预算财政拨款基本支出决算表", T7: "财政拨款“三公”经费支出决算表", T8: "政府性基金预算财政拨款收入支出决算表",
  T9: "国有资本经营预算财政拨款收入支出决算表", "fiscal-expenditure": "财政拨款支出决算表",
};

/** The table's name for messages: its printed title when known, else the kind's name. */
export function tableName(id: string, title?: string): string {
  return title && title.trim() ? title.trim() : TABLE_NAMES[id] ?? id;
}

function stemName(concept: string): string | undefined {
  if (STEMS[concept] !== undefined) return STEMS[concept];
  for (const [suffix, word] of MEASURES) {
    if (!concept.endsWith(suffix)) continue;
    const stem = STEMS[concept.slice(0, -suffix.length)];
    if (stem !== undefined) return word ? `${stem}${word}` : stem;
  }
  return undefined;
}

/** "本年收入合计", "205 教育支出（按类）占比", "公务接待费（外事）" …: a concept with its item dims, in Chinese. */
export function conceptName(concept: string, dims: Record<string, string> = {}): string {
  let name = stemName(concept) ?? concept;
  const item = dims.name ?? dims.row;
  if (item && /\.(class|item)(\.|$)/.test(concept)) {
    const last = item.split("/").pop() ?? item;
    const measure = MEASURES.find(([s]) => concept.endsWith(s))?.[1] ?? "";
    name = `${dims.code ? `${dims.code} ` : ""}${last}${measure}`;
  } else if (concept === "table.cell") {
    name = `${tableName(dims.table ?? "", dims.title)}“${dims.code ? `${dims.code} ` : ""}${dims.name ?? dims.row ?? ""}”行“${dims.column ?? ""}”栏`;
  } else {
    const extra = [dims.item, dims.type, dims.scope === "foreign" ? "外事" : dims.scope, dims.project, dims.indicator, dims.grade].filter(Boolean);
    if (extra.length) name = `${name}（${extra.join("，")}）`;
  }
  if (dims.table && concept !== "table.cell") name = `${tableName(dims.table, dims.title)}中的${name}`;
  return name;
}

/** A narrative subject's id ("gpb.item:一般公共服务支出/财政事务/行政运行", "income.fiscal_appropriation") for people. */
export function subjectName(id: string): string {
  const i = id.indexOf(":");
  if (i >= 0) return id.slice(i + 1).split("/").pop() ?? id;
  return stemName(id) ?? id;
}
