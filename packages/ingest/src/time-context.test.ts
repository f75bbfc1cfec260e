import type { Period } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";
import { isComparisonBase, periodAt, YearIndex } from "./time-context";

/** The period of the figure written right after the marker ▲ in `text`, the whole text being one part of `year`. */
function periodBefore(text: string, year: number | null, reportYear: number | null = year): Period | null {
  const at = text.indexOf("▲");
  const clean = text.replace("▲", "");
  const paragraphStart = clean.lastIndexOf("\n", at - 1) + 1;
  return periodAt({
    text: clean,
    at,
    paragraphStart,
    years: new YearIndex(clean, 0, clean.length, reportYear),
    frame: { year, period: null },
    now: year,
  });
}

const indicatorPeriods = (text: string) =>
  ingestText(text).documents.flatMap((d) => d.indicators.map((i) => [i.code, i.period, i.kind] as const));

describe("comparison bases", () => {
  it.each([
    "是2015年的1.36倍",
    "比2019年增长",
    "与2015年相比增长",
    "同2015年底相比",
    "相比2015年增加",
    "为2015年的2倍",
  ])("never set the period: %s", (s) => {
    expect(isComparisonBase(s, s.indexOf("20"))).toBe(true);
  });

  it("leave an indicator compared with a base year in the year the review speaks of", () => {
    const text =
      "某市2021年政府工作报告\n各位代表:\n一、“十三五”时期工作回顾\n全市地区生产总值2200.4亿元,是2015年的1.36倍;一般公共预算收入175.9亿元,是2015年的1.71倍。";
    expect(indicatorPeriods(text)).toEqual([
      ["gdp", { type: "year", year: 2020 }, "actual"],
      ["general_budget_revenue", { type: "year", year: 2020 }, "actual"],
    ]);
  });

  it("leaves a year the text speaks of alone", () => {
    for (const s of ["2020年,全镇完成", "2020以来,我们", "截至2020年底"])
      expect(isComparisonBase(s, s.indexOf("20"))).toBe(false);
  });
});

describe("the years a text names", () => {
  it("reads a year written without 年 before 以来, and two-digit years that open a clause", () => {
    const text = "2020以来,全镇稳步发展。09年共完成造林200亩。近10年来变化很大,30年不变。";
    const years = new YearIndex(text, 0, text.length, 2010);
    expect(years.first(0, 5)).toBe(2020);
    expect(years.first(10, 20)).toBe(2009);
    expect(years.before(text.length, 20)).toBeNull();
  });

  it("reads no two-digit year without the report's year to place it", () => {
    const text = "09年共完成造林200亩。";
    expect(new YearIndex(text, 0, text.length, null).first(0, text.length)).toBeNull();
  });
});

describe("the period of a figure", () => {
  it("takes a year its sentence names", () => {
    expect(periodBefore("2018年,全镇完成财政收入▲", 2020)).toEqual({ type: "year", year: 2018 });
  });

  it("takes the year that opens its paragraph, with the months its sentence names", () => {
    expect(periodBefore("2020以来,全镇稳步推进各项工作。1-9月份,完成财政收入▲", 2021)).toEqual({
      type: "months",
      year: 2020,
      from: 1,
      to: 9,
    });
  });

  it("does not take a year named in passing earlier in its paragraph", () => {
    expect(periodBefore("政务服务持续优化,2019年评价全区第二。新成立企业▲", 2020)).toEqual({
      type: "year",
      year: 2020,
    });
  });

  it("does not take a year from another paragraph", () => {
    expect(periodBefore("2016年以来查办问题5起。\n全年新增就业▲", 2020)).toEqual({
      type: "year",
      year: 2020,
    });
  });

  it("does not take the base year of a comparison", () => {
    expect(periodBefore("与2015年相比,植树造林▲", 2020)).toEqual({ type: "year", year: 2020 });
  });

  it("reads 今年 and 明年 from the year the report was written in", () => {
    expect(periodBefore("2018年以来成效明显,今年以来新增就业▲", 2020)).toEqual({ type: "year", year: 2020 });
    expect(periodBefore("明年力争地区生产总值▲", 2020)).toEqual({ type: "year", year: 2021 });
  });

  it("reads the term from a paragraph that opens on it", () => {
    expect(periodBefore("五年来,全镇上下团结奋斗,新增城镇就业▲", 2020)).toEqual({
      type: "span",
      from: 2016,
      to: 2020,
    });
  });

  it("has no period when nothing names a year", () => {
    expect(periodBefore("上半年,全镇完成税收总额▲", null)).toBeNull();
  });
});

describe("the years a report's parts speak of", () => {
  it("gives a government work report's review the year before, and its plan the year it is delivered in", () => {
    const text =
      "东河镇2021年政府工作报告\n各位代表:\n一、过去一年工作回顾\n全年完成财政收入1.2亿元,同比增长8%。\n二、今年工作安排\n今年的主要预期目标是:财政收入增长6%,固定资产投资5亿元。";
    expect(indicatorPeriods(text)).toEqual([
      ["fiscal_revenue", { type: "year", year: 2020 }, "actual"],
      ["fixed_asset_investment", { type: "year", year: 2021 }, "target"],
    ]);
  });

  it("takes the year a summary's opening names over its title's", () => {
    const text =
      "西河乡2021年工作总结\n2020年,西河乡在县委县政府的领导下,各项工作取得新进展。\n一、经济发展稳中有进\n截至10月底,全乡完成财政收入3200万元,同比增长12%。";
    expect(indicatorPeriods(text)).toEqual([
      ["fiscal_revenue", { type: "ytd", year: 2020, month: 10 }, "actual"],
    ]);
  });

  it("takes the year a heading names, and never carries a year across headings", () => {
    const text =
      "南山镇政府工作报告\n一、2019年工作回顾\n09年以前的遗留问题全部化解。全年农业总产值2.1亿元。\n二、***年工作打算\n完成农业总产值2.5亿元。";
    expect(indicatorPeriods(text)).toEqual([
      ["agricultural_output", { type: "year", year: 2019 }, "actual"],
      ["agricultural_output", { type: "year", year: 2020 }, "target"],
    ]);
  });

  it("keeps a figure of an earlier year in the plan an actual", () => {
    const text =
      "北湖镇2022年政府工作报告\n一、2021年工作回顾\n全年完成固定资产投资3亿元。\n二、2022年工作安排\n2021年,全镇固定资产投资3亿元;今年全镇固定资产投资4亿元。";
    expect(indicatorPeriods(text).map(([, p, k]) => [p, k])).toEqual([
      [{ type: "year", year: 2021 }, "actual"],
      [{ type: "year", year: 2021 }, "actual"],
      [{ type: "year", year: 2022 }, "target"],
    ]);
  });

  it("speaks of the term for a figure compared with the end of the last term", () => {
    const text = "东山镇2021年政府工作报告\n一、过去五年工作回顾\n工业总产值18亿元,是上届末的1.5倍。";
    expect(indicatorPeriods(text)[0]?.[1]).toEqual({ type: "span", from: 2016, to: 2020 });
  });
});
