/** Where a reviewer finds a place, in words: "第23页第4行", "第72行", "第23页"; never a block number unless nothing else is known. */
export interface PlaceLike {
  block: number;
  page?: number;
  line?: number;
  cell?: [number, number] | number[];
}

export function whereText(p: PlaceLike): string {
  if (p.page !== undefined && p.line !== undefined) return `第${p.page}页第${p.line}行`;
  if (p.page !== undefined) return `第${p.page}页`;
  if (p.line !== undefined) return `第${p.line}行`;
  return `第${p.block + 1}段`;
}
