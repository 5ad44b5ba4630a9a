/**
 * What a label names, per section: phrases → subjects. A subject says which concept each measure of it
 * goes to (its amount, its share, its year-on-year change and rate, its budget, variance and completion).
 * Printed Chinese lives here as data; the interpreter (interpret.ts) is generic.
 */
import type { SectionKind } from "../../model/report.js";
import type { Unit } from "../../model/fact.js";

export interface Subject {
  id: string;
  amount?: string | string[];
  share?: string;
  change?: string;
  rate?: string;
  budget?: string;
  budgetFull?: string;
  variance?: string;
  completion?: string;
  dims?: Record<string, string>;
  /** dims for the variance/completion rate (e.g. {item:"因公出国（境）费"}). */
  rateDims?: Record<string, string>;
  /** Only for mentions in these units. */
  units?: Unit[];
  /** Concept by the mention's unit (e.g. 平方米 → area, 万元 → value). */
  byUnit?: Partial<Record<Unit, string>>;
  /**
   * Another concept a loose term may mean (“收入总计” is often 本年收入合计): concept → alternative. The reading is
   * settled against the tables (src/extract/reconcile.ts); unsettled, the fact carries a doubt.
   */
  alt?: Record<string, string>;
}

export interface Entry {
  re: RegExp;
  subject: Subject;
  /** Also match when this follows the number ("14个科室"). */
  after?: RegExp;
  /** Only when the sentence so far matches this ("…评价项目6个，全年预算数…"). */
  context?: RegExp;
}

const S = (id: string, s: Omit<Subject, "id"> = {}): Subject => ({ id, ...s });
const E = (re: RegExp, subject: Subject, after?: RegExp): Entry => ({ re, subject, ...(after ? { after } : {}) });


// ---- 概况 -------------------------------------------------------------------------------------------
const staff: Entry[] = [
  E(/(核定|批复)?编制(数|人数)?|编制内/, S("staff.authorized", { amount: "staff.authorized", units: ["人", "个"] })),
  E(/实有人数|人员总数|实有人员|共有人员|总人数|人员编制实有/, S("staff.total", { amount: "staff.total", change: "staff.total.change", units: ["人"] })),
  E(/在职(人员)?(实有)?(人数)?/, S("staff.active", { amount: "staff.active", change: "staff.active.change", units: ["人"] })),
  E(/离休(人员)?/, S("staff.retired_cadres", { amount: "staff.retired_cadres", change: "staff.retired_cadres.change", units: ["人"] })),
  E(/退休(人员)?/, S("staff.retired", { amount: "staff.retired", change: "staff.retired.change", units: ["人"] })),
  E(/下属(预算)?单位|所属(预算)?单位|预算单位/, S("org.budget_units", { amount: "org.budget_units", units: ["个"] }), /^(下属|所属)?(二级)?(预算)?单位/),
  E(/科室|处室|内设(机构)?|职能部门|股室/, S("org.divisions", { amount: "org.divisions", units: ["个"] }), /^(内设|下设)?(科室|处室|股室|职能部门|内设机构|部门)/),
];

const INCOME_SOURCE = {
  fiscal_appropriation: /财政拨款收入/,
  superior_subsidy: /上级补助收入/,
  business: /事业收入/,
  operating: /经营收入/,
  subordinate_remittance: /附属单位上缴收入/,
  other: /其他收入/,
} as const;
const EXPENDITURE_PART = { basic: /基本支出/, project: /项目支出/, operating: /经营支出/ } as const;

/** “收入总计/支出总计” said of the year's own income and spending (the university family does). */
const LOOSE_TOTALS = {
  "overview.income.grand_total": "overview.income.current_year",
  "overview.expenditure.grand_total": "overview.expenditure.current_year",
};

