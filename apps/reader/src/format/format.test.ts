import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercentChange, shanghaiIsoDate } from ".";

describe("dates", () => {
  it("are written in Chinese style on the calendar day of Shanghai", () => {
    expect(formatDate("2024-01-19T18:30:00Z", "zh")).toBe("2024年1月20日");
    expect(formatDate("2024-01-19T15:59:00Z", "zh")).toBe("2024年1月19日");
    expect(formatDate("2024-01-19T18:30:00Z", "en")).toBe("20 January 2024");
  });

  it("keep a plain date as the day it names, whatever the time zone", () => {
    expect(formatDate("2022-01-10", "zh")).toBe("2022年1月10日");
    expect(formatDate("2022-12-31", "en")).toBe("31 December 2022");
  });

  it("give the time of day in Shanghai, on a 24-hour clock", () => {
    expect(formatDateTime("2024-01-19T18:30:00Z", "zh")).toBe("2024年1月20日 02:30");
    expect(formatDateTime("2024-06-30T23:05:00+08:00", "en")).toBe("30 June 2024 23:05");
    expect(shanghaiIsoDate("2024-01-19T18:30:00Z")).toBe("2024-01-20");
  });

  it("leave what is not a date as it is rather than print Invalid Date", () => {
    expect(formatDate("soon", "zh")).toBe("soon");
    expect(formatDateTime("", "zh")).toBe("");
  });
});

describe("numbers", () => {
  it("drop trailing zeros and never use thousands separators", () => {
    expect(formatNumber(3100)).toBe("3100");
    expect(formatNumber(4448.63)).toBe("4448.63");
    expect(formatNumber(0.123456)).toBe("0.1235");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(Number.NaN)).toBe("");
  });

  it("show a change with its sign", () => {
    expect(formatPercentChange(30)).toBe("+30%");
    expect(formatPercentChange(-12.5)).toBe("−12.5%");
    expect(formatPercentChange(0)).toBe("0%");
  });
});
