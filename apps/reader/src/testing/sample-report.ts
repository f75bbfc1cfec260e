import type { Observation, Place, Report } from "@gongkai/domain";

/*
 * A small report in the shape the domain defines, for component tests: two sections under a heading, figures
 * with provenance, a target for next year, and one figure that is not a catalogue indicator.
 */

const review =
  "2021年,全镇完成财政收入2630万元,同比增长30%。\n种植水稻4448.63亩、玉米5800亩。茶叶产业实现产值109万余元。";
const targets = "2022年主要预期目标:财政收入力争达到3000万元。";

const figure = (
  id: string,
  o: Partial<Observation> & Pick<Observation, "decimal" | "unit" | "subject">,
  sectionId: string,
  text: string,
  written: string,
): Observation => {
  const start = text.indexOf(written);
  return {
    id,
    indicatorCode: null,
    qualifier: "exact",
    period: { type: "year", year: 2021 },
    kind: "actual",
    measure: "level",
    comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
    provenance: { sectionId, start, end: start + written.length, quote: written, figure: written },
    preliminary: false,
    revisions: [],
    confirmed: true,
    ...o,
  };
};

export const sampleTownship: Place = {
  id: "twp-wangjing",
  level: "township",
  name: "望京镇",
  kind: "镇",
  code: null,
  parentId: "cnty-a",
  demo: false,
};

export const sampleCounty: Place = {
  id: "cnty-a",
  level: "county",
  name: "甲县",
  kind: "县",
  code: null,
  parentId: "cty-a",
  demo: false,
};

export const sampleReport: Report = {
  schemaVersion: 1,
  id: "rpt-wangjing-2022",
  townshipId: "twp-wangjing",
  kind: "government_work_report",
  year: 2022,
  title: "望京镇2022年政府工作报告",
  meeting: { name: "望京镇第十八届人民代表大会第二次会议", congress: 18, session: 2 },
  presenter: { name: "李明", title: "镇长" },
  deliveredOn: "2022-01-10",
  deliberation: { stage: "adopted", sessionDate: "2022-01-10" },
  disclosure: null,
  source: { method: "manual", fileName: null, importId: null, sourceUrl: null },
  sections: [
    {
      id: "s1",
      level: 1,
      heading: "2021年工作回顾",
      numbering: "cn_dun",
      role: "review",
      topics: [],
      text: "",
    },
    {
      id: "s2",
      level: 2,
      heading: "经济发展",
      numbering: "cn_paren",
      role: "review",
      topics: [],
      text: review,
    },
    {
      id: "s3",
      level: 1,
      heading: "2022年工作安排",
      numbering: "cn_dun",
      role: "plan",
      topics: [],
      text: targets,
    },
  ],
  observations: [
    figure(
      "o1",
      {
        indicatorCode: "fiscal_revenue",
        subject: "财政收入",
        decimal: "2630",
        unit: "万元",
        comparisons: { yoyPct: 30, multiple: null, shareOfTargetPct: null },
      },
      "s2",
      review,
      "2630万元",
    ),
    figure(
      "o2",
      { subject: "茶叶产业产值", decimal: "109", unit: "万元", qualifier: "more_than" },
      "s2",
      review,
      "109万余元",
    ),
    figure(
      "o3",
      {
        indicatorCode: "fiscal_revenue",
        subject: "财政收入",
        decimal: "3000",
        unit: "万元",
        kind: "target",
        period: { type: "year", year: 2022 },
      },
      "s3",
      targets,
      "3000万元",
    ),
  ],
};
