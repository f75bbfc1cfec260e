import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";

describe("the period of a figure", () => {
  it("is not the base year of a comparison stated just before it", () => {
    const text =
      "政府工作报告\n一、2020年工作回顾\n2020年,地区生产总值2200.4亿元,是2015年的1.36倍;一般公共预算收入175.9亿元。";
    const doc = ingestText(text).documents[0];
    const revenue = doc?.indicators.find((i) => i.code === "general_budget_revenue");
    expect(revenue?.period).toEqual({ type: "year", year: 2020 });
  });
});
