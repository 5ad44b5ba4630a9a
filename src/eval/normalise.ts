/** Values compared as the judges compare them: no separators, no trailing %, no leading/trailing zeros, no -0. */
export function normValue(v: unknown): string {
  let s = String(v ?? "").trim().replace(/[,，\s]/g, "").replace(/%$/, "");
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return s; // a text fact
  let sign = s.startsWith("-") ? "-" : "";
  s = s.replace(/^[-+]/, "");
  const [i0, f0 = ""] = s.split(".");
  const i = i0.replace(/^0+(?=\d)/, "");
  const f = f0.replace(/0+$/, "");
  if (i === "0" && f === "") sign = "";
  return sign + i + (f ? "." + f : "");
}

/** A number token as coverage counts it (no separators, no leading/trailing zeros; sign dropped by the caller). */
export function normNumber(s: string): string {
  const t = s.replace(/[,，\s]/g, "");
  const [i0, f0 = ""] = t.split(".");
  const i = i0.replace(/^0+(?=\d)/, "");
  const f = f0.replace(/0+$/, "");
  return i + (f ? "." + f : "");
}

/** 0.98765 → "0.988" (three decimals, the form of every eval's last line). */
export function ratio(x: number): string {
  return x.toFixed(3);
}
