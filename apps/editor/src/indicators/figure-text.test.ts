import { describe, expect, it } from "vitest";
import { figureText } from "./figure-text";

describe("a figure's value in the indicator table", () => {
  it("writes a growth target as growth, never as a level in %", () => {
    expect(figureText({ measure: "growth", decimal: "6", unit: "%", qualifier: "approx" }, "zh")).toBe(
      "增长6%左右",
    );
    expect(figureText({ measure: "growth", decimal: "-5", unit: "%", qualifier: "exact" }, "zh")).toBe(
      "下降5%",
    );
    expect(figureText({ measure: "growth", decimal: "8", unit: "%", qualifier: "at_least" }, "en")).toBe(
      "up at least 8%",
    );
  });

  it("writes a level with its qualifier, number and unit", () => {
    expect(figureText({ measure: "level", decimal: "2630", unit: "万元", qualifier: "exact" }, "zh")).toBe(
      "2630万元",
    );
    expect(figureText({ measure: "level", decimal: "4", unit: "万羽", qualifier: "more_than" }, "en")).toBe(
      "more than 4万羽",
    );
  });
});
