import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";

const outline = (text: string) =>
  ingestText(text).documents.map((d) => d.sections.map((s) => [s.level, s.heading, s.role]));

describe("the section tree", () => {
  it("reads the numbering styles of official documents and nests them by their conventional depth", () => {
    const text = [
      "某镇2022年政府工作报告",
      "各位代表:",
      "一、2021年工作回顾",
      "(一)经济发展稳中有进",
      "全年完成财政收入2630万元。",
      "1.工业提质增效",
      "规上工业产值增长。",
      "(1)新建项目3个",
      "项目进展顺利。",
      "(二)社会事业全面进步",
      "教育卫生事业发展。",
      "二、2022年工作安排",
      "——全力抓好项目建设",
      "加快推进重点项目。",
    ].join("\n");
    expect(outline(text)).toEqual([
      [
        [1, "", null],
        [1, "一、2021年工作回顾", "review"],
        [2, "(一)经济发展稳中有进", "review"],
        [3, "1.工业提质增效", "review"],
        [4, "(1)新建项目3个", "review"],
        [2, "(二)社会事业全面进步", "review"],
        [1, "二、2022年工作安排", "plan"],
        [2, "——全力抓好项目建设", "plan"],
      ],
    ]);
  });

  it("takes a numbered heading that shares its line with body text up to its first full stop, or a lost line break", () => {
    const r = ingestText(
      "一、工作回顾\n(一)全面加强政府自身建设。坚持把党的政治建设贯穿全过程。\n——园区建设实现新突破 根据区委安排推进园区建设。",
    );
    const s = r.documents[0]?.sections ?? [];
    expect(s.map((x) => x.heading)).toEqual([
      "一、工作回顾",
      "(一)全面加强政府自身建设。",
      "——园区建设实现新突破",
    ]);
    expect(s[1]?.text).toBe("坚持把党的政治建设贯穿全过程。");
    expect(s[2]?.text).toBe("根据区委安排推进园区建设。");
  });

  it("finds unnumbered subheading lines between paragraphs, under the numbered heading they follow", () => {
    const r = outline(
      "一、2021年工作回顾\n2021年是开局之年。\n一年来,我们全力抓转型、调结构,产业发展布局更加优化\n始终坚持把特色产业发展作为强镇之基。\n主导产业加快集聚\n引进项目12个,总投资3亿元。",
    );
    expect(r[0]?.map(([level, heading]) => [level, heading])).toEqual([
      [1, "一、2021年工作回顾"],
      [2, "一年来,我们全力抓转型、调结构,产业发展布局更加优化"],
      [2, "主导产业加快集聚"],
    ]);
  });

  it("does not make sections of 一是 … 二是 paragraphs, salutations, or meeting and presenter lines", () => {
    const r = outline(
      "——2021年2月5日在某县第十六届人民代表大会第五次会议上\n某县人民政府县长 张三\n各位代表:\n一、工作回顾\n一是抓实惠民资金到户。扎实开展清理核查。\n二是抓实教育政策兑现。全额落实奖补资金。",
    );
    expect(r[0]?.map(([, heading]) => heading)).toEqual(["", "一、工作回顾"]);
  });

  it("does not take a numbered line out of sequence for a heading", () => {
    const r = outline("一、工作回顾\n全年工作取得成效。\n七、这一行不是第七个标题\n只是正文的一部分。");
    expect(r[0]?.map(([, heading]) => heading)).toEqual(["一、工作回顾"]);
  });

  it("gives the plan role to the parts after a paragraph that announces them", () => {
    const r = outline(
      "一、经济建设成效显著\n完成财政收入7352万元。\n2021年,我镇将紧紧围绕高质量发展,着重抓好以下五方面的工作。\n一、坚持跨越发展,不断增强经济实力\n完成土地流转3000亩。",
    );
    expect(r[0]?.map(([, heading, role]) => [heading, role])).toEqual([
      ["一、经济建设成效显著", "review"],
      ["一、坚持跨越发展,不断增强经济实力", "plan"],
    ]);
  });
});

