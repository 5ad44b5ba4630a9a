/** Counter → text for Word `w:numFmt` values (also used for HTML list styles). */
export type NumberFormat =
  | "decimal"
  | "decimalZero"
  | "decimalFullWidth"
  | "decimalHalfWidth"
  | "decimalEnclosedCircle"
  | "decimalEnclosedCircleChinese"
  | "decimalEnclosedParen"
  | "decimalEnclosedFullstop"
  | "upperRoman"
  | "lowerRoman"
  | "upperLetter"
  | "lowerLetter"
  | "ordinal"
  | "chineseCounting"
  | "chineseCountingThousand"
  | "chineseLegalSimplified"
  | "ideographDigital"
  | "ideographTraditional"
  | "ideographZodiac"
  | "ideographLegalTraditional"
  | "bullet"
  | "none";

const KNOWN = new Set<string>([
  "decimal", "decimalZero", "decimalFullWidth", "decimalHalfWidth", "decimalEnclosedCircle", "decimalEnclosedCircleChinese",
  "decimalEnclosedParen", "decimalEnclosedFullstop", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
  "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital", "ideographTraditional",
  "ideographZodiac", "ideographLegalTraditional", "bullet", "none",
]);

/** A w:numFmt value as a known format; unknown formats count in decimal, as Word does for most. */
export function asNumberFormat(v: string | undefined): NumberFormat {
  return v && KNOWN.has(v) ? (v as NumberFormat) : "decimal";
}

const CN = "〇一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** 1..9999 in Chinese counting with 十/百/千 ("十一", "二十", "一百零五"); digits for larger numbers. */
function chineseThousand(n: number, digits = CN, units = ["", "十", "百", "千"]): string {
  if (n <= 0 || n > 9999) return digitwise(n, digits);
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += digits[d] + unit;
  });
  if (digits === CN && out.startsWith("一十")) out = out.slice(1);
  return out;
}

function digitwise(n: number, digits: string): string {
  return String(n)
    .split("")
    .map((d) => (d >= "0" && d <= "9" ? digits[Number(d)] : d))
    .join("");
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: 27 → "aa", 28 → "bb".
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return upper ? out : out.toLowerCase();
}

export function formatNumber(n: number, format: NumberFormat): string {
  switch (format) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "decimalFullWidth":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case "upperRoman":
      return roman(n, true);
    case "lowerRoman":
      return roman(n, false);
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "ordinal":
      return `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
    case "chineseCounting":
      return n < 100 ? chineseThousand(n) : digitwise(n, CN);
    case "chineseCountingThousand":
      return chineseThousand(n);
    case "chineseLegalSimplified":
    case "ideographLegalTraditional":
      return chineseThousand(n, CN_LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographDigital":
      return digitwise(n, CN);
    case "ideographTraditional":
      return n >= 1 ? STEMS[(n - 1) % 10] : String(n);
    case "ideographZodiac":
      return n >= 1 ? BRANCHES[(n - 1) % 12] : String(n);
    case "bullet":
    case "none":
      return "";
  }
}
