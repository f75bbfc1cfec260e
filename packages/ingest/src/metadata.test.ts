import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";
import { classifyKind } from "./metadata";

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
