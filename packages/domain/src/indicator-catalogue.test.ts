import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IndicatorDefinition } from "./indicator";
import { INDICATOR_CATALOGUE } from "./indicator-catalogue";
import { parseUnit } from "./unit";

const reference = JSON.parse(
  readFileSync(new URL("../../../../shared/reference/core-indicators.json", import.meta.url), "utf8"),
) as { indicators: Array<{ code: string; dimension: string; unit: string }> };

describe("the indicator catalogue", () => {
  it("holds every core indicator of the reference list, with its dimension and unit", () => {
    for (const ref of reference.indicators) {
      const def = INDICATOR_CATALOGUE.find((d) => d.code === ref.code);
      expect(def, ref.code).toBeDefined();
      expect([def?.dimension, def?.unit]).toEqual([ref.dimension, ref.unit]);
    }
  });

  it("holds valid definitions with unique codes and units it can parse", () => {
    const codes = new Set<string>();
    for (const d of INDICATOR_CATALOGUE) {
      expect(IndicatorDefinition.safeParse(d).success, d.code).toBe(true);
      expect(codes.has(d.code), d.code).toBe(false);
      codes.add(d.code);
      expect(parseUnit(d.unit).ok, d.unit).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(reference.indicators.length);
  });
});