// ---- 一、收入支出决算总体情况 ---------------------------------------------------------------------
const overview: Entry[] = [
  E(/收入(、|和|与)?支出总计|收、?支总计|收入支出(总体|总额)?/, S("overview.total", { amount: ["overview.income.grand_total", "overview.expenditure.grand_total"], change: "overview.yoy.change", rate: "overview.yoy.rate", alt: LOOSE_TOTALS })),
  E(/收入总计|收入总额/, S("overview.income.grand_total", { amount: "overview.income.grand_total", change: "overview.income.yoy.change", rate: "overview.income.yoy.rate", alt: LOOSE_TOTALS })),
  E(/支出总计|支出总额/, S("overview.expenditure.grand_total", { amount: "overview.expenditure.grand_total", change: "overview.expenditure.yoy.change", rate: "overview.expenditure.yoy.rate", alt: LOOSE_TOTALS })),
  E(/本年收入(合计)?/, S("overview.income.current_year", { amount: "overview.income.current_year" })),
  E(/使用非财政拨款结余/, S("overview.income.non_fiscal_balance_used", { amount: "overview.income.non_fiscal_balance_used" })),
  E(/年初结转和结余|上年结转(和结余)?/, S("overview.income.carryover_begin", { amount: "overview.income.carryover_begin" })),
  E(/本年支出(合计)?/, S("overview.expenditure.current_year", { amount: "overview.expenditure.current_year" })),
  E(/结余分配/, S("overview.expenditure.balance_distribution", { amount: "overview.expenditure.balance_distribution" })),
  E(/年末结转和结余/, S("overview.expenditure.carryover_end", { amount: "overview.expenditure.carryover_end" })),
  // "其中：财政拨款收入增加 14,458.07 万元": the change of a part, not of the total
  ...(["fiscal_appropriation", "superior_subsidy", "business", "operating", "subordinate_remittance", "other"] as const).map((k) =>
    E(INCOME_SOURCE[k], S(`income.${k}`, { amount: `income.${k}`, change: `income.${k}.yoy.change`, rate: `income.${k}.yoy.rate` })),
  ),
  ...(["basic", "project", "operating"] as const).map((k) =>
    E(EXPENDITURE_PART[k], S(`expenditure.${k}`, { amount: `expenditure.${k}`, change: `expenditure.${k}.yoy.change`, rate: `expenditure.${k}.yoy.rate` })),
  ),
];

// ---- 二、收入决算 -------------------------------------------------------------------------------------
const inc = (k: string) => S(`income.${k}`, { amount: `income.${k}`, share: `income.${k}.share` });
const income: Entry[] = [
  E(/本年收入(合计)?|收入合计|收入总计|收入总额/, S("income.current_year", { amount: "income.current_year" })),
  E(/财政拨款收入|财政拨款/, inc("fiscal_appropriation")),
  E(/一般公共预算财政拨款(收入)?/, inc("fiscal_appropriation.gpb")),
  E(/政府性基金预算财政拨款(收入)?/, inc("fiscal_appropriation.govfund")),
  E(/国有资本经营预算财政拨款(收入)?/, inc("fiscal_appropriation.soe")),
  E(/上级补助收入/, inc("superior_subsidy")),
  E(/事业收入/, inc("business")),
  E(/经营收入/, inc("operating")),
  E(/附属单位上缴收入/, inc("subordinate_remittance")),
  E(/其他收入/, inc("other")),
];

// ---- 三、支出决算 -------------------------------------------------------------------------------------
const exp = (k: string) => S(`expenditure.${k}`, { amount: `expenditure.${k}`, share: `expenditure.${k}.share` });
const expenditure: Entry[] = [
  E(/本年支出(合计)?|支出合计|支出总计|支出总额/, S("expenditure.current_year", { amount: "expenditure.current_year" })),
  E(/基本支出/, exp("basic")),
  E(/项目支出/, exp("project")),
  E(/上缴上级支出/, exp("remit_to_superior")),
  E(/经营支出/, exp("operating")),
  E(/对附属单位补助支出/, exp("subsidy_to_subordinate")),
];

// ---- 四、财政拨款收入支出 ------------------------------------------------------------------------------
const fiscalYoy = { change: "fiscal.yoy.change", rate: "fiscal.yoy.rate" };
const fiscal: Entry[] = [
  E(/财政拨款收入(、|和|与)?支出总计|财政拨款收、?支总计|财政拨款收入支出(总体|总额)?/, S("fiscal.total", { amount: ["fiscal.income.grand_total", "fiscal.expenditure.grand_total"], ...fiscalYoy, budget: "fiscal.budget.initial", variance: "fiscal.budget.variance_rate", completion: "fiscal.budget.completion_rate" })),
  E(/财政拨款收入总计|收入总计/, S("fiscal.income.grand_total", { amount: "fiscal.income.grand_total", ...fiscalYoy })),
  E(/财政拨款支出总计|支出总计/, S("fiscal.expenditure.grand_total", { amount: "fiscal.expenditure.grand_total", ...fiscalYoy })),
  E(/年初财政拨款结转和结余|年初结转和结余/, S("fiscal.income.carryover_begin", { amount: "fiscal.income.carryover_begin" })),
  E(/本年财政拨款收入|本年收入/, S("fiscal.income.current_year", { amount: "fiscal.income.current_year" })),
  E(/年末财政拨款结转和结余|年末结转和结余/, S("fiscal.expenditure.carryover_end", { amount: "fiscal.expenditure.carryover_end" })),
  E(/本年财政拨款支出|本年支出/, S("fiscal.expenditure.current_year", { amount: "fiscal.expenditure.current_year" })),
];
const fiscalDefault = S("fiscal.budgetcmp", { amount: "fiscal.expenditure.current_year", ...fiscalYoy, budget: "fiscal.budget.initial", budgetFull: "fiscal.budget.full_year", variance: "fiscal.budget.variance_rate", completion: "fiscal.budget.completion_rate" });

