/**
 * What a report database holds and whether it is whole: counts, a checksum of its reports and facts that
 * does not depend on ids or the engine (two databases with the same reports and facts have the same
 * checksum — a sharded run merged, a PostgreSQL load, one unsharded run), and the problems found: a
 * report whose facts are not all there (half-loaded), two current versions of one path, rows without
 * their report, a superseded_by pointing nowhere, an id counter behind the ids in use.
 */
import { createHash } from "node:crypto";
import type { ReportStore } from "./store.js";

export interface DbCheck {
  reports: number;
  ok: number;
  failed: number;
  current: number;
  facts: number;
  tableCells: number;
  findings: number;
  /** sha256 over every report (hash, path, status, current) and the facts of those loaded ok, in hash order. */
  checksum: string;
  problems: string[];
}

const n = (v: unknown) => Number(v ?? 0);

export async function checkDb(db: ReportStore): Promise<DbCheck> {
  const count = async (sql: string) => n((await db.all(sql))[0]?.n);
  const problems: string[] = [];
  const half = await db.all(`SELECT r.file, r.facts_count, COUNT(f.report_id) AS n FROM reports r LEFT JOIN facts f ON f.report_id = r.id
    WHERE r.status = 'ok' GROUP BY r.id, r.file, r.facts_count HAVING COUNT(f.report_id) <> r.facts_count`);
  for (const h of half) problems.push(`报告 ${String(h.file)} 只有 ${n(h.n)} / ${n(h.facts_count)} 个事实（未完整载入）`);
  for (const d of await db.all("SELECT file, COUNT(*) AS n FROM reports WHERE is_current = 1 GROUP BY file HAVING COUNT(*) > 1")) {
    problems.push(`路径 ${String(d.file)} 有 ${n(d.n)} 个当前版本`);
  }
  for (const t of ["facts", "table_cells", "findings", "layout_deviations"]) {
    const orphans = await count(`SELECT COUNT(*) AS n FROM ${t} WHERE report_id NOT IN (SELECT id FROM reports)`);
    if (orphans) problems.push(`${t} 有 ${orphans} 行没有对应的报告`);
  }
  const dangling = await count("SELECT COUNT(*) AS n FROM reports WHERE superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM reports)");
  if (dangling) problems.push(`${dangling} 个报告的 superseded_by 指向不存在的报告`);
  const ids = (await db.all("SELECT (SELECT next_id FROM juesuan_counters WHERE name = 'reports') AS next_id, (SELECT MAX(id) FROM reports) AS max_id"))[0] ?? {};
  if (ids.max_id !== null && ids.max_id !== undefined && !(n(ids.next_id) > n(ids.max_id))) problems.push(`id 计数器 (${n(ids.next_id)}) 落后于已用的最大 id (${n(ids.max_id)})`);

  const reports = await db.all("SELECT id, sha256, file, status, error_code, is_current, facts_count FROM reports");
  reports.sort((a, b) => String(a.sha256 ?? "").localeCompare(String(b.sha256 ?? "")) || String(a.file).localeCompare(String(b.file)));
  const h = createHash("sha256");
  for (const r of reports) {
    h.update(`R|${r.sha256 ?? ""}|${r.file}|${r.status}|${r.error_code ?? ""}|${n(r.is_current)}|${r.facts_count ?? ""}\n`);
    if (r.status !== "ok") continue;
    const facts = await db.all("SELECT seq, concept, value_text, unit, dims_key, page, line, source_text, evidence FROM facts WHERE report_id = ? ORDER BY seq", [n(r.id)]);
    for (const f of facts) h.update(`F|${n(f.seq)}|${f.concept}|${f.value_text}|${f.unit}|${f.dims_key}|${f.page ?? ""}|${f.line ?? ""}|${f.source_text ?? ""}|${f.evidence}\n`);
  }
  return {
    reports: reports.length,
    ok: reports.filter((r) => r.status === "ok").length,
    failed: reports.filter((r) => r.status === "failed").length,
    current: reports.filter((r) => n(r.is_current) === 1).length,
    facts: await count("SELECT COUNT(*) AS n FROM facts"),
    tableCells: await count("SELECT COUNT(*) AS n FROM table_cells"),
    findings: await count("SELECT COUNT(*) AS n FROM findings"),
    checksum: h.digest("hex"),
    problems,
  };
}
