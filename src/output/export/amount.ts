/** Money in one unit: a value stated in 元 or 万元 as exact decimal text in 万元, printed decimals kept (other units: undefined). */
import { Decimal } from "decimal.js";

export function amountWanyuan(value: string | null | undefined, unit: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (unit !== "万元" && unit !== "元") return undefined;
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    return undefined;
  }
  if (!d.isFinite()) return undefined;
  // printed decimals kept: 12.30 万元 stays 12.30; 12345.6 元 is 1.23456 万元
  const dp = value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;
  return unit === "元" ? d.div(10000).toFixed(dp + 4) : d.toFixed(dp);
}
