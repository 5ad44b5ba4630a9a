/** Printing rows as an aligned text table; CJK characters count as two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function cell(v: unknown, max: number): string {
  let s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  s = s.replace(/[\r\n\t]+/g, " ");
  if (displayWidth(s) > max) {
    let out = "";
    for (const ch of s) {
      if (displayWidth(out + ch) > max - 1) break;
      out += ch;
    }
    s = out + "…";
  }
  return s;
}

export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCell = 60): string {
  const data = rows.map((r) => columns.map((c) => cell(r[c], maxCell)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...data.map((r) => displayWidth(r[i]))));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));
  const line = (cells: string[]) => cells.map((s, i) => pad(s, widths[i])).join("  ").trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...data.map(line)].join("\n") + "\n";
}
