import type { Observation } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { markFigures } from "./figure-marks";

const obs = (id: string, start: number, end: number, quote: string, figure: string): Observation => ({
  id,
  indicatorCode: "fiscal_revenue",
  subject: "财政收入",
  decimal: "2630",
  unit: "万元",
  qualifier: "exact",
  period: { type: "year", year: 2021 },
  measure: "level",
  kind: "actual",
  comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
  provenance: { sectionId: "s1", start, end, quote, figure },
  preliminary: false,
  revisions: [],
  confirmed: true,
});

const text = "2021年,全镇完成财政收入2630万元,同比增长30%。\n种植水稻4448.63亩。";

describe("figure marks", () => {
  it("marks a figure where its provenance says, paragraph by paragraph", () => {
    const runs = markFigures(text, "s1", [obs("o1", 6, 27, "完成财政收入2630万元,同比增长30%", "2630万元")]);
    expect(runs).toHaveLength(2);
    expect(runs[0]?.map((r) => [r.text, r.figure?.id])).toEqual([
      ["2021年,全镇完成财政收入", undefined],
      ["2630万元", "o1"],
      [",同比增长30%。", undefined],
    ]);
    expect(runs[1]).toEqual([{ text: "种植水稻4448.63亩。" }]);
  });

  it("finds a figure by its quote when the text moved, and leaves a lost one unmarked", () => {
    const moved = `前言。${text}`;
    const found = markFigures(moved, "s1", [obs("o1", 6, 27, "完成财政收入2630万元", "2630万元")]);
    expect(found[0]?.find((r) => r.figure)?.text).toBe("2630万元");
    const lost = markFigures(moved, "s1", [obs("o2", 0, 5, "完成财政收入9999万元", "9999万元")]);
    expect(lost[0]?.some((r) => r.figure)).toBe(false);
    expect(
      lost
        .flat()
        .map((r) => r.text)
        .join(""),
    ).toBe(moved.replace("\n", ""));
  });

  it("ignores figures of other sections and overlapping marks, and drops empty paragraphs", () => {
    const other = {
      ...obs("o3", 6, 27, "", "2630万元"),
      provenance: { sectionId: "s2", start: 6, end: 27, quote: "", figure: "2630万元" },
    };
    const runs = markFigures(`${text}\n\n`, "s1", [
      obs("o1", 14, 20, "", "2630万元"),
      obs("o4", 14, 18, "", "2630"),
      other,
    ]);
    expect(runs).toHaveLength(2);
    expect(runs[0]?.filter((r) => r.figure).map((r) => r.figure?.id)).toEqual(["o1"]);
  });
});
