import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";
import { headingRole, isResultHeading, isTaskHeading, looksAhead, paragraphPhase } from "./roles";

const roles = (text: string) =>
  ingestText(text).documents.flatMap((d) =>
    d.sections.filter((s) => s.heading).map((s) => [s.title, s.role]),
  );

describe("headings that tell results and headings that set tasks", () => {
  it.each([
    "教育事业全面进步",
    "社会治理能力不断增强",
    "经济运行成效显著",
    "项目建设稳步推进。",
    "人居环境更绿更美",
  ])("%s tells a result", (h) => {
    expect(isResultHeading(h)).toBe(true);
    expect(isTaskHeading(h)).toBe(false);
  });

  it.each(["坚持创新驱动,不断增强发展后劲", "推动文旅融合发展", "努力提升公共服务水平", "着力改善人居环境"])(
    "%s sets a task",
    (h) => {
      expect(isResultHeading(h)).toBe(false);
      expect(isTaskHeading(h)).toBe(true);
    },
  );
});

describe("what a section's text speaks of", () => {
  it("looks ahead when it promises and reports nothing done", () => {
    expect(looksAhead("力争年内建成物流园一期,确保两个项目开工建设。")).toBe(true);
    expect(looksAhead("力争年内建成物流园一期。上半年已完成投资2亿元,同比增长12%。")).toBe(false);
    expect(looksAhead("完成道路改造3条,群众满意度明显提升。")).toBe(false);
  });

  it("leaves a closing paragraph that announces the next part out", () => {
    expect(looksAhead("完成道路改造3条。\n下半年工作打算如下:")).toBe(false);
  });
});

describe("paragraphs that announce the plan", () => {
  it("look ahead", () => {
    expect(paragraphPhase("新的一年,我们将重点抓好以下几个方面的工作:")).toBe("plan");
    expect(paragraphPhase("2021年,我镇将紧紧围绕高质量发展目标,扎实做好各项工作。")).toBe("plan");
    expect(paragraphPhase("明年将继续加大投入。")).toBe("plan");
  });

  it("do not include a past account of what was done with care", () => {
    expect(paragraphPhase("2019年全面完成脱贫任务,重点抓好贫困户的环境整治,群众满意度不断提升。")).toBeNull();
    expect(paragraphPhase("为明年发展奠定了坚实基础。")).toBeNull();
  });
});

describe("roles a heading names", () => {
  it("reads 安排 and 计划 as the plan only where they name it", () => {
    expect(headingRole("2022年工作安排")).toBe("plan");
    expect(headingRole("国民经济计划的任务和主要指标")).toBe("plan");
    expect(headingRole("做好党委、政府安排的中心工作")).toBeNull();
    expect(headingRole("计划生育工作扎实开展")).toBeNull();
  });
});

describe("roles in a report", () => {
  it("keeps achievements told as results in the review after a past 重点抓好", () => {
    expect(
      roles(
        "青山镇2020年工作总结和2021年工作思路\n1. 脱贫攻坚成效显著。全年重点抓好贫困户的环境整治,群众满意度不断提升。\n2. 教育事业全面进步。\n新建幼儿园1所,改造校舍3000平方米。\n3. 社会治理能力不断增强。\n化解矛盾纠纷120件。",
      ),
    ).toEqual([
      ["脱贫攻坚成效显著。", "review"],
      ["教育事业全面进步。", "review"],
      ["社会治理能力不断增强。", "review"],
    ]);
  });

  it("turns to the plan where headings set tasks and their text looks ahead, unannounced", () => {
    expect(
      roles(
        "上半年工作总结\n上半年,全镇完成税收总额5.2亿元,同比增长8.3%。\n招商引资成效明显\n引进项目12个,同比增长20%,总投资15亿元。\n城市管理不断加强\n整治违法建设3.2万平方米,同比下降12%。\n推动产业转型升级\n力争年内完成3个总部项目供地,确保2个项目开工建设。\n坚持城乡融合发展\n加快推进老旧小区改造,尽快启动安置房建设。",
      ),
    ).toEqual([
      ["招商引资成效明显", "review"],
      ["城市管理不断加强", "review"],
      ["推动产业转型升级", "plan"],
      ["坚持城乡融合发展", "plan"],
    ]);
  });

  it("gives the plan to headings below the one whose text announces them", () => {
    expect(
      roles(
        "镇社保中心上半年工作总结\n(一)做好就业援助工作。\n上半年帮扶就业困难人员再就业60人。\n(二)做好驻村工作和党委、政府安排的中心工作。\n全年开展走访120户。下半年工作打算如下:\n1、进一步做好就业再就业工作。\n2、继续宣传城乡养老保险政策。",
      ),
    ).toEqual([
      ["做好就业援助工作。", "review"],
      ["做好驻村工作和党委、政府安排的中心工作。", "review"],
      ["进一步做好就业再就业工作。", "plan"],
      ["继续宣传城乡养老保险政策。", "plan"],
    ]);
  });
});
