/**
 * The fallback of resolveFunctionalCode: every standard name of the list (sourced or not, K1 included) and the
 * list's 项 conventions (data/functional-standard.ts). Unique matches only; never guessed.
 */
import { ADMIN_CONVENTION_CLASSES, ADMIN_ITEMS, STANDARD_FROM } from "./data/functional-standard.js";
import { CLASSIFICATION_DATA } from "./data/classification-data.js";
import { equivalentName } from "./classification-name-forms.js";

const norm = (s: string) => s.replace(/[\s\u3000]/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
const BY_NAME = new Map<string, string[]>();
const BY_EQUIV = new Map<string, string[]>();
const add = (map: Map<string, string[]>, k: string, code: string) => {
  const l = map.get(k) ?? [];
  if (!l.includes(code)) l.push(code);
  map.set(k, l);
};
for (const e of CLASSIFICATION_DATA) {
  if (e.domain !== "functional") continue;
  for (const n of e.names) {
    add(BY_NAME, `${e.code.length}:${norm(n.name)}`, e.code);
    add(BY_EQUIV, `${e.code.length}:${equivalentName(n.name)}`, e.code);
  }
}

/** Resolve a path against the standard list and its 项 conventions; undefined unless unique. */
export function resolveStandard(names: string[], year?: number): string | undefined {
  if (year !== undefined && year < STANDARD_FROM) return undefined;
  let parent = "";
  for (let i = 0; i < names.length; i++) {
    const len = i === 0 ? 3 : i === 1 ? 5 : 7;
    const n = norm(names[i]);
    const c = (BY_NAME.get(`${len}:${n}`) ?? []).filter((x) => x.startsWith(parent));
    if (c.length === 1) {
      parent = c[0];
      continue;
    }
    if (c.length > 1) return undefined;
    // The name as reports vary it (支出 added or dropped, 费用/费, quotes…: equivalentName): still one 科目 under the
    // parent, or none.
    const e = [...new Set((BY_EQUIV.get(`${len}:${equivalentName(names[i])}`) ?? []).filter((x) => x.startsWith(parent)))];
    if (e.length === 1) {
      parent = e[0];
      continue;
    }
    if (e.length > 1) return undefined;
    if (i === 0) {
      // "社会保障和就业（类）支出": the class name printed without its 支出.
      const alt = BY_NAME.get(`3:${n}支出`) ?? [];
      if (alt.length !== 1) return undefined;
      parent = alt[0];
      continue;
    }
    if (i === 2 && ADMIN_ITEMS[n] && ADMIN_CONVENTION_CLASSES.has(parent.slice(0, 3))) parent += ADMIN_ITEMS[n];
    else if (/^其他/.test(n) && parent.length === len - 2) parent += "99";
    else return undefined;
  }
  return parent;
}
