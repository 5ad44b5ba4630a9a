/**
 * CPU time of one thread, from Linux's /proc. The per-page budget is measured in CPU time of the parsing thread,
 * not wall-clock time: on a machine shared with other work a legitimate page (the first use of a large embedded CJK
 * font: about 2 s of CPU) can take three times as long by the clock, while a page that blocks in a damaged font
 * burns CPU without end. Elsewhere (no /proc) the page budget falls back to the clock.
 */
import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc times are in 1/100 s on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

/** The id of the calling thread, when the OS tells it (Linux: /proc/thread-self). */
export function currentThreadId(): number | undefined {
  try {
    const tid = Number.parseInt(readFileSync("/proc/thread-self/stat", "utf8"), 10);
    return Number.isFinite(tid) ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a thread of this process has used, in ms, or undefined when unknown. */
export function threadCpuMs(tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // fields after the command name (which may hold spaces) in parentheses; utime and stime are the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
