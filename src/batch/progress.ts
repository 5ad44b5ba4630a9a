/**
 * Batch progress on the terminal: a one-line bar redrawn with \r on a TTY (done/total, files/s, ETA,
 * failures), or one plain line per file, or one JSON line per file.
 */
import type { FileRecord } from "./summary.js";

export type ProgressMode = "bar" | "lines" | "json";

export interface ProgressSink {
  start(total: number): void;
  file(rec: FileRecord, done: number, total: number): void;
  note(text: string): void;
  end(): void;
}

export function createProgress(mode: ProgressMode, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): ProgressSink {
  if (mode === "json") return new JsonLines(out);
  if (mode === "lines") return new PlainLines(out, err);
  return new Bar(err);
}

class JsonLines implements ProgressSink {
  constructor(private readonly out: NodeJS.WritableStream) {}
  start(): void {}
  file(rec: FileRecord): void {
    this.out.write(JSON.stringify({ type: "file", ...rec, ...(rec.ms !== undefined ? { ms: Math.round(rec.ms) } : {}) }) + "\n");
  }
  note(): void {}
  end(): void {}
}

export function describeRecord(rec: FileRecord): string {
  const time = rec.ms !== undefined ? `${(rec.ms / 1000).toFixed(2)}s` : "";
  switch (rec.outcome) {
    case "ok": {
      const fam = rec.family ? `${rec.family}${rec.deviations ? `（偏离 ${rec.deviations}）` : ""}` : rec.layoutScore !== undefined ? "无版式" : "";
      return [`${rec.facts ?? 0} 事实`, `${rec.errors ?? 0} 错误`, fam, time].filter(Boolean).join("  ");
    }
    case "failed":
      return `${rec.error?.message ?? ""} [${rec.error?.code ?? "?"}]  ${time}`;
    case "skipped":
      return rec.note ?? "已在库（内容未变），跳过";
    case "duplicate":
      return `与 ${rec.sameAs} 内容相同，跳过`;
    default:
      return "";
  }
}

class PlainLines implements ProgressSink {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly err: NodeJS.WritableStream,
  ) {}
  start(): void {}
  file(rec: FileRecord, done: number, total: number): void {
    const w = String(total).length;
    this.out.write(`[${String(done).padStart(w)}/${total}] ${rec.outcome.padEnd(9)} ${rec.file}  ${describeRecord(rec)}\n`);
  }
  note(text: string): void {
    this.err.write(text + "\n");
  }
  end(): void {}
}

class Bar implements ProgressSink {
  private t0 = 0;
  private done = 0;
  private total = 0;
  private failed = 0;
  private processed = 0;
  private last = 0;
  private timer?: NodeJS.Timeout;
  constructor(private readonly err: NodeJS.WritableStream) {}
  start(total: number): void {
    this.t0 = performance.now();
    this.total = total;
    this.draw();
    this.timer = setInterval(() => this.draw(), 500);
    this.timer.unref();
  }
  file(rec: FileRecord, done: number, total: number): void {
    this.done = done;
    this.total = total;
    if (rec.outcome === "failed") {
      this.failed++;
      this.clear();
      this.err.write(`失败 ${rec.file}: ${describeRecord(rec)}\n`);
    }
    if (rec.outcome === "ok" || rec.outcome === "failed") this.processed++;
    if (performance.now() - this.last > 100 || done === this.total) this.draw();
  }
  note(text: string): void {
    this.clear();
    this.err.write(text + "\n");
    this.draw();
  }
  end(): void {
    if (this.timer) clearInterval(this.timer);
    this.draw();
    this.err.write("\n");
  }
  private clear(): void {
    this.err.write("\r\x1b[K");
  }
  private draw(): void {
    this.last = performance.now();
    const secs = (this.last - this.t0) / 1000;
    const rate = secs > 0 ? this.processed / secs : 0;
    const left = this.total - this.done;
    const eta = rate > 0 ? formatDuration(left / rate) : "--";
    const width = 30;
    const frac = this.total ? this.done / this.total : 1;
    const fill = Math.round(frac * width);
    const bar = "█".repeat(fill) + "░".repeat(width - fill);
    this.err.write(`\r\x1b[K${bar} ${this.done}/${this.total}  ${rate.toFixed(1)} 文件/秒  剩余 ${eta}  失败 ${this.failed}`);
  }
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return "--";
  const m = Math.floor(s / 60);
  const sec = Math.round(s % 60);
  return m > 0 ? `${m}m${String(sec).padStart(2, "0")}s` : `${sec}s`;
}
