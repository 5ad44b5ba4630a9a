/** Text normalisation shared by extraction and validation. */

/** Normalise printed text for matching: no whitespace, CJK radicals → characters, quotes and brackets unified. */
export function norm(s: string): string {
  return s
    .replace(/[\s\u3000\u00a0]/g, "")
    .replace(/\u2ed4/g, "门")
    .replace(/\u2ecb/g, "车")
    .replace(/\u2f8f/g, "行")
    .replace(/[“”„‟"'‘’「」『』]/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/:/g, "：");
}
