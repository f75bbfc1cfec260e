import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./placeholder";

describe("findPlaceholders", () => {
  it("finds redactions with the word they stand for", () => {
    const text = "***镇十四届人大三次会议,第***届,荣获20xx年度,xx 镇,XX村,××,某某同志,□□□";
    expect(findPlaceholders(text).map((p) => p.text)).toEqual([
      "***镇",
      "第***届",
      "20xx年",
      "xx 镇",
      "XX村",
      "××",
      "某某",
      "□□□",
    ]);
  });

  it("leaves Latin words and single stars alone", () => {
    expect(findPlaceholders("Linux 与 Xbox, 5*3, taxx")).toEqual([]);
  });

  it("gives spans that point at the placeholder", () => {
    const text = "在xx镇党委领导下";
    const [p] = findPlaceholders(text);
    expect(p && text.slice(p.start, p.end)).toBe("xx镇");
  });
});
