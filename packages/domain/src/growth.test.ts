import { describe, expect, it } from "vitest";
import { formatGrowth } from "./growth";

describe("formatGrowth", () => {
  it.each([
    [6, "approx", "增长6%左右"],
    [8, "at_least", "增长8%以上"],
    [7.2, "exact", "增长7.2%"],
    [-5, "exact", "下降5%"],
    [3, "at_most", "增长3%以内"],
    [6.5, "more_than", "增长超过6.5%"],
    [0, "exact", "持平"],
  ] as const)("writes %s %% (%s) in Chinese as %s", (pct, qualifier, expected) => {
    expect(formatGrowth(pct, qualifier)).toBe(expected);
  });

  it("writes a rate in English with its qualifier before it", () => {
    expect(formatGrowth(6, "approx", "en")).toBe("up about 6%");
    expect(formatGrowth(-2.5, "at_least", "en")).toBe("down at least 2.5%");
  });
});
