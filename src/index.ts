/** juesuan library API. */
export { parseReport, parseReportWithDoc, type ParseOptions } from "./pipeline.js";
export { parseIsolated, DEFAULT_BUDGET, type Budget, type IsolateOptions, type IsolatedResult } from "./isolate/index.js";
export { readDocument, detectFormat, ReadError, LIMITS, type ReadInput } from "./read/index.js";
export { segment } from "./segment/index.js";
export { validate } from "./validate/index.js";
export { parseNumber } from "./extract/number.js";
export * from "./model/fact.js";
export * from "./model/finding.js";
export * from "./model/report.js";
export * from "./model/records.js";
export * from "./model/table.js";
export type { Doc, Block, Cell } from "./model/document.js";