describe("reports in one file", () => {
  it("splits a collection at its markers and drops its header", () => {
    const r = ingestText(
      "最新乡镇工作总结(通用3篇)\n下面是小编为大家带来的优秀范文,希望大家可以喜欢。\n乡镇工作总结篇一\n今年以来,全镇完成各项任务。\n乡镇工作总结篇二\n上半年,全镇经济平稳。\n乡镇工作总结篇三\n一年来,全镇社会稳定。",
    );
    expect(r.documents.map((d) => d.title)).toEqual([
      "乡镇工作总结篇一",
      "乡镇工作总结篇二",
      "乡镇工作总结篇三",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(["collection_header", "collection_header"]);
  });

  it("splits reports that follow each other, each opened by its title and an opening", () => {
    const body = "全镇完成财政收入2630万元,同比增长30%。".repeat(60);
    const r = ingestText(
      `甲镇2021年政府工作报告\n各位代表:\n${body}\n乙镇2021年政府工作报告\n各位代表:\n${body}`,
    );
    expect(r.documents.map((d) => [d.title, d.township])).toEqual([
      ["甲镇2021年政府工作报告", "甲镇"],
      ["乙镇2021年政府工作报告", "乙镇"],
    ]);
  });

  it("keeps one report whole when a heading inside it reads like a title", () => {
    const r = ingestText(
      "乡镇2020年工作总结和2021年工作计划\n一、工作总结\n全年完成各项任务。\n二、2021年工作计划\n明年继续推进。",
    );
    expect(r.documents.length).toBe(1);
  });

  it("reads a line that names a part after a year or a five-year plan as a part above the numbered headings", () => {
    const text = [
      "某县2021年政府工作报告",
      "各位代表:",
      "现在,我代表县人民政府向大会报告工作。",
      "“十三五”时期经济社会发展",
      "五年来,全县地区生产总值年均增长6%。",
      "2021年主要工作",
      "今年经济社会发展的主要预期目标是:地区生产总值增长7%。",
      "(一)着力抓好常态化疫情防控。坚持外防输入、内防反弹。",
      "(二)着力推进乡村振兴。确保粮食生产安全。",
      "2020年全县粮食总产达到50万吨",
      "以上是全年的情况。",
    ].join("\n");
    const sections = outline(text)[0]?.filter(([, h]) => h !== "");
    expect(sections?.slice(0, 4)).toEqual([
      [1, "“十三五”时期经济社会发展", "review"],
      [1, "2021年主要工作", "plan"],
      [2, "(一)着力抓好常态化疫情防控。", "plan"],
      [2, "(二)着力推进乡村振兴。", "plan"],
    ]);
    // A line that opens on a year but names no part stays body text.
    expect(sections?.map(([, h]) => h)).not.toContain("2020年全县粮食总产达到50万吨");
  });

  it("reads motto-and-subject titles as parts, and a part that sets out targets as the plan", () => {
    const text = [
      "某县2013年政府工作报告",
      "各位代表:",
      "站在新起点:2012年工作回顾",
      "2012年,全县生产总值完成50亿元,同比增长10%。",
      "成绩值得肯定,但问题不容忽视。",
      "开启新征程:确保五年稳定脱贫",
      "今年是全面贯彻落实党的十八大精神的开局之年。",
      "经济社会发展的主要预期目标是:全县生产总值增长10%。",
      "重点做好两个方面的工作:",
      "(一)突出质量和效益抓项目。强化项目支撑。",
      "(二)突出特色和规模抓产业。加速生态优势向发展优势转化。",
      "※名词解释※",
      "1.“三公”经费:指因公出国(境)费、公务用车购置及运行费、公务接待费。",
    ].join("\n");
    expect(outline(text)[0]?.filter(([, h]) => h !== "")).toEqual([
      [1, "站在新起点:2012年工作回顾", "review"],
      [1, "开启新征程:确保五年稳定脱贫", "plan"],
      [2, "(一)突出质量和效益抓项目。", "plan"],
      [2, "(二)突出特色和规模抓产业。", "plan"],
      [1, "※名词解释※", "other"],
      [2, "1.“三公”经费:", "other"],
    ]);
  });
});
