import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { add, agree, percent, printed, sum } from "../../src/validate/interval.js";

const cents = fc.integer({ min: 0, max: 10_000_000 });
const show = (c: number) => new Decimal(c).div(100).toFixed(2);
/** Round half up to 2 decimals, the way reports print. */
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe("interval arithmetic", () => {
  it("a printed value stands for ±½ of its last digit", () => {
    const i = printed("2,429.10".replace(",", ""));
    expect(i.lo.toString()).toBe("2429.095");
    expect(i.hi.toString()).toBe("2429.105");
    expect(printed("0", undefined, true).lo.toString()).toBe("0");
  });
  it("a total printed from rounded parts is never a mismatch (property)", () => {
    // true values with 4 decimals, printed rounded to 2: any such sum must agree (exact or rounding).
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 30 }), (xs) => {
      const truths = xs.map((x) => new Decimal(x).div(10000));
      const total = printed(round2(truths.reduce((a, b) => a.plus(b), new Decimal(0))));
      const parts = sum(truths.map((t) => printed(round2(t))));
      expect(agree(total, parts)).not.toBe("mismatch");
    }));
  });
  it("a total nudged by 0.10 against exact parts is always a mismatch when n ≤ 18 (property)", () => {
    fc.assert(fc.property(fc.array(cents, { minLength: 1, maxLength: 18 }), fc.constantFrom(-10, 10), (xs, nudge) => {
      const total = printed(show(xs.reduce((a, b) => a + b, 0) + nudge));
      expect(agree(total, sum(xs.map((x) => printed(show(x)))))).toBe("mismatch");
    }));
  });
  it("shares computed from rounded amounts agree with the rounded true share (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (a, b) => {
      const part = Math.min(a, b), whole = Math.max(a, b);
      const trueShare = new Decimal(part).div(whole).times(100);
      const stated = printed(round2(trueShare));
      const computed = percent(printed(show(part)), printed(show(whole)))!;
      expect(agree(stated, computed)).not.toBe("mismatch");
    }));
  });
  it("add is monotone: lo ≤ mid ≤ hi (property)", () => {
    fc.assert(fc.property(cents, cents, (a, b) => {
      const s = add(printed(show(a)), printed(show(b)));
      expect(s.lo.lte(s.mid) && s.mid.lte(s.hi)).toBe(true);
    }));
  });
  it("a zero denominator gives no ratio", () => {
    expect(percent(printed("1.00"), printed("0.00"))).toBeNull();
  });
});
