import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChineseNumeral, parseChineseNumeral, parseNumber } from "./chinese-number";

const value = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : undefined);

describe("parseChineseNumeral", () => {
  it.each([
    ["一千二百", "1200"],
    ["两万", "20000"],
    ["十三", "13"],
    ["二十", "20"],
    ["一百零五", "105"],
    ["三千五百万", "35000000"],
    ["一亿二千万", "120000000"],
    ["一亿零五百万", "105000000"],
    ["一万亿", "1000000000000"],
    ["二〇二一", "2021"],
    ["三万五", "35000"],
    ["二百五", "250"],
    ["一千二", "1200"],
    ["十", "10"],
    ["零", "0"],
  ])("reads %s as %s", (input, expected) => {
    expect(value(parseChineseNumeral(input))).toBe(expected);
  });

  it.each(["", "abc", "万", "百二", "一二三十"])("refuses %j", (input) => {
    expect(parseChineseNumeral(input).ok).toBe(false);
  });

  it("reads back every integer it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(value(parseChineseNumeral(formatChineseNumeral(n)))).toBe(String(n));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseNumber", () => {
  it.each([
    ["1.9万", "19000"],
    ["16.4亿", "1640000000"],
    ["11.71300", "11.713"],
    ["4,448.63", "4448.63"],
    ["１２．５", "12.5"],
    ["3千万", "30000000"],
    ["一千二百", "1200"],
  ])("reads %s exactly as %s", (input, expected) => {
    expect(value(parseNumber(input))).toBe(expected);
  });
});

describe("formatChineseNumeral", () => {
  it.each([
    [1, "一"],
    [10, "十"],
    [12, "十二"],
    [105, "一百零五"],
    [1010, "一千零一十"],
    [20000, "二万"],
    [100000001, "一亿零一"],
  ])("writes %d as %s", (n, expected) => {
    expect(formatChineseNumeral(n)).toBe(expected);
  });

  it("refuses what Chinese numerals cannot hold", () => {
    expect(() => formatChineseNumeral(-1)).toThrow(RangeError);
    expect(() => formatChineseNumeral(1.5)).toThrow(RangeError);
  });
});
