/** The end-of-batch summary: files by outcome, failures by code, errors by rule, slowest files, layout families. */
import type { Report } from "../model/report.js";
import type { LayoutResult } from "../output/db.js";

export type Outcome = "ok" | "failed" | "skipped" | "duplicate" | "not-run";

export interface FileRecord {
  file: string;
  name?: string;
  outcome: Outcome;
  ms?: number;
  facts?: number;
  errors?: number;
  warnings?: number;
  family?: string;
  layoutScore?: number;
  deviations?: number;
  error?: { code: string; message: string };
  /** For a duplicate: the file with the same content processed in this batch. */
  sameAs?: string;
  /** Why, when the outcome alone does not say (e.g. skipped: another process loaded the same content meanwhile). */
  note?: string;
}

/** What stopped a batch early: the output folder or the database could not take more. */
export interface StoppedBy {
  code: string;
  message: string;
}

export interface BatchSummary {
  total: number;
  outcomes: Record<Outcome, number>;
  elapsedMs: number;
  filesPerSecond: number;
  interrupted: boolean;
  failuresByCode: Record<string, number>;
  failures: { file: string; code: string; message: string }[];
  /** Validation findings with severity error, by rule: how many findings, in how many reports. */
  errorsByRule: { ruleId: string; findings: number; reports: number }[];
  slowest: { file: string; ms: number }[];
  families: Record<string, number>;
  noFamily: string[];
  deviating: { file: string; family: string; deviations: number }[];
  peak: { rssBytes: number; workerHeapBytes: number };
  db: { loadMs: number; writeMs: number };
  /** `i/n` when the batch ran one shard; otherShards: inputs that belong to the other shards. */
  shard?: string;
  otherShards?: number;
  /** Links not followed and other things the walk did not take, with the reason. */
  notes: string[];
  stoppedBy?: StoppedBy;
  /** Files under the given folders with a format juesuan does not read, by extension. */
  unsupported: { total: number; byExtension: Record<string, number> };
}

export class SummaryBuilder {
  private readonly records: FileRecord[] = [];
  private readonly rules = new Map<string, { findings: number; reports: number }>();
  rssPeak = 0;
  heapPeak = 0;
  dbLoadMs = 0;
  writeMs = 0;
  notes: string[] = [];
  shard?: string;
  otherShards = 0;
  stoppedBy?: StoppedBy;
  unsupported: string[] = [];

  add(rec: FileRecord, report?: Report, layout?: LayoutResult): void {
    this.records.push(rec);
    if (!report) return;
    const perRule = new Map<string, number>();
    for (const f of report.findings) if (f.severity === "error") perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    for (const [rule, n] of perRule) {
      const r = this.rules.get(rule) ?? { findings: 0, reports: 0 };
      r.findings += n;
      r.reports++;
      this.rules.set(rule, r);
    }
    void layout;
  }

  get all(): readonly FileRecord[] {
    return this.records;
  }

  build(total: number, elapsedMs: number, interrupted: boolean): BatchSummary {
    const outcomes: Record<Outcome, number> = { ok: 0, failed: 0, skipped: 0, duplicate: 0, "not-run": 0 };
    for (const r of this.records) outcomes[r.outcome]++;
    outcomes["not-run"] += Math.max(0, total - this.records.length);
    const failed = this.records.filter((r) => r.outcome === "failed");
    const failuresByCode: Record<string, number> = {};
    for (const r of failed) failuresByCode[r.error!.code] = (failuresByCode[r.error!.code] ?? 0) + 1;
    const ok = this.records.filter((r) => r.outcome === "ok");
    const families: Record<string, number> = {};
    for (const r of ok) if (r.family) families[r.family] = (families[r.family] ?? 0) + 1;
    const processed = outcomes.ok + outcomes.failed;
    return {
      total,
      outcomes,
      elapsedMs: Math.round(elapsedMs),
      filesPerSecond: elapsedMs > 0 ? Math.round((processed / (elapsedMs / 1000)) * 100) / 100 : 0,
      interrupted,
      failuresByCode,
      failures: failed.map((r) => ({ file: r.file, code: r.error!.code, message: r.error!.message })),
      errorsByRule: [...this.rules].map(([ruleId, v]) => ({ ruleId, ...v })).sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId)),
      slowest: [...this.records].filter((r) => r.ms !== undefined && (r.outcome === "ok" || r.outcome === "failed")).sort((a, b) => b.ms! - a.ms!).slice(0, 5).map((r) => ({ file: r.file, ms: Math.round(r.ms!) })),
      families,
      noFamily: ok.filter((r) => r.layoutScore !== undefined && !r.family).map((r) => r.file),
      deviating: ok.filter((r) => r.family && (r.deviations ?? 0) > 0).map((r) => ({ file: r.file, family: r.family!, deviations: r.deviations! })),
      peak: { rssBytes: this.rssPeak, workerHeapBytes: this.heapPeak },
      db: { loadMs: Math.round(this.dbLoadMs), writeMs: Math.round(this.writeMs) },
      ...(this.shard ? { shard: this.shard, otherShards: this.otherShards } : {}),
      notes: this.notes,
      ...(this.stoppedBy ? { stoppedBy: this.stoppedBy } : {}),
      unsupported: { total: this.unsupported.length, byExtension: countExtensions(this.unsupported) },
    };
  }
}