// ---- 财政拨款支出决算表说明 (university family: every 财政拨款, by 基本/项目 and by 科目) -----------------
const fiscalExpTotal = S("fiscal.expenditure.current_year", { amount: "fiscal.expenditure.current_year", change: "fiscal.expenditure.yoy.change", rate: "fiscal.expenditure.yoy.rate" });
const fiscalExpenditure: Entry[] = [
  E(/财政拨款支出(总计|合计|总额)?|本年支出(合计)?|支出(总计|合计|总额)/, fiscalExpTotal),
  E(/基本支出/, S("fiscal.expenditure.basic", { amount: "fiscal.expenditure.basic", share: "fiscal.expenditure.basic.share" })),
  E(/项目支出/, S("fiscal.expenditure.project", { amount: "fiscal.expenditure.project", share: "fiscal.expenditure.project.share" })),
];

// ---- 五、一般公共预算财政拨款支出 -----------------------------------------------------------------------
const gpbTotal = S("gpb.expenditure", {
  amount: "gpb.expenditure", share: "gpb.expenditure.share", change: "gpb.yoy.change", rate: "gpb.yoy.rate",
  budget: "gpb.budget.initial", budgetFull: "gpb.budget.full_year", variance: "gpb.budget.variance_rate", completion: "gpb.budget.completion_rate",
});
const gpb: Entry[] = [E(/一般公共预算财政拨款(支出)?|财政拨款支出/, gpbTotal)];

// ---- 六、基本支出 -----------------------------------------------------------------------------------------
const basic: Entry[] = [
  E(/基本支出/, S("basic.total", { amount: "basic.total", change: "basic.yoy.change", rate: "basic.yoy.rate" })),
  E(/人员经费/, S("basic.personnel", { amount: "basic.personnel", share: "basic.personnel.share", change: "basic.personnel.yoy.change", rate: "basic.personnel.yoy.rate" })),
  E(/公用经费/, S("basic.public", { amount: "basic.public", share: "basic.public.share", change: "basic.public.yoy.change", rate: "basic.public.yoy.rate" })),
];

// ---- 七/八 基金、国资 ------------------------------------------------------------------------------------
const fund = (p: "govfund" | "soe"): Entry[] => [
  E(/年初结转和结余/, S(`${p}.carryover_begin`, { amount: `${p}.carryover_begin` })),
  E(/年末结转和结余|结转和结余/, S(`${p}.carryover_end`, { amount: `${p}.carryover_end` })),
  E(/收入/, S(`${p}.income`, { amount: `${p}.income`, change: `${p}.income.yoy.change`, rate: `${p}.income.yoy.rate` })),
  E(/支出/, S(`${p}.expenditure`, { amount: `${p}.expenditure`, change: `${p}.yoy.change`, rate: `${p}.yoy.rate`, budget: `${p}.budget.initial`, completion: `${p}.budget.completion_rate`, variance: `${p}.budget.variance_rate` })),
];

// ---- 九、三公 ---------------------------------------------------------------------------------------------
const SG_ABROAD = "因公出国（境）费";
const SG_VEHICLE = "公务用车购置及运行维护费";
const SG_RECEPTION = "公务接待费";
const sgItem = (k: string, item: string, budget: string) =>
  S(`sangong.${k}`, {
    amount: `sangong.${k}`, share: `sangong.${k}.share`, change: `sangong.${k}.yoy.change`, rate: `sangong.${k}.yoy.rate`,
    budget, budgetFull: budget, variance: "sangong.budget.variance_rate", completion: "sangong.budget.completion_rate", rateDims: { item },
  });
