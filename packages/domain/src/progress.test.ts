import { describe, expect, it } from "vitest";
import { growthProgressTarget, isGrowthTarget, progressStatus } from "./progress";

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

describe("growth targets", () => {
  it("are targets stated only as growth, with neither a level nor a base", () => {
    expect(isGrowthTarget({ growthPct: 8, year: 2022, direction: "increase" })).toBe(true);
    expect(
      isGrowthTarget({
        growthPct: 8,
        value: { decimal: "3000", unit: "万元" },
        year: 2022,
        direction: "increase",
      }),
    ).toBe(false);
    expect(
      isGrowthTarget({ value: { decimal: "3000", unit: "万元" }, year: 2022, direction: "increase" }),
    ).toBe(false);
  });

  it("are due in the last year of their period, and judged on the growth a later review reports", () => {
    const target = growthProgressTarget({ growthPct: 6, period: { type: "year", year: 2021 } }, "increase");
    expect(target).toEqual({ growthPct: 6, year: 2021, direction: "increase" });
    expect(growthProgressTarget({ growthPct: 6, period: { type: "plan", plan: 14 } }, "increase")?.year).toBe(
      2025,
    );
    expect(growthProgressTarget({ growthPct: 6, period: null }, "increase")).toBeNull();
    if (!target) return;
    expect(progressStatus(target, { decimal: "65", unit: "亿元", year: 2021, yoyPct: 6.4 }).status).toBe(
      "met",
    );
  });
});
