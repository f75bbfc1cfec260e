import { describe, expect, it } from "vitest";
import { cleanText } from "./clean";

describe("cleanText", () => {
  it("turns literal \\r\\n and runs of ???? into line breaks and reports the debris", () => {
    const c = cleanText("政府工作报告\\r\\n各位代表:????现在,我代表县政府报告工作。");
    expect(c.text).toBe("政府工作报告\n各位代表:\n现在,我代表县政府报告工作。");
    expect(c.removed).toContainEqual(expect.objectContaining({ text: "????", reason: "encoding_debris" }));
  });

  it("makes full-width digits, letters, ％ and ． ASCII and keeps Chinese punctuation as written", () => {
    const c = cleanText(
      "各位代表：\n完成财政收入２６３０万元，同比增长３０％；ＧＤＰ１２．５亿元（初步统计）。“三农”",
    );
    expect(c.text).toBe("各位代表：\n完成财政收入2630万元，同比增长30%；GDP12.5亿元（初步统计）。“三农”");
  });

  it("gives the rules a folded view of the same length, line for line", () => {
    const c = cleanText("各位代表：\n完成财政收入2630万元，同比增长30%；（一）抓落实！");
    expect(c.view.text).toBe("各位代表:\n完成财政收入2630万元,同比增长30%;(一)抓落实!");
    expect(c.view.text.length).toBe(c.text.length);
    expect(c.view.lines.map((l) => l.start)).toEqual(c.lines.map((l) => l.start));
  });

  it("drops the spaces PDF copies put around numbers and inside letter-spaced words", () => {
    expect(cleanText("政 府 工 作 报 告\n实现工业总产值 23 亿元, 同比增长 4.65%。").text).toBe(
      "政府工作报告\n实现工业总产值23亿元,同比增长4.65%。",
    );
  });

  it("removes document-site chrome line by line and says why", () => {
    const c = cleanText(
      "- 19.09 KB\n- 2021-04-14 发布\n- 1、本文档由用户上传,淘文库整理发布,可阅读全部内容。\n- 网站客服QQ:403074932\n乡镇工作总结\n全年完成各项任务。",
    );
    expect(c.text).toBe("乡镇工作总结\n全年完成各项任务。");
    expect(c.removed.map((r) => r.reason)).toEqual(Array(4).fill("site_boilerplate"));
    expect(c.removed.every((r) => r.at === 0)).toBe(true);
  });

  it("removes a collection's title and blurb", () => {
    const c = cleanText(
      "最新乡镇政府工作报告(通用10篇)\n随着个人素质的提升,报告使用的频率越来越高。下面是小编为大家带来的报告优秀范文,希望大家可以喜欢。\n乡镇政府工作报告篇一\n今年以来,全镇完成各项任务。",
    );
    expect(c.text).toBe("乡镇政府工作报告篇一\n今年以来,全镇完成各项任务。");
    expect(c.removed.map((r) => r.reason)).toEqual(["collection_header", "collection_header"]);
  });

  it("removes lists of related articles and tag clouds, keeping the report's own title", () => {
    const c = cleanText(
      "2021年涞水县政府工作报告\n各位代表:\n全年完成各项任务。\n相关文章\n12-01\n2020年文安县政府工作报告\n12-01\n2020年霸州市政府工作报告\n标签云\n北京市\n2025年",
    );
    expect(c.text).toBe("2021年涞水县政府工作报告\n各位代表:\n全年完成各项任务。");
    expect(new Set(c.removed.map((r) => r.reason))).toEqual(new Set(["link_list", "site_boilerplate"]));
  });

  it("cuts injected spam out of a sentence and reports where it stood", () => {
    const c = cleanText("围绕开云体育足球官网“三县两地一门户”发展定位,全面贯彻落实。");
    expect(c.text).toBe("围绕“三县两地一门户”发展定位,全面贯彻落实。");
    expect(c.removed).toEqual([{ text: "开云体育足球官网", reason: "injected_spam", at: 2 }]);
  });

  it("keeps the words a spam pattern borrows when they are used plainly", () => {
    expect(cleanText("开展全民体育健身活动,规范娱乐场所。").text).toBe("开展全民体育健身活动,规范娱乐场所。");
  });

  it("removes page markers and rejoins the sentence a page break split", () => {
    const c = cleanText(
      "全镇一般预算收入*** 8\n万元,比上年增长18%。\n- 3 -\n第 4 页 共 9 页\n各项工作稳步推进。",
    );
    expect(c.text).toBe("全镇一般预算收入***万元,比上年增长18%。\n各项工作稳步推进。");
    expect(c.removed.map((r) => r.reason)).toEqual(["page_marker", "page_marker", "page_marker"]);
  });

  it("reflows text laid out in fixed-width lines, keeping headings and paragraph ends", () => {
    // Lines filled to 52 half-width cells, as a PDF lays them out (a Han character or comma takes two).
    const paragraph = (t: string) => {
      const out: string[] = [];
      let line = "";
      let cells = 0;
      for (const ch of t) {
        const w = /[\x21-\x2b\x2d-\x7e]/.test(ch) ? 1 : 2;
        if (cells + w > 52) {
          out.push(line);
          line = "";
          cells = 0;
        }
        line += ch;
        cells += w;
      }
      return [...out, line];
    };
    const first =
      "镇域经济发展迅猛,截止10月底,实现工业总产值23亿元,同比增长4.65%;工业增加值1.2亿元,同比增长3.09%;完成固定资产投资6.12亿元,同比增长2.7%;财政收入达7352万元,同比增长48.5%。";
    const second =
      "推动现代农业由“一产”向“新六产”转型,按照“特色+品牌”主线,连片打造乡村振兴片区,涵盖泉里、汶城等村,总投资1500万元,硬化道路9公里,栽植绿化苗木30万株,新修排水沟5000米,重点打造泉里村组织振兴示范点。";
    const wrapped = [
      "一、经济建设成效显著",
      ...paragraph(first),
      "二、农业发展稳步推进",
      ...paragraph(second),
    ].join("\n");
    const c = cleanText(wrapped);
    expect(c.wrapped).toBe(true);
    expect(c.lines.map((l) => l.text)).toEqual([
      "一、经济建设成效显著",
      first,
      "二、农业发展稳步推进",
      second,
    ]);
  });

  it("removes the running header a PDF copy repeats on every page", () => {
    const body = "全镇上下团结一心,迎难而上,较好地完成了年初确定的各项目标任务,经济社会持续健康";
    const page = (k: number) => ["望京镇政府工作报告", ...Array(6).fill(body), `- ${k} -`];
    const c = cleanText(
      ["望京镇2022年政府工作报告", ...page(1), ...page(2), ...page(3), "发展。"].join("\n"),
    );
    expect(c.text.includes("望京镇政府工作报告")).toBe(false);
    expect(c.removed.filter((r) => r.text === "望京镇政府工作报告").map((r) => r.reason)).toEqual(
      Array(3).fill("page_marker"),
    );
    expect(c.text.startsWith("望京镇2022年政府工作报告\n")).toBe(true);
  });

  it("rejoins a figure and its unit that a line break split, in any text", () => {
    expect(cleanText("总投资6000万\n元,新建大棚30栋。").text).toBe("总投资6000万元,新建大棚30栋。");
  });

  it("places every removal inside the cleaned text, and line starts where the lines are", () => {
    const c = cleanText(
      "- 19.09 KB\n标题\n正文开云体育官网内容。\n- 2 -\n结尾。\n相关文章\n甲县政府工作报告\n乙县政府工作报告",
    );
    for (const r of c.removed) expect(r.at).toBeLessThanOrEqual(c.text.length);
    for (const l of c.lines) expect(c.text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });

  it("removes pagination, share buttons, tag lists and disclaimers a web page puts under the text", () => {
    const c = cleanText(
      [
        "各位代表!我们也清醒地看到,发展中还存在一些问题。",
        "上一页",
        "1",
        "2",
        "下一页",
        "免责声明:本文仅代表作者观点,不代表本站立场。",
        "标签:",
        "唐县",
        "QQ空间",
        "新浪微博",
      ].join("\n"),
    );
    expect(c.text).toBe("各位代表!我们也清醒地看到,发展中还存在一些问题。");
    expect(c.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(["上一页", "下一页", "唐县", "QQ空间"]),
    );
  });

  it("keeps a run-in subheading that opens a paragraph apart from the numbered heading above it", () => {
    const c = cleanText(
      "一、优结构稳增长产业发展提质增效\n工业经济加力提速。扎实推进制造业强县工作,建立攻坚突破帮包制度。",
    );
    expect(c.lines.map((l) => l.text)).toEqual([
      "一、优结构稳增长产业发展提质增效",
      "工业经济加力提速。扎实推进制造业强县工作,建立攻坚突破帮包制度。",
    ]);
  });

  it("decodes HTML entities a web copy left as text and reports them", () => {
    const c = cleanText("区长&nbsp;李志永\n城乡&amp;社区建设&#12288;稳步推进。");
    expect(c.text).toBe("区长 李志永\n城乡&社区建设 稳步推进。");
    expect(c.removed.map((r) => r.text)).toEqual(["&nbsp;", "&amp;", "&#12288;"]);
  });

  it("joins a year a PDF copy letter-spaced, but not two numbers a space keeps apart", () => {
    expect(cleanText("2 016 年,全县比201 1 年提高9个百分点,分为12 34两组。").text).toBe(
      "2016年,全县比2011年提高9个百分点,分为12 34两组。",
    );
  });
});
