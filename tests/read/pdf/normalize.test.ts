import { describe, expect, it } from "vitest";
import { isPageNumber } from "../../../src/read/pdf/headers-footers.js";
import { joinFragments, normalizeCjk, tidyText } from "../../../src/read/pdf/normalize.js";

describe("PDF text normalisation", () => {
  it("maps CJK radicals and compatibility ideographs to unified ideographs", () => {
    expect(normalizeCjk("部⻔决算，⻋辆，⻓期，⾦额")).toBe("部门决算，车辆，长期，金额");
    expect(normalizeCjk("\uF9B5")).toBe("例"); // CJK compatibility ideograph
    expect(normalizeCjk("收入支出决算总表 2,497.29")).toBe("收入支出决算总表 2,497.29");
  });

  it("removes autospacing next to CJK and spaces inside numbers", () => {
    expect(tidyText("本单位 2024 年度")).toBe("本单位2024年度");
    expect(tidyText("合计 2 ,497.29 万元")).toBe("合计2,497.29万元");
    expect(tidyText("下降 1.87 %")).toBe("下降1.87%");
    expect(tidyText("收 入 支 出")).toBe("收入支出");
    expect(tidyText("Final Account  Report")).toBe("Final Account Report");
  });

  it("joins wrapped fragments: no space in CJK or numbers, a space between Latin words", () => {
    expect(joinFragments("本年收入合计2", ",497.29万元")).toBe("本年收入合计2,497.29万元");
    expect(joinFragments("财政拨款收", "入")).toBe("财政拨款收入");
    expect(joinFragments("final", "account")).toBe("final account");
  });

  it("recognises bare page numbers", () => {
    for (const s of ["3", "- 3 -", "—12—", "第3页", "第 3 页 共 25 页", "3/25"]) expect(isPageNumber(s)).toBe(true);
    for (const s of ["2,497.29", "一、收入", "2024年"]) expect(isPageNumber(s)).toBe(false);
  });
});
