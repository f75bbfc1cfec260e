import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_NUMBER_RULE, IndexNumberRule, indexNumber } from "./disclosure";

describe("indexNumber", () => {
  it("fills the default rule with organisation, year and a zero-padded running number", () => {
    expect(indexNumber(DEFAULT_INDEX_NUMBER_RULE, { org: "11441900007", year: 2022, seq: 12 })).toBe(
      "11441900007/2022-00012",
    );
  });

  it("follows a deployment's own template, category included", () => {
    expect(
      indexNumber(
        { template: "{org}-{category}-{year}/{seq:3}" },
        { org: "A1", year: 2021, seq: 7, category: "02" },
      ),
    ).toBe("A1-02-2021/007");
  });

  it("refuses a template without a running number, which would repeat index numbers", () => {
    expect(IndexNumberRule.safeParse({ template: "{org}/{year}" }).success).toBe(false);
    expect(IndexNumberRule.safeParse({ template: "{org}/{year}-{seq}" }).success).toBe(true);
  });
});