function countExtensions(files: string[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const f of files) {
    const m = /(\.[^./\\]+)$/.exec(f);
    const ext = m ? m[1]!.toLowerCase() : "（无扩展名）";
    by[ext] = (by[ext] ?? 0) + 1;
  }
  return by;
}

const MB = 1024 * 1024;

export function renderSummary(s: BatchSummary, limit = 10): string {
  const L: string[] = [];
  const o = s.outcomes;
  L.push("");
  const state = s.stoppedBy ? "已停止" : s.interrupted ? "已中断" : "完成";
  const shard = s.shard ? `分片 ${s.shard}（其他分片的文件 ${s.otherShards ?? 0} 个）` : "";
  L.push(`${state}${shard ? ` ${shard}` : ""}：共 ${s.total} 个文件 — 成功 ${o.ok}，失败 ${o.failed}，已在库跳过 ${o.skipped}，重复内容 ${o.duplicate}${o["not-run"] ? `，未处理 ${o["not-run"]}` : ""}`);
  if (s.stoppedBy) L.push(`停止原因：${s.stoppedBy.message}`);
  if (s.unsupported?.total) L.push(`跳过不支持的文件 ${s.unsupported.total} 个（${Object.entries(s.unsupported.byExtension).map(([e, n]) => `${e} ${n}`).join("，")}）`);
  L.push(`用时 ${(s.elapsedMs / 1000).toFixed(1)} s，${s.filesPerSecond} 文件/秒；入库 ${(s.db.loadMs / 1000).toFixed(2)} s；峰值内存 RSS ${(s.peak.rssBytes / MB).toFixed(0)} MB，单 worker 堆 ${(s.peak.workerHeapBytes / MB).toFixed(0)} MB`);
  if (s.failures.length) {
    L.push("", `失败（按原因）：${Object.entries(s.failuresByCode).map(([c, n]) => `${c} ${n}`).join("，")}`);
    for (const f of s.failures.slice(0, limit)) L.push(`  ${f.file}: ${f.message} [${f.code}]`);
    if (s.failures.length > limit) L.push(`  … 另有 ${s.failures.length - limit} 个`);
  }
  if (s.notes.length) {
    L.push("", "未处理的路径：");
    for (const n of s.notes.slice(0, limit)) L.push(`  ${n}`);
    if (s.notes.length > limit) L.push(`  … 另有 ${s.notes.length - limit} 条`);
  }
  if (s.errorsByRule.length) {
    L.push("", "校验错误（按规则）：");
    for (const r of s.errorsByRule.slice(0, limit)) L.push(`  ${r.ruleId.padEnd(28)} ${String(r.findings).padStart(5)} 处  ${r.reports} 份报告`);
  }
  if (s.slowest.length) {
    L.push("", "最慢的文件：");
    for (const r of s.slowest) L.push(`  ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${r.file}`);
  }
  const fams = Object.entries(s.families);
  if (fams.length || s.noFamily.length) {
    L.push("", `版式：${fams.map(([f, n]) => `${f} ${n}`).join("，") || "（无）"}${s.noFamily.length ? `；不属于已知版式 ${s.noFamily.length}` : ""}`);
    for (const f of s.noFamily.slice(0, limit)) L.push(`  无版式  ${f}`);
    if (s.noFamily.length > limit) L.push(`  … 另有 ${s.noFamily.length - limit} 个`);
    for (const d of s.deviating.slice(0, limit)) L.push(`  偏离 ${d.family}（${d.deviations} 处）  ${d.file}`);
    if (s.deviating.length > limit) L.push(`  … 另有 ${s.deviating.length - limit} 份偏离`);
  }
  return L.join("\n") + "\n";
}
