import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { MINUS_SIGNS, negate, parseNumber, toHalfWidth } from "../../src/extract/number.js";
import { findMentions } from "../../src/extract/narrative/mentions.js";

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

/** A decimal as printed: integer digits, decimals, sign. */
const decimalArb = fc.record({ n: fc.bigInt({ min: 0n, max: 10n ** 13n }), dp: fc.integer({ min: 0, max: 3 }) }).map(({ n, dp }) => {
  const digits = n.toString().padStart(dp + 1, "0");
  const int = digits.slice(0, digits.length - dp).replace(/^0+(?=\d)/, "") || "0";
  const frac = dp ? digits.slice(-dp) : "";
  return { int, frac, plain: int + (frac ? "." + frac : ""), zero: n === 0n };
});
const spaceGroup = (int: string, sep = " ") => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe("numbers per Unicode", () => {
  it("every Unicode minus sign negates (U+2212, U+FE63, U+FF0D, hyphens, figure and en dash), in cells and in text", () => {
    expect(parseNumber("\u22125")?.value).toBe("-5");
    expect(findMentions("比上年\u22125万元")[0]?.value).toBe("-5");
    fc.assert(
      fc.property(decimalArb, fc.constantFrom(...MINUS_SIGNS), ({ plain, zero }, minus) => {
        const want = zero ? plain : `-${plain}`;
        expect(parseNumber(`${minus}${plain}`)?.value).toBe(want);
        const m = findMentions(`收入${minus}${plain}万元`);
        expect(m.map((x) => x.value)).toEqual([want]);
        expect(m[0]!.text).toBe(`${minus}${plain}`); // offsets point at the printed sign
      }),
    );
  });
  it("an em dash is not a minus sign (tables print it for nothing)", () => {
    expect(parseNumber("—5")).toBeNull();
    expect(parseNumber("—")).toBeNull();
  });
  it("full-width digits with full-width separators: １，２３４．５６ → 1234.56, in cells and in text", () => {
    expect(parseNumber("１，２３４．５６")?.value).toBe("1234.56");
    expect(findMentions("收入１，２３４．５６万元")[0]?.value).toBe("1234.56");
    fc.assert(
      fc.property(decimalArb, ({ int, frac, plain }) => {
        const printed = fullWidth(group(int) + (frac ? "." + frac : ""));
        expect(parseNumber(printed)?.value).toBe(plain);
        expect(findMentions(`支出${printed}万元，`).map((x) => x.value)).toEqual([plain]);
      }),
    );
  });
  it("a full-width comma between ASCII digits stays a clause comma in text", () => {
    expect(findMentions("人员3，234万元").map((m) => m.value)).toEqual(["234"]);
  });
  it("spaces group thousands only where that is the only reading", () => {
    expect(parseNumber("1 234.56")?.value).toBe("1234.56");
    expect(findMentions("收入1 234.56万元")[0]?.value).toBe("1234.56");
    expect(parseNumber("12 34")).toBeNull();
    expect(parseNumber("1 2345")).toBeNull();
    fc.assert(
      fc.property(decimalArb, fc.constantFrom(" ", "\u00a0", "\u2009", "\u202f"), ({ int, frac, plain }, sep) => {
        const printed = spaceGroup(int, sep) + (frac ? "." + frac : "");
        expect(parseNumber(printed)?.value).toBe(plain);
        // in running text a single ASCII-space group without decimals ("2 100万元") is ambiguous; the rest is not
        const ambiguous = sep === " " && !frac && (printed.match(/ /g)?.length ?? 0) < 2;
        if (!ambiguous) expect(findMentions(`合计${printed}万元`).map((x) => x.value)).toEqual([plain]);
      }),
    );
  });
  it("digits split by a space not in threes are not one number", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,5}$/), fc.stringMatching(/^\d{1,6}$/), (a, b) => {
        fc.pre(b.length !== 3 || a.length > 3);
        expect(parseNumber(`${a} ${b}`)).toBeNull();
      }),
    );
  });
  it("exponent notation is not an amount: 1e308 is neither 1e308 nor 308", () => {
    expect(parseNumber("1e308")).toBeNull();
    expect(findMentions("1e308万元")).toEqual([]);
    fc.assert(
      fc.property(decimalArb, fc.constantFrom("e", "E", "e+", "e-", "E-"), fc.integer({ min: 0, max: 400 }), ({ plain }, e, exp) => {
        expect(parseNumber(`${plain}${e}${exp}`)).toBeNull();
        expect(findMentions(`金额${plain}${e}${exp}万元`)).toEqual([]);
      }),
    );
  });
  it("a mention's value is its printed text parsed, and its offsets hold that text", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(decimalArb, fc.constantFrom("万元", "元", "%", "人")), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.map(([d, u], i) => `第${"一二三四五"[i]}项${group(d.int)}${d.frac ? "." + d.frac : ""}${u}`).join("；");
        const ms = findMentions(text);
        expect(ms.map((m) => m.value)).toEqual(parts.map(([d]) => d.plain));
        for (const m of ms) expect(parseNumber(text.slice(m.start, m.end))?.value).toBe(m.value);
      }),
    );
  });
});
