import { describe, expect, it } from "vitest";
import { formatPeriod, type Period, parsePeriod, periodEndYear, periodKey } from "./period";

describe("parsePeriod", () => {
  it.each<[string, number | undefined, Period]>([
    ["2021年", undefined, { type: "year", year: 2021 }],
    ["1-9月", 2020, { type: "months", year: 2020, from: 1, to: 9 }],
    ["2020年1—10月", undefined, { type: "months", year: 2020, from: 1, to: 10 }],
    ["截止10月底", 2020, { type: "ytd", year: 2020, month: 10 }],
    ["截至11月20日", 2021, { type: "ytd", year: 2021, month: 11, day: 20 }],
    ["上半年", 2021, { type: "half", year: 2021, half: 1 }],
    ["2016-2020年", undefined, { type: "span", from: 2016, to: 2020 }],
    ["十三五", undefined, { type: "plan", plan: 13 }],
    ["“十四五”时期", undefined, { type: "plan", plan: 14 }],
  ])("reads %s", (input, year, expected) => {
    expect(parsePeriod(input, year)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["1-9月", undefined],
    ["9-1月", 2020],
    ["13月底", 2020],
    ["2020-2016", undefined],
    ["明天", 2020],
  ])("refuses %s (year %s)", (input, year) => {
    expect(parsePeriod(input, year).ok).toBe(false);
  });
});

describe("periodKey", () => {
  it.each<[Period, string]>([
    [{ type: "year", year: 2021 }, "2021"],
    [{ type: "months", year: 2020, from: 1, to: 9 }, "2020-01/2020-09"],
    [{ type: "ytd", year: 2020, month: 10 }, "2020-01/2020-10"],
    [{ type: "half", year: 2021, half: 2 }, "2021-07/2021-12"],
    [{ type: "span", from: 2016, to: 2020 }, "2016/2020"],
    [{ type: "plan", plan: 13 }, "2016/2020"],
  ])("writes %j as %s", (p, key) => {
    expect(periodKey(p)).toBe(key);
  });

  it("knows when a five-year plan is due", () => {
    expect(periodEndYear({ type: "plan", plan: 14 })).toBe(2025);
  });

  it("writes periods the way reports do", () => {
    expect(formatPeriod({ type: "months", year: 2020, from: 1, to: 9 })).toBe("2020年1-9月");
    expect(formatPeriod({ type: "half", year: 2021, half: 1 }, "en")).toBe("2021 H1");
  });
});
