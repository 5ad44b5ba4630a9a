/**
 * Structural conventions of the MoF 《政府收支分类科目》 支出功能分类 for 项 codes (stable in 2019–2025): under every
 * 款, 项 "其他…" is 99; under the administrative 款 of classes 201/204/205/206/207/208/210/211/212/213/215/216/220/224,
 * 行政运行 = 01, 一般行政管理事务 = 02, 机关服务 = 03, 事业运行 = 50. Used only to resolve a name to a code when no
 * list entry names it (classification-standard.ts); the codes and names themselves are in the CSVs of this folder.
 */
export const STANDARD_FROM = 2019;

/** Classes whose administrative 款 follow the 01/02/03/50 项 convention. */
export const ADMIN_CONVENTION_CLASSES = new Set(["201", "204", "205", "206", "207", "208", "210", "211", "212", "213", "215", "216", "220", "224"]);
export const ADMIN_ITEMS: Record<string, string> = { 行政运行: "01", 一般行政管理事务: "02", 机关服务: "03", 事业运行: "50" };