const sangong: Entry[] = [
  E(/(团组|出国(（境）)?团)/, S("sangong.abroad.groups", { amount: "sangong.abroad.groups", units: ["个", "次"] })),
  E(/(因公)?出国(（境）|\(境\))?(人次|人数)?/, S("sangong.abroad.persons", { amount: "sangong.abroad.persons", units: ["人次", "人"] })),
  E(/购置(数量|数|车辆|公务用车)?/, S("sangong.vehicle.purchased", { amount: "sangong.vehicle.purchased", units: ["辆"] })),
  E(/保有量|保有/, S("sangong.vehicle.fleet", { amount: "sangong.vehicle.fleet", units: ["辆"] })),
  E(/固定资产车辆|车辆/, S("assets.vehicles.count", { amount: "assets.vehicles.count", units: ["辆"] })),
  E(/外事接待/, S("sangong.reception.foreign", { amount: "sangong.reception.batches", dims: { scope: "foreign" }, units: ["批次"] })),
  E(/外事接待[^。；]*批次|外事接待/, S("sangong.reception.foreign.persons", { amount: "sangong.reception.persons", dims: { scope: "foreign" }, units: ["人次", "人"] })),
  E(/(国内)?公务接待|接待/, S("sangong.reception.batches", { amount: "sangong.reception.batches", units: ["批次", "次"] })),
  E(/(国内)?公务接待|接待|批次/, S("sangong.reception.persons", { amount: "sangong.reception.persons", units: ["人次", "人"] })),
  E(/公务用车购置费|车辆购置费|购置费/, S("sangong.vehicle.purchase", { amount: "sangong.vehicle.purchase", change: "sangong.vehicle.purchase.yoy.change", rate: "sangong.vehicle.purchase.yoy.rate", budget: "sangong.budget.vehicle.purchase", budgetFull: "sangong.budget.vehicle.purchase", variance: "sangong.budget.variance_rate", completion: "sangong.budget.completion_rate", rateDims: { item: "公务用车购置费" } })),
  E(/公务用车运行(维护)?费|运行(维护)?费/, S("sangong.vehicle.operation", { amount: "sangong.vehicle.operation", change: "sangong.vehicle.operation.yoy.change", rate: "sangong.vehicle.operation.yoy.rate", budget: "sangong.budget.vehicle.operation", budgetFull: "sangong.budget.vehicle.operation", variance: "sangong.budget.variance_rate", completion: "sangong.budget.completion_rate", rateDims: { item: "公务用车运行维护费" } })),
  E(/公务用车购置及运行(维护)?费|公务用车(费用|支出)?/, sgItem("vehicle", SG_VEHICLE, "sangong.budget.vehicle")),
  E(/因公出国(（境）|\(境\))?(费用?)?/, sgItem("abroad", SG_ABROAD, "sangong.budget.abroad")),
  E(/公务接待费/, sgItem("reception", SG_RECEPTION, "sangong.budget.reception")),
  E(/会议费/, S("meeting.total", { amount: "meeting.total", share: "meeting.share", change: "meeting.yoy.change", rate: "meeting.yoy.rate", budget: "meeting.budget", budgetFull: "meeting.budget", variance: "meeting.budget.variance_rate", completion: "meeting.budget.completion_rate" })),
  E(/培训费/, S("training.total", { amount: "training.total", share: "training.share", change: "training.yoy.change", rate: "training.yoy.rate", budget: "training.budget", budgetFull: "training.budget", variance: "training.budget.variance_rate", completion: "training.budget.completion_rate" })),
  E(/会议/, S("meeting.count", { amount: "meeting.count", units: ["个", "次"] })),
  E(/培训/, S("training.count", { amount: "training.count", units: ["个", "次"] })),
  E(/三公”?(经费)?|三公/, S("sangong.total", { amount: "sangong.total", change: "sangong.yoy.change", rate: "sangong.yoy.rate", budget: "sangong.budget.total", budgetFull: "sangong.budget.total", variance: "sangong.budget.variance_rate", completion: "sangong.budget.completion_rate" })),
];

