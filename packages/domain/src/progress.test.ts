import { describe, expect, it } from "vitest";
import { progressStatus } from "./progress";

describe("progressStatus", () => {
  it("says a level target was met when the actual reaches it, whatever the unit", () => {
    const r = progressStatus(
      { value: { decimal: "3000", unit: "万元" }, year: 2022, direction: "increase" },
      { decimal: "0.31", unit: "亿元", year: 2022 },
    );
    expect(r.status).toBe("met");
  });

  it("says not met when it falls short at the due year", () => {
    const r = progressStatus(
      { value: { decimal: "3000", unit: "万元" }, year: 2022, direction: "increase" },
      { decimal: "2900", unit: "万元", year: 2022 },
    );
    expect(r.status).toBe("not_met");
  });

  it("reads a falling target the other way", () => {
    const r = progressStatus(
      { value: { decimal: "4", unit: "%" }, year: 2022, direction: "decrease" },
      { decimal: "3.5", unit: "%", year: 2022 },
    );
    expect(r.status).toBe("met");
  });

  it("judges a growth target on the stated growth when there is no base", () => {
    const target = { growthPct: 8, year: 2022, direction: "increase" as const };
    expect(progressStatus(target, { decimal: "1", unit: "亿元", year: 2022, yoyPct: 9.1 }).status).toBe(
      "met",
    );
    expect(progressStatus(target, { decimal: "1", unit: "亿元", year: 2022, yoyPct: 6 }).status).toBe(
      "not_met",
    );
  });

  it("compares the rate so far with the rate needed, midway through a multi-year target", () => {
    const target = {
      base: { decimal: "100", unit: "万元", year: 2020 },
      value: { decimal: "200", unit: "万元" },
      year: 2025,
      direction: "increase" as const,
    };
    expect(progressStatus(target, { decimal: "135", unit: "万元", year: 2022 }).status).toBe("on_track");
    expect(progressStatus(target, { decimal: "105", unit: "万元", year: 2022 }).status).toBe("not_met");
  });

  it("says not reported without an actual", () => {
    expect(progressStatus({ growthPct: 8, year: 2022, direction: "increase" }, null).status).toBe(
      "not_reported",
    );
  });
});
