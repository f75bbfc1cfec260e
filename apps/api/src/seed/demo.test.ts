import { growthProgressTarget, progressStatus, Report, runChecks } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { DEMO_NOTICE, demoReports } from "./demo";

describe("the demonstration reports", () => {
  const reports = demoReports("twp-demo", "示例镇", 2021);

  it("are five valid government work reports that pass the pre-publication checks", () => {
    expect(reports.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const r of reports) {
      expect(Report.safeParse(r).success).toBe(true);
      expect(runChecks(r).filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("say they are demonstration data", () => {
    for (const r of reports) {
      expect(r.title).toContain("演示数据");
      expect(r.sections[0]?.text).toContain(DEMO_NOTICE);
    }
  });

  it("set targets that the next year's review meets or misses", () => {
    const statuses = reports.slice(0, -1).flatMap((r, k) =>
      r.observations
        .filter((o) => o.kind === "target" && o.measure === "level")
        .map((t) => {
          const actual = reports[k + 1]?.observations.find(
            (o) => o.kind === "actual" && o.indicatorCode === t.indicatorCode,
          );
          return progressStatus(
            { value: { decimal: t.decimal, unit: t.unit }, year: r.year, direction: "increase" },
            actual ? { decimal: actual.decimal, unit: actual.unit, year: r.year } : null,
          ).status;
        }),
    );
    expect(statuses).toContain("met");
    expect(statuses).toContain("not_met");
    expect(statuses).not.toContain("not_reported");
  });

  it("state a growth-only target every year, which the next year's stated growth meets or misses", () => {
    const statuses = reports.map((r, k) => {
      const growth = r.observations.filter((o) => o.kind === "target" && o.measure === "growth");
      expect(growth.map((o) => [o.indicatorCode, o.decimal, o.unit, o.provenance?.figure])).toEqual([
        ["gdp", "6", "%", "6%左右"],
      ]);
      const t = growth[0]!;
      const section = r.sections.find((s) => s.id === t.provenance?.sectionId);
      expect(section?.text).toContain("地区生产总值增长6%左右");
      const actual = reports[k + 1]?.observations.find(
        (o) => o.kind === "actual" && o.indicatorCode === "gdp",
      );
      const target = growthProgressTarget({ growthPct: Number(t.decimal), period: t.period }, "increase");
      if (!target) throw new Error("a growth target without a period");
      return progressStatus(
        target,
        actual ? { ...actual, year: r.year, yoyPct: actual.comparisons.yoyPct } : null,
      ).status;
    });
    expect(statuses).toEqual(["met", "not_met", "met", "not_met", "not_reported"]);
  });
});
