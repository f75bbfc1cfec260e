import { describe, expect, it } from "vitest";
import { conversionTargets, convertFigure } from "./units";

describe("converting a figure's unit", () => {
  it("offers the units of the same base with the magnitudes reports use", () => {
    const money = conversionTargets("万元");
    expect(money).toEqual(expect.arrayContaining(["元", "亿元"]));
    expect(money).not.toContain("万元");
    expect(money).not.toContain("亩");
    expect(conversionTargets("亩")).toEqual(expect.arrayContaining(["万亩", "公顷", "平方米"]));
    expect(conversionTargets("人")).toEqual(["万人", "亿人"]);
  });

  it("converts exactly with the domain, and refuses across dimensions", () => {
    expect(convertFigure("16.4", "亿元", "元")).toBe("1640000000");
    expect(convertFigure("2630", "万元", "亿元")).toBe("0.263");
    expect(convertFigure("15", "亩", "公顷")).toBe("1");
    expect(convertFigure("5", "万元", "亩")).toBeNull();
    expect(convertFigure("5", "万元", "furlongs")).toBeNull();
  });
});
