import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";
import { classifyKind, findTownship, findYear } from "./metadata";

const meta = (text: string) => {
  const d = ingestText(text).documents[0];
  return (
    d && {
      title: d.title,
      kind: d.kind,
      township: d.township,
      year: d.year,
      meeting: d.meeting,
      presenter: d.presenter,
    }
  );
};

describe("report metadata", () => {
  it("reads title, kind, township, year, meeting and presenter from the top of a report", () => {
    expect(
      meta(
        "铜梁区大庙镇2021年政府工作报告\n——2021年1月8日在大庙镇第十八届人民代表大会第五次会议上\n镇长 李明\n各位代表:\n一、2020年工作回顾",
      ),
    ).toEqual({
      title: "铜梁区大庙镇2021年政府工作报告",
      kind: "government_work_report",
      township: "大庙镇",
      year: 2021,
      meeting: { name: "大庙镇第十八届人民代表大会第五次会议", congress: 18, session: 5 },
      presenter: { name: "李明", title: "镇长" },
    });
  });

  it("gives no township or presenter when they are redacted", () => {
    const m = meta(
      "***镇2010年政府工作报告\n***镇十四届人大 三次会议文件\n镇 长 ***\n各位代表:\n一、2009年工作简要回顾",
    );
    expect([m?.township, m?.presenter, m?.meeting?.congress, m?.meeting?.session]).toEqual([
      null,
      null,
      14,
      3,
    ]);
  });

  it("dates a government work report by its plan, and a summary by the year it reviews", () => {
    expect(
      meta("政府工作报告\n一、2009年工作简要回顾\n全年完成任务。\n二、2010年工作安排\n继续推进。")?.year,
    ).toBe(2010);
    expect(meta("乡镇2020年工作总结和2021年工作计划\n2019年,全镇工作稳步推进。")?.year).toBe(2020);
  });

  it.each([
    ["镇人大主席团工作报告", "", "congress_work_report"],
    ["湛江市霞山区大事记", "", "chronicle"],
    ["在乡人代会上的讲话", "", "speech"],
    ["镇2021年上半年工作总结", "", "half_year_summary"],
    ["乡镇2020年工作总结和2021年工作计划", "", "summary_and_plan"],
    ["镇政务公开工作总结", "", "special_topic_summary"],
    ["乡镇工作总结", "", "work_summary"],
    ["乡镇政府工作报告篇二", "1月27日,成立市人民政府。\n5月28日,旅社开业。\n7月23日,普降暴雨。", "chronicle"],
    ["乡镇政府工作报告篇七", "各位代表、同志们:\n今天召开人代会,我讲四点意见。", "speech"],
    [
      "乡镇政府工作报告篇九",
      "一年来,镇人大主席团依法履职。推进“县乡人大工作年”工作。",
      "congress_work_report",
    ],
    [
      "乡镇政府工作报告篇五",
      "20xx年,我中心在县人力资源和社会保障局的领导下,做好劳动保障工作。",
      "special_topic_summary",
    ],
    ["乡镇政府工作报告篇八", "上半年,经济转型、城市建设等各项工作进展有序。", "half_year_summary"],
  ])("classifies %s as its kind", (title, body, kind) => {
    expect(classifyKind(title, body)).toBe(kind);
  });
});

describe("report metadata as reports write it", () => {
  it("finds the township whose government presents the report, without the words that run into its name", () => {
    expect(
      findTownship("乡镇政府工作报告篇十", "各位代表:\n我代表石碁镇人民政府向大会作政府工作报告,请予审议:"),
    ).toBe("石碁镇");
    expect(
      findTownship("", "会议依法选举迳口镇人民政府镇长。在市委、市政府和镇党委的领导下,迳口镇人大工作"),
    ).toBe("迳口镇");
  });

  it("finds no township in a county's report that names its towns", () => {
    expect(
      findTownship("政府工作报告", "现在,我代表县人民政府向大会报告工作。燕赵镇、燕赵镇、燕赵镇的项目"),
    ).toBeNull();
  });

  it("dates a report to the congress the year after the year its opening reviews", () => {
    expect(findYear("", "government_work_report", "各位代表:\n2020年是极不寻常的一年。", [])).toBe(2021);
    expect(
      findYear(
        "",
        "government_work_report",
        "——2026年1月27日在省第十四届人民代表大会第四次会议上\n2025年是收官之年",
        [],
      ),
    ).toBe(2026);
  });

  it("dates a summary to the year it names most", () => {
    expect(
      findYear("", "summary_and_plan", "“十三五”时期(2016-2020年)…2020年全镇…2020年财政…2021年计划", []),
    ).toBe(2020);
  });

  it("takes the title from a site's 标题 field or the page's own title line when no line of the text is one", () => {
    const body =
      "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n全县财政收入完成2630万元。";
    expect(meta(`标题:某县2023年政府工作报告\n发文单位:某县人民政府\n\n${body}`)).toMatchObject({
      title: "某县2023年政府工作报告",
      kind: "government_work_report",
      year: 2023,
    });
    expect(meta(`工作报告\n某县2024年政府工作报告\n时间:2024-02-06\n阅读:\n182\n${body}`)?.title).toBe(
      "某县2024年政府工作报告",
    );
  });

  it("reads a report to a congress from its session line, its presenter and the deputies it addresses", () => {
    expect(
      meta(
        "2019年1月29日某市某区第二届人民代表大会第三次会议\n某区人民政府区长&nbsp; 李志永\n一、2018年工作回顾\n2018年,全区生产总值完成285亿元。",
      ),
    ).toMatchObject({
      kind: "government_work_report",
      year: 2019,
      meeting: { name: "某市某区第二届人民代表大会第三次会议", congress: 2, session: 3 },
      presenter: { name: "李志永", title: "区长" },
    });
    expect(
      meta("某县人民政府县长\n徐志清\n各位代表:\n一、2012年工作回顾\n全县财政收入增长。")?.presenter,
    ).toEqual({
      name: "徐志清",
      title: "县长",
    });
    const lostOpening = [
      "一、过去五年工作回顾",
      "2012年以来,全县生产总值比2011年增长21.9%。各位代表,成绩来之不易。",
      "二、今后五年的总体思路和奋斗目标",
      "各位代表,今后五年要坚定不移。",
      "三、2017年工作任务",
      "各位代表,做好今年工作意义重大。",
    ].join("\n");
    expect(meta(lostOpening)).toMatchObject({ kind: "government_work_report", year: 2017 });
  });

  it("reads a year a PDF copy letter-spaced, and not a comparison's base year, as the year reviewed", () => {
    expect(
      meta(
        "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、过去五年工作回顾\n2 016 年,全县生产总值完成119.8亿元,是2011年的1.6倍,比201 1 年提高9个百分点。",
      )?.year,
    ).toBe(2017);
  });

  it("reads the township after 关于 or a year in a title", () => {
    expect(findTownship("关于石门乡2022年工作情况的报告", "")).toBe("石门乡");
    expect(findTownship("关于和平镇2022年工作情况的报告", "")).toBe("和平镇");
    expect(findTownship("关于2022年石门乡政府工作报告", "")).toBe("石门乡");
    expect(findTownship("关于镇2022年工作情况的报告", "")).toBeNull();
  });
});