// ---- 十、其他重要事项 ---------------------------------------------------------------------------------
const operatingCosts: Entry[] = [
  E(/机关运行经费/, S("operating_costs.total", { amount: "operating_costs.total", change: "operating_costs.yoy.change", rate: "operating_costs.yoy.rate", budget: "operating_costs.budget" })),
  E(/公用经费/, S("basic.public", { amount: "basic.public", change: "basic.public.yoy.change", rate: "basic.public.yoy.rate" })),
];
const procurement: Entry[] = [
  E(/小微企业/, S("procurement.small_micro", { amount: "procurement.small_micro", share: "procurement.small_micro.share" })),
  E(/中小企业/, S("procurement.sme", { amount: "procurement.sme", share: "procurement.sme.share" })),
  E(/货物/, S("procurement.goods", { amount: "procurement.goods", share: "procurement.goods.share" })),
  E(/工程/, S("procurement.works", { amount: "procurement.works", share: "procurement.works.share" })),
  E(/服务/, S("procurement.services", { amount: "procurement.services", share: "procurement.services.share" })),
  E(/政府采购(支出|金额)(总额|合计)?|政府采购(支出)?总额|采购(支出|金额)?总额/, S("procurement.total", { amount: "procurement.total" })),
];
const assets: Entry[] = [
  E(/房屋|办公用房/, S("assets.buildings", { amount: "assets.buildings.value", units: ["平方米", "万元", "元"], byUnit: { 平方米: "assets.buildings.area" } })),
  E(/车辆|公务用车/, S("assets.vehicles", { amount: "assets.vehicles.value", units: ["辆", "万元", "元"], byUnit: { 辆: "assets.vehicles.count" } })),
  E(/通用设备/, S("assets.equipment_general", { amount: "assets.equipment_general.count", units: ["台（套）"] })),
  E(/设备/, S("assets.equipment_over_1m", { amount: "assets.equipment_over_1m.count", units: ["台（套）"] })),
];
const performance: Entry[] = [
  E(/整体支出绩效自评表|整体(支出)?绩效|部门整体/, S("performance.unit_forms", { amount: "performance.unit_forms", units: ["个"] })),
  E(/全年预算总额|预算总额|(我|本)(单位|部门)(全年)?预算数|整体支出.{0,6}预算/, S("performance.unit.budget", { amount: "performance.unit.budget" })),
  E(/实际执行总额|执行总额|(部门|单位)?整体支出/, S("performance.unit.executed", { amount: "performance.unit.executed" })),
  E(/项目\s*$|评价项目|绩效(目标|自评|评价)?(的)?.{0,12}项目|项目(数|个数)/, S("performance.projects", { amount: "performance.projects.count", units: ["个"] }), /^(的)?(重点)?(项目|预算项目|项目支出)/),
  { re: /全年预算数|预算(金额|数)|(涉及)?(预算)?(金额|资金)/, subject: S("performance.projects.budget", { amount: "performance.projects.budget" }), context: /项目/ },
  { re: /全年执行数|执行数|执行金额/, subject: S("performance.projects.executed", { amount: "performance.projects.executed" }), context: /项目/ },
  E(/平均得分|平均分/, S("performance.projects.average_score", { amount: "performance.projects.average_score", units: ["分"] })),
  E(/发现(的)?问题/, S("performance.issues.found", { amount: "performance.issues.found", units: ["个"] })),
  E(/(已经?|已)完成整改/, S("performance.issues.fixed", { amount: "performance.issues.fixed", units: ["个"] })),
  E(/正在整改/, S("performance.issues.fixing", { amount: "performance.issues.fixing", units: ["个"] })),
];

export const LEXICON: Partial<Record<SectionKind, Entry[]>> = {
  organisation: staff,
  staff,
  "profile-part": staff,
  functions: staff,
  overview,
  income,
  expenditure,
  fiscal,
  "fiscal-expenditure": fiscalExpenditure,
  gpb,
  "gpb-overall": gpb,
  "gpb-structure": gpb,
  "gpb-items": gpb,
  basic,
  govfund: fund("govfund"),
  soe: fund("soe"),
  sangong,
  "sangong-overall": sangong,
  "sangong-detail": sangong,
  "operating-costs": operatingCosts,
  "general-spending": sangong,
  procurement,
  assets,
  performance,
};

/** The subject of a sentence that names none. */
export const DEFAULT_SUBJECT: Partial<Record<SectionKind, Subject>> = {
  overview: S("overview.total", { change: "overview.yoy.change", rate: "overview.yoy.rate" }),
  fiscal: fiscalDefault,
  "fiscal-expenditure": fiscalExpTotal,
  gpb: gpbTotal,
  "gpb-overall": gpbTotal,
  "gpb-structure": gpbTotal,
  "gpb-items": gpbTotal,
  basic: S("basic.total", { amount: "basic.total" }),
  sangong: S("sangong.total", { change: "sangong.yoy.change", rate: "sangong.yoy.rate", budget: "sangong.budget.total", variance: "sangong.budget.variance_rate", completion: "sangong.budget.completion_rate" }),
  "operating-costs": S("operating_costs.total", { amount: "operating_costs.total", change: "operating_costs.yoy.change", rate: "operating_costs.yoy.rate" }),
};

