import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LineChart, ticksForYears } from "./line-chart";
import { Sparkline } from "./sparkline";

const series = [
  {
    key: "a",
    label: "示例镇",
    points: [
      { year: 2019, value: 2000, text: "2000万元" },
      { year: 2020, value: 2300, text: "2300万元" },
      { year: 2021, value: 2630, text: "2630万元" },
    ],
    targets: [{ year: 2021, value: 2500, text: "2500万元" }],
  },
  { key: "b", label: "望京镇", points: [{ year: 2021, value: 1200, text: "1200万元" }] },
];

describe("LineChart", () => {
  const html = renderToStaticMarkup(
    <LineChart
      title="财政收入"
      description="示例镇2019-2021年财政收入逐年增长"
      unit="万元"
      series={series}
      targetLabel="目标"
    />,
  );

  it("is an image with its title and description as the text alternative", () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-t [^"]+-d"/);
    expect(html).toContain("<title");
    expect(html).toContain("示例镇2019-2021年财政收入逐年增长");
  });

  it("draws one marker per figure and one mark per target, each with its value in words", () => {
    expect(html.match(/<circle/g)?.length).toBe(3);
    expect(html.match(/<rect/g)?.length).toBe(1);
    expect(html.match(/class="chart-target"/g)?.length).toBe(1);
    expect(html).toContain("示例镇 2021年 目标: 2500万元");
    expect(html).toContain("望京镇 2021年: 1200万元");
  });

  it("labels the value axis in Chinese magnitudes", () => {
    const big = renderToStaticMarkup(
      <LineChart
        title="t"
        description="d"
        unit="元"
        targetLabel="目标"
        series={[
          {
            key: "x",
            label: "x",
            points: [
              { year: 2020, value: 0, text: "0" },
              { year: 2021, value: 3e8, text: "3亿" },
            ],
          },
        ]}
      />,
    );
    expect(big).toContain(">3亿<");
  });

  it("renders nothing without data", () => {
    expect(
      renderToStaticMarkup(<LineChart title="t" description="d" unit="" series={[]} targetLabel="目标" />),
    ).toBe("");
  });

  it("spaces year ticks so they never crowd", () => {
    expect(ticksForYears(2019, 2022)).toEqual([2019, 2020, 2021, 2022]);
    expect(ticksForYears(2000, 2024).length).toBeLessThanOrEqual(7);
  });
});

describe("Sparkline", () => {
  it("draws a trend with a text alternative, and nothing for a single point", () => {
    const html = renderToStaticMarkup(
      <Sparkline label="财政收入 2019-2021 上升" points={series[0]!.points} />,
    );
    expect(html).toContain('aria-label="财政收入 2019-2021 上升"');
    expect(html).toMatch(/<path d="M/);
    expect(renderToStaticMarkup(<Sparkline label="x" points={[{ year: 2021, value: 1 }]} />)).toBe("");
  });
});
