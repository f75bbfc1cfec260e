import type { IndicatorDefinition } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { searchCatalogue } from "./catalogue";

describe("searching the indicator catalogue", () => {
  it("finds an indicator by an alias reports use", () => {
    expect(searchCatalogue("财政总收入")[0]?.code).toBe("fiscal_revenue");
    expect(searchCatalogue("社零总额")[0]?.code).toBe("retail_sales");
  });

  it("puts exact names before names that start with the query, and those before names containing it", () => {
    const def = (code: string, name: string): IndicatorDefinition => ({
      code,
      name,
      nameEn: code,
      aliases: [name],
      dimension: "money",
      unit: "万元",
      category: "public_finance",
      higherIsBetter: true,
    });
    const catalogue = [
      def("contains", "镇级财政收入"),
      def("starts", "财政收入增量"),
      def("exact", "财政收入"),
    ];
    expect(searchCatalogue("财政收入", catalogue).map((d) => d.code)).toEqual([
      "exact",
      "starts",
      "contains",
    ]);
  });

  it("finds by English name and code, and nothing for nonsense", () => {
    expect(searchCatalogue("fixed-asset")[0]?.code).toBe("fixed_asset_investment");
    expect(searchCatalogue("gdp")[0]?.code).toBe("gdp");
    expect(searchCatalogue("無此指標qqq")).toEqual([]);
  });
});
