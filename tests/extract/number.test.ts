import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { negate, parseNumber, toHalfWidth } from "../../src/extract/number.js";

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const FW: Record<string, string> = { ",": "，", ".": "．", "-": "－" };
const fullWidth = (s: string) => s.replace(/[0-9,.-]/g, (c) => FW[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseNumber", () => {
  it("normalises printed amounts and keeps printed decimals", () => {
    expect(parseNumber("2,429.10")).toEqual({ value: "2429.10", decimals: 2, negative: false });
    expect(parseNumber("0")?.value).toBe("0");
    expect(parseNumber("0.00")?.value).toBe("0.00");
    expect(parseNumber("－12.5")?.value).toBe("-12.5");
    expect(parseNumber("２，４９７．２９")?.value).toBe("2497.29");
    expect(parseNumber("2 ,497.29")?.value).toBe("2497.29");
    expect(parseNumber("89.53%")?.value).toBe("89.53");
    expect(parseNumber("-0.00")?.value).toBe("0.00");
  });
  it("rejects text cells and malformed grouping", () => {
    for (const t of ["", "—", "-", "/", "XX", "万元", "1,2,3", "12,34.5", "1.2.3"]) expect(parseNumber(t)).toBeNull();
  });
  it("round-trips any decimal printed with separators, full-width or spaces (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.constantFrom("plain", "grouped", "fullwidth", "spaced"), (n, dp, neg, style) => {
        const digits = n.toString().padStart(dp + 1, "0");
        const int = digits.slice(0, digits.length - dp) || "0";
        const frac = dp ? digits.slice(-dp) : "";
        const canonical = (neg && n !== 0n ? "-" : "") + int + (frac ? "." + frac : "");
        let printed = (neg ? "-" : "") + (style === "plain" ? int : group(int)) + (frac ? "." + frac : "");
        if (style === "fullwidth") printed = fullWidth(printed);
        if (style === "spaced") printed = printed.replace(".", " . ");
        const p = parseNumber(printed);
        expect(p).not.toBeNull();
        expect(p!.decimals).toBe(dp);
        expect(new Decimal(p!.value).equals(new Decimal(canonical))).toBe(true);
        expect(p!.value).toBe(n === 0n ? int + (frac ? "." + frac : "") : canonical);
      }),
    );
  });
  it("negate flips the sign but never makes -0", () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
      const v = new Decimal(x.toFixed(2)).toFixed(2);
      const n = negate(v);
      expect(new Decimal(n).plus(v).isZero()).toBe(true);
      expect(n.startsWith("-0") && /^-0(\.0+)?$/.test(n)).toBe(false);
    }));
  });
  it("toHalfWidth keeps string length (offsets survive)", () => {
    fc.assert(fc.property(fc.string(), (s) => { expect(toHalfWidth(s).length).toBe(s.length); }));
  });
});
