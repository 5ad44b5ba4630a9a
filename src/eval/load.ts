/**
 * What an eval scores: a report file (read and parsed here), a facts NDJSON (`juesuan facts`), or a report
 * JSON (`juesuan extract`, `juesuan check --format json`).
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseReport } from "../pipeline.js";
import type { Fact } from "../model/fact.js";
import type { Finding } from "../model/finding.js";
import { ReadError } from "../read/errors.js";

const NDJSON = new Set([".ndjson", ".jsonl"]);

function readJson(path: string): { facts?: Fact[]; findings?: Finding[] } {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as { facts?: Fact[]; findings?: Finding[] };
  } catch (e) {
    throw new ReadError("corrupt", `不是有效的 JSON：${(e as Error).message}`);
  }
}

export async function loadFacts(path: string): Promise<Fact[]> {
  const ext = extname(path).toLowerCase();
  if (NDJSON.has(ext)) {
    const facts: Fact[] = [];
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        facts.push(JSON.parse(line) as Fact);
      } catch {
        /* not a fact line */
      }
    }
    return facts;
  }
  if (ext === ".json") {
    const j = readJson(path);
    if (!Array.isArray(j.facts)) throw new ReadError("corrupt", "JSON 中没有 facts（应为 juesuan extract 的输出）");
    return j.facts;
  }
  return (await parseReport(path, { validate: false })).facts;
}

export async function loadFindings(path: string): Promise<Finding[]> {
  if (extname(path).toLowerCase() === ".json") {
    const j = readJson(path);
    if (!Array.isArray(j.findings)) throw new ReadError("corrupt", "JSON 中没有 findings（应为 juesuan extract 或 check --format json 的输出）");
    return j.findings.map((f) => ({ ...f, places: f.places ?? [] }));
  }
  return (await parseReport(path)).findings;
}
