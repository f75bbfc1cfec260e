import type { PromiseEntry } from "@gongkai/api";
import type { ObservationPoint } from "@gongkai/domain";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { pathsFor } from "../server/paths";
import { PromisesTable } from "./promises-table";

const point = (over: Partial<ObservationPoint>): ObservationPoint => ({
  townshipId: "twp-demo",
  township: "示例镇",
  demo: true,
  indicatorCode: "gdp",
  subject: "地区生产总值",
  kind: "target",
  measure: "growth",
  period: { type: "year", year: 2023 },
  periodKey: "2023",
  year: 2023,
  decimal: "6",
  unit: "%",
  qualifier: "approx",
  value: null,
  yoyPct: null,
  preliminary: false,
  reportId: "rpt-2023",
  reportYear: 2023,
  observationId: "o-t",
  sectionId: "s1",
  quote: "地区生产总值增长6%左右",
  ...over,
});

const entry = (over: Partial<PromiseEntry>): PromiseEntry => ({
  townshipId: "twp-demo",
  township: "示例镇",
  indicatorCode: "gdp",
  indicator: "地区生产总值",
  year: 2023,
  target: point({}),
  measure: "growth",
  targetAsWritten: "增长6%左右",
  actual: point({
    kind: "actual",
    measure: "level",
    decimal: "10",
    unit: "亿元",
    qualifier: "exact",
    yoyPct: 7.2,
    reportId: "rpt-2024",
    reportYear: 2024,
    observationId: "o-a",
  }),
  achievedGrowthPct: 7.2,
  achievedGrowthSource: "stated",
  status: "met",
  statusLabel: { zh: "已完成", en: "Met" },
  ratio: 1.2,
  targetDecimal: null,
  ...over,
});

const render = (lang: "zh" | "en", entries: PromiseEntry[]) =>
  renderToStaticMarkup(
    <PromisesTable
      entries={entries}
      lang={lang}
      t={translator(lang)}
      paths={pathsFor(lang)}
      showTownship={false}
      caption="promises"
    />,
  );

const text = (html: string) => html.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");

describe("the promises table", () => {
  it("sets a growth target against the growth achieved, with the year's level beneath", () => {
    const html = render("zh", [entry({})]);
    expect(text(html)).toContain("|2023|地区生产总值|增长6%左右|增长7.2%|10亿元|已完成|");
    expect(html).toContain('href="/reports/rpt-2023#f-o-t"');
    expect(html).toContain('href="/reports/rpt-2024#f-o-a"');
  });

  it("says so when the growth was computed from the published levels, and in English", () => {
    const html = render("en", [
      entry({
        target: point({ decimal: "8", qualifier: "at_least" }),
        targetAsWritten: "增长8%以上",
        achievedGrowthPct: 5,
        achievedGrowthSource: "computed",
        status: "not_met",
        statusLabel: { zh: "未完成", en: "Not met" },
      }),
    ]);
    expect(text(html)).toContain(
      "|Gross regional product|up at least 8%|up 5%|10亿元| · growth computed from published figures|Not met|",
    );
  });

  it("shows a level target and its actual as the reports wrote them", () => {
    const html = render("zh", [
      entry({
        indicatorCode: "fiscal_revenue",
        indicator: "财政收入",
        measure: "level",
        target: point({
          measure: "level",
          indicatorCode: "fiscal_revenue",
          decimal: "3000",
          unit: "万元",
          qualifier: "exact",
        }),
        targetAsWritten: "3000万元",
        actual: point({
          kind: "actual",
          measure: "level",
          decimal: "3100",
          unit: "万元",
          qualifier: "exact",
        }),
      }),
    ]);
    expect(text(html)).toContain("|财政收入|3000万元|3100万元|已完成|");
  });
});
