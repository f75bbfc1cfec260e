import { describe, expect, it } from "vitest";
import { Observation, reviseObservation } from "./observation";

const preliminary = Observation.parse({
  id: "o1",
  indicatorCode: "fiscal_revenue",
  subject: "财政收入",
  decimal: "2600",
  unit: "万元",
  qualifier: "approx",
  period: { type: "year", year: 2021 },
  kind: "actual",
  comparisons: {},
  provenance: null,
  preliminary: true,
});

describe("reviseObservation", () => {
  it("replaces a preliminary figure by the final one and keeps the earlier value with its note", () => {
    const final = reviseObservation(
      preliminary,
      { decimal: "2630", unit: "万元" },
      "决算数",
      "2022-03-01T10:00:00+08:00",
    );
    expect(final).toMatchObject({ decimal: "2630", unit: "万元", preliminary: false });
    expect(final.revisions).toEqual([
      { decimal: "2600", unit: "万元", note: "决算数", revisedAt: "2022-03-01T10:00:00+08:00" },
    ]);
    expect(Observation.safeParse(final).success).toBe(true);
  });

  it("keeps every earlier value when a figure is revised twice", () => {
    const once = reviseObservation(
      preliminary,
      { decimal: "2620", unit: "万元" },
      "快报数",
      "2022-01-20T10:00:00+08:00",
    );
    const twice = reviseObservation(
      once,
      { decimal: "0.263", unit: "亿元" },
      "决算数",
      "2022-03-01T10:00:00+08:00",
    );
    expect(twice.revisions.map((r) => r.decimal)).toEqual(["2600", "2620"]);
    expect(preliminary.revisions).toEqual([]);
  });
});

describe("Observation measure", () => {
  const stored = {
    id: "o2",
    indicatorCode: "gdp",
    subject: "地区生产总值",
    decimal: "6",
    unit: "%",
    qualifier: "approx",
    period: { type: "year", year: 2022 },
    kind: "target",
    comparisons: {},
    provenance: null,
  };

  it("reads a figure stored before measures existed as a level", () => {
    expect(Observation.parse(stored).measure).toBe("level");
  });

  it("keeps a growth target's measure, its rate in percent", () => {
    const growth = Observation.parse({ ...stored, measure: "growth" });
    expect(growth).toMatchObject({ measure: "growth", decimal: "6", unit: "%" });
  });

  it("refuses a measure it does not know", () => {
    expect(Observation.safeParse({ ...stored, measure: "share" }).success).toBe(false);
  });
});
