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
