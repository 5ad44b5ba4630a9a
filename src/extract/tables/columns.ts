/** Column names per table: header text → the canonical column name (schema.md §b), with a positional fallback. */
import type { TableId } from "../../model/table.js";

type Spec = { names: string[]; match: [string, RegExp][] };

export const COLUMN_SPECS: Partial<Record<TableId, Spec>> = {
  T2: {
    names: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    match: [
      ["附属单位上缴收入", /附属/],
      ["上级补助收入", /上级补助/],
      ["事业收入", /事业/],
      ["经营收入", /经营/],
      ["其他收入", /其他/],
      ["财政拨款收入", /财政拨款/],
      ["本年收入合计", /合计|本年收入/],
    ],
  },
  T3: {
    names: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    match: [
      ["对附属单位补助支出", /附属/],
      ["上缴上级支出", /上缴/],
      ["经营支出", /经营/],
      ["基本支出", /基本/],
      ["项目支出", /项目支/],
      ["本年支出合计", /合计|本年支出/],
    ],
  },
  T5: {
    names: ["合计", "基本支出", "项目支出"],
    match: [
      ["基本支出", /基本/],
      ["项目支出", /项目支/],
      ["合计", /合计|小计|决算数|支出/],
    ],
  },
  T8: {
    names: ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"],
    match: [
      ["年初结转和结余", /年初/],
      ["年末结转和结余", /年末/],
      ["基本支出", /基本/],
      ["项目支出", /项目支/],
      ["本年收入", /本年收入|^收入/],
      ["本年支出合计", /本年支出|合计|小计/],
    ],
  },
  T6: { names: ["决算数"], match: [["决算数", /决算|金额|合计/]] },
};
COLUMN_SPECS.T9 = COLUMN_SPECS.T8;

/** T9 printed as 支出 only (…财政拨款支出决算表): 合计 | 基本支出 | 项目支出. */
export const T9_EXPENDITURE_ONLY: Spec = {
  names: ["本年支出合计", "基本支出", "项目支出"],
  match: [
    ["基本支出", /基本/],
    ["项目支出", /项目支/],
    ["本年支出合计", /合计|小计|本年支出|支出/],
  ],
};

export const TWO_SIDED_COLUMNS: [string, RegExp][] = [
  ["一般公共预算财政拨款", /一般公共/],
  ["政府性基金预算财政拨款", /政府性基金/],
  ["国有资本经营预算财政拨款", /国有资本/],
  ["合计", /合计|小计/],
  ["决算数", /决算|金额/],
];

/** Name the value columns: keywords first; positional when keywords do not name every column uniquely. */
export function nameColumns(headers: string[], spec: Spec | undefined): string[] {
  if (!spec) return headers.map((h, i) => h || `列${i + 1}`);
  const byKw = headers.map((h) => spec.match.find(([, re]) => re.test(h))?.[0]);
  const unique = byKw.every((n, i) => n && byKw.indexOf(n) === i);
  if (unique) return byKw as string[];
  if (headers.length === spec.names.length) return [...spec.names];
  // partial: keep keyword names where unique, raw headers otherwise
  return byKw.map((n, i) => (n && byKw.indexOf(n) === i ? n : headers[i] || `列${i + 1}`));
}
