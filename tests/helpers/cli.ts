/** Running the built CLI in child processes, one at a time or many at once. */
import { spawn, spawnSync } from "node:child_process";
import { CLI, ROOT } from "./dist.js";

export interface CliResult {
  code: number | null;
  signal?: NodeJS.Signals | null;
  out: string;
  err: string;
}

export function cli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 << 20 });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Start the CLI; `kill()` sends SIGKILL. */
export function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}): { done: Promise<CliResult>; kill: () => void; pid: number | undefined } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
  const done = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })));
  return { done, kill: () => child.kill("SIGKILL"), pid: child.pid };
}

export const jsonLines = (s: string) =>
  s
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

export const summaryOf = (r: CliResult) => jsonLines(r.out).find((l) => l.type === "summary") as Record<string, unknown> & { outcomes: Record<string, number> };
