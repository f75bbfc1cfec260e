import type { Observation } from "@gongkai/domain";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sampleCounty, sampleReport, sampleTownship } from "../testing/sample-report";
import { ReportView } from "./report-view";

const links = {
  indicator: (code: string) => `/indicators/${code}`,
  township: (id: string) => `/townships/${id}`,
};

const render = (lang: "zh" | "en", extra: Partial<Parameters<typeof ReportView>[0]> = {}) =>
  renderToStaticMarkup(
    <ReportView
      report={sampleReport}
      township={sampleTownship}
      county={sampleCounty}
      lang={lang}
      links={links}
      publication={{ version: 3, publishedAt: "2022-01-19T18:30:00Z" }}
      progress={new Map([["o3", "met"]])}
      {...extra}
    />,
  );

describe("the report view", () => {
  const html = render("zh");

  it("shows the title block with the report's particulars in Chinese", () => {
    expect(html).toContain("<h1>望京镇2022年政府工作报告</h1>");
    expect(html).toContain("望京镇第十八届人民代表大会第二次会议");
    expect(html).toContain("镇长 李明");
    expect(html).toContain('<time dateTime="2022-01-10">2022年1月10日</time>');
    // Published late on the 19th in UTC: the 20th in Shanghai.
    expect(html).toContain("2022年1月20日");
    expect(html).toContain("第 3 版");
    expect(html).toContain('href="/townships/twp-wangjing"');
  });

  it("numbers headings as the document does, one level below the title, with stable anchors", () => {
    expect(html).toMatch(/<h2 id="s-s1">一、2021年工作回顾/);
    expect(html).toMatch(/<h3 id="s-s2">\(一\)经济发展/);
    expect(html).toMatch(/<h2 id="s-s3">二、2022年工作安排/);
    expect(html).toContain('<a href="#s-s2">(一)经济发展</a>');
  });

  it("marks figures in the text and links those of catalogue indicators", () => {
    expect(html).toMatch(
      /<a class="fig fig-actual" id="f-o1" href="\/indicators\/fiscal_revenue" title="财政收入，2021年，实际">2630万元<\/a>/,
    );
    expect(html).toContain('<span class="fig" id="f-o2">109万余元</span>');
    expect(html).toMatch(/<p>.*种植水稻4448.63亩/);
  });

  it("lists the key indicators with value, period, change, target status and a link to the text", () => {
    const table = html.slice(html.indexOf('id="key-indicators-heading"'));
    expect(table).toContain("2630万元");
    expect(table).toContain("+30%");
    expect(table).toContain("2022年");
    expect(table).toContain('<span class="status status-met">已完成</span>');
    expect(table).toContain('href="#f-o3"');
    // The figure that is no catalogue indicator is not a key indicator.
    expect(table).not.toContain("109万余元");
  });

  it("shows each key indicator as the report wrote it, never converted to another unit", () => {
    const text = "农民人均可支配收入18500元，粮食播种面积约44480亩。";
    const written = (id: string, o: Partial<Observation>, figure: string): Observation => ({
      ...sampleReport.observations[0]!,
      id,
      comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
      provenance: { sectionId: "s2", start: 0, end: 0, quote: figure, figure },
      ...o,
    });
    const report = {
      ...sampleReport,
      sections: sampleReport.sections.map((s) => (s.id === "s2" ? { ...s, text } : s)),
      observations: [
        written(
          "w1",
          {
            indicatorCode: "rural_income_per_capita",
            subject: "农民人均可支配收入",
            decimal: "18500",
            unit: "元",
          },
          "18500元",
        ),
        written(
          "w2",
          {
            indicatorCode: "grain_area",
            subject: "粮食播种面积",
            decimal: "44480",
            unit: "亩",
            qualifier: "approx",
          },
          "44480亩",
        ),
      ],
    };
    const page = render("zh", { report });
    const table = page.slice(page.indexOf('id="key-indicators-heading"'));
    expect(table).toContain("18500元");
    expect(table).toContain("约44480亩");
    expect(table).not.toContain("1.85万元");
    expect(table).not.toContain("4.448万亩");
  });

  it("writes a growth target as growth, not as a level in %", () => {
    const report = {
      ...sampleReport,
      observations: [
        {
          ...sampleReport.observations[0]!,
          id: "g1",
          indicatorCode: "gdp",
          subject: "地区生产总值",
          decimal: "6",
          unit: "%",
          qualifier: "approx" as const,
          kind: "target" as const,
          measure: "growth" as const,
          period: { type: "year" as const, year: 2022 },
          comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
          provenance: null,
        },
      ],
    };
    const zh = render("zh", { report });
    expect(zh.slice(zh.indexOf('id="key-indicators-heading"'))).toContain(">增长6%左右<");
    expect(zh).not.toContain("约6%");
    const en = render("en", { report });
    expect(en.slice(en.indexOf('id="key-indicators-heading"'))).toContain(">up about 6%<");
  });

  it("labels its interface in English and keeps the content marked as Chinese", () => {
    const en = render("en");
    expect(en).toContain('<h1 lang="zh-CN">望京镇2022年政府工作报告</h1>');
    expect(en).toContain("<dt>Presented by</dt>");
    expect(en).toContain("20 January 2022");
    expect(en).toContain(">Contents</h2>");
    expect(en).toContain('title="Fiscal revenue, 2021, Actual"');
  });

  it("says when the data is generated for demonstration", () => {
    expect(html).not.toContain("示例数据");
    expect(render("zh", { demo: true })).toContain('<span class="demo-badge">示例数据</span>');
  });

  it("leaves out the public record when the editor previews a draft", () => {
    const preview = render("zh", { publication: null, progress: null });
    expect(preview).not.toContain("第 3 版");
    expect(preview).not.toContain("目标完成");
    expect(preview).toContain("2630万元");
  });
});
