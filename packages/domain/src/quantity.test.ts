import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChineseQuantity, formatQuantityAsWritten, parseQuantity, type Qualifier } from "./quantity";
import { toBaseUnit } from "./unit";

describe("parseQuantity", () => {
  it.each([
    ["2630万元", "2630", "万元", "exact"],
    ["超1.9万头", "1.9", "万头", "more_than"],
    ["4万余羽", "4", "万羽", "more_than"],
    ["100余头", "100", "头", "more_than"],
    ["近1200篇", "1200", "篇", "nearly"],
    ["约14公里", "14", "公里", "approx"],
    ["20%以上", "20", "%", "at_least"],
    ["1.59倍", "1.59", "倍", "multiple" as never],
    ["11.71300万元", "11.713", "万元", "exact"],
    ["两万人", "20000", "人", "exact"],
    ["一千二百亩", "1200", "亩", "exact"],
    ["180多个", "180", "个", "more_than"],
    ["5.1万亩", "5.1", "万亩", "exact"],
    ["不低于95%", "95", "%", "at_least"],
    ["3万余", "3", "万", "more_than"],
    ["百分之三十", "30", "%", "exact"],
    ["12万余平方米", "12", "万平方米", "more_than"],
  ])("reads %s", (text, decimal, unit, qualifier) => {
    const r = parseQuantity(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decimal).toBe(decimal);
    expect(r.value.unit).toBe(unit);
    if (qualifier !== "multiple") expect(r.value.qualifier).toBe(qualifier);
    expect(r.value.text).toBe(text);
  });

  it.each(["", "元", "abc", "12 apples", "2021年"])("refuses %j", (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });
});

describe("formatChineseQuantity", () => {
  it.each([
    ["1640000000", "元", "exact", "16.4亿元"],
    ["2630", "万元", "exact", "2630万元"],
    ["19000", "头", "more_than", "1.9万余头"],
    ["30", "%", "exact", "30%"],
    ["1200", "篇", "nearly", "近1200篇"],
  ] as const)("writes %s %s (%s) as %s", (decimal, unit, qualifier, expected) => {
    expect(formatChineseQuantity(decimal, unit, qualifier)).toBe(expected);
  });

  const units = ["元", "万元", "亩", "人", "户", "公里", "吨", "%", "个", "平方米"];
  const qualifiers: Qualifier[] = ["exact", "approx", "more_than", "at_least", "nearly", "at_most"];

  it("reads back what it writes: same value, same qualifier", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...units),
        fc.constantFrom(...qualifiers),
        (whole, decimals, unit, qualifier) => {
          const decimal =
            decimals === 0 ? String(whole) : (whole / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, "");
          const written = formatChineseQuantity(decimal, unit, qualifier);
          const back = parseQuantity(written);
          expect(back.ok, written).toBe(true);
          if (!back.ok) return;
          expect(back.value.qualifier).toBe(qualifier);
          const a = toBaseUnit(decimal, unit);
          const b = toBaseUnit(back.value.decimal, back.value.unit);
          expect(a.ok && b.ok).toBe(true);
          if (a.ok && b.ok) expect(b.value).toEqual(a.value);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("formatQuantityAsWritten", () => {
  it.each([
    ["18500", "元", "exact", "18500元"],
    ["1640000000", "元", "exact", "1640000000元"],
    ["44480", "亩", "approx", "约44480亩"],
    ["4", "万羽", "more_than", "4万余羽"],
    ["2630.50", "万元", "exact", "2630.5万元"],
  ] as const)("writes %s %s (%s) as %s, never rescaled", (decimal, unit, qualifier, expected) => {
    expect(formatQuantityAsWritten(decimal, unit, qualifier)).toBe(expected);
  });
});
