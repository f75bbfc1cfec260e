import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";

const REPORT = [
  "某县2021年政府工作报告",
  "一、2020年工作回顾",
  "地区生产总值同比增长7.7%,财政收入2630万元,同比增长30%。",
  "二、2021年工作安排",
  "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;财政收入同比增长8%以上,固定资产投资完成增长20%以上;城镇登记失业率控制在4.5%以内;项目投产后年产值增长20%。",
].join("\n");

const growthTargets = (text: string) =>
  (ingestText(text).documents[0]?.growthTargets ?? []).map((g) => [
    g.code,
    g.growthPct,
    g.qualifier,
    g.period,
  ]);

describe("growth-only targets", () => {
  it("reads targets the plan states only as growth rates, with their qualifier and the year planned", () => {
    expect(growthTargets(REPORT)).toEqual([
      ["gdp", 6, "approx", { type: "year", year: 2021 }],
      ["fiscal_revenue", 8, "at_least", { type: "year", year: 2021 }],
      ["fixed_asset_investment", 20, "at_least", { type: "year", year: 2021 }],
    ]);
  });

  it("points each at its clause and its rate as written", () => {
    const r = ingestText(REPORT);
    for (const g of r.documents[0]?.growthTargets ?? []) {
      expect(r.text.slice(g.span.start, g.span.end)).toBe(g.figure);
      expect(r.text.slice(g.clauseSpan.start, g.clauseSpan.end)).toBe(g.text);
    }
    expect(r.documents[0]?.growthTargets?.[0]?.text).toBe("地区生产总值增长6%左右");
  });

  it("leaves out growth the review reports, a rate's own change and a forecast", () => {
    expect(
      growthTargets(
        "某县2021年政府工作报告\n一、2020年工作回顾\n地区生产总值同比增长7.7%。预计全年财政收入增长8%。\n二、2021年工作安排\n城镇登记失业率下降0.5%。",
      ),
    ).toEqual([]);
  });

  it("reads 力争 and 确保 as targets outside the plan part, and a fall as negative growth", () => {
    // The qualifier is the rate's as written: a fall of at most 5 %.
    expect(growthTargets("全年力争财政收入同比增长10%,确保固定资产投资下降不超过5%。")).toEqual([
      ["fiscal_revenue", 10, "exact", null],
      ["fixed_asset_investment", -5, "at_most", null],
    ]);
    expect(growthTargets("力争粮食总产量比上年下降2%。").map(([c, g]) => [c, g])).toEqual([
      ["grain_output", -2],
    ]);
  });

  it("stay out of the contract's output, whose indicators carry a value", () => {
    const spec = toSpecImportResult(ingestText(REPORT));
    expect(spec.documents[0]?.indicators.map((i) => [i.code, i.value, i.kind])).toEqual([
      ["fiscal_revenue", 2630, "actual"],
      ["urban_unemployment_rate", 4.5, "target"],
    ]);
    expect(JSON.stringify(spec)).not.toContain("growth");
  });
});
