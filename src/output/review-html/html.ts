/** Escaping for HTML text, attributes and inline <script> data. */
const ENT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const esc = (s: string | number | undefined | null): string => (s === undefined || s === null ? "" : String(s).replace(/[&<>"']/g, (c) => ENT[c]!));

/** JSON safe inside <script type="application/json">: no "</script", no line separators JS chokes on. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** JavaScript source safe inside a <script> element: "</script" cannot close it ("<\/" means "</" in strings and regexes). */
export function scriptText(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

export const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;
export const OUTCOME_ZH = { pass: "通过", fail: "不通过", not_applicable: "不适用", insufficient_data: "数据不足" } as const;
export const EVIDENCE_ZH = { "table-cell": "表格单元格", statement: "同句陈述", context: "上下文推定", inferred: "推断" } as const;
