import { describe, expect, it } from "vitest";
import { collectionMarkerNumber } from "./collection";
import { readMarker } from "./markers";
import { PhraseSet } from "./phrases";
import { Progress } from "./progress";
import { findSpam } from "./spam";
import { periodAt, YearIndex } from "./time-context";

describe("collection markers", () => {
  it.each([
    ["乡镇政府工作报告篇三", 3],
    ["【篇二】乡镇工作总结", 2],
    ["工作总结第十二篇", 12],
    ["精选范文4", 4],
    ["最新乡镇政府工作报告(通用10篇)", 0],
    ["谱写发展新篇章", 0],
  ])("reads %s as marker %i", (line, n) => {
    expect(collectionMarkerNumber(line)).toBe(n);
  });
});

describe("heading markers", () => {
  it.each([
    ["十一、加强自身建设", "cn_dun", 11, "十一、"],
    ["(十四)做好驻村工作", "cn_paren", 14, "(十四)"],
    ["3. 推进基层治理", "arabic_dot", 3, "3. "],
    ["2、进一步加强创业工作", "arabic_dot", 2, "2、"],
    ["(2)完善制度", "arabic_paren", 2, "(2)"],
    ["②优化队伍", "arabic_paren", 2, "②"],
    ["——经济运行保持平稳", "dash", 0, "——"],
    ["一是抓实惠民资金", "cn_ordinal", 1, "一是"],
    ["第二部分 主要任务", "cn_dun", 2, "第二部分 "],
  ])("reads the marker of %s", (line, style, n, marker) => {
    expect(readMarker(line)).toEqual({ style, n, marker });
  });

  it.each(["2.8亿元的投资", "1.9万头生猪", "一批项目", "二〇二一年"])("finds none in %s", (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe("spam", () => {
  it("finds betting-site brands and site words, not the words alone", () => {
    const line = "围绕开云体育足球官网“三县两地一门户”,开展体育活动,华体会app下载";
    expect(findSpam(line).map(([s, e]) => line.slice(s, e))).toEqual(["开云体育足球官网", "华体会app下载"]);
  });
});

describe("PhraseSet", () => {
  it("finds the longest phrase at a position and any phrase in a text", () => {
    const p = new PhraseSet(["网站", "网站客服", "小编"]);
    expect(p.at("网站客服QQ", 0)).toBe("网站客服");
    expect(p.find("下面是小编为大家带来的")).toBe("小编");
    expect(p.find("全镇完成各项任务")).toBeNull();
    expect(new PhraseSet(["©", "Copyright"]).find("版权 © 2021")).toBe("©");
  });
});

describe("periodAt", () => {
  const at = (s: string, year: number | null = 2020) =>
    periodAt({
      text: s,
      at: s.length,
      paragraphStart: 0,
      years: new YearIndex(s, 0, s.length, year),
      frame: { year, period: null },
      now: year,
    });
  it.each([
    ["1-9月份,完成财政收入", { type: "months", year: 2020, from: 1, to: 9 }],
    ["截止10月底,实现工业总产值", { type: "ytd", year: 2020, month: 10 }],
    ["上半年,全镇完成税收总额", { type: "half", year: 2020, half: 1 }],
    ["2016年至2020年xx镇实现地方财政收入", { type: "span", from: 2016, to: 2020 }],
    ["五年新增城镇就业", { type: "span", from: 2016, to: 2020 }],
    ["“十三五”期间累计完成投资", { type: "plan", plan: 13 }],
    ["2019年,完成", { type: "year", year: 2019 }],
  ])("reads %s", (s, period) => {
    expect(at(s)).toEqual(period);
  });

  it("has no period without a year to anchor it", () => {
    expect(at("全年完成", null)).toBeNull();
  });
});

describe("Progress", () => {
  it("redraws one line on a terminal and writes a line per tenth otherwise", () => {
    const tty: string[] = [];
    const bar = new Progress(3, { isTTY: true, columns: 80, write: (s: string) => tty.push(s) });
    bar.tick("a.txt");
    bar.tick("b.txt");
    bar.done("2/3");
    expect(tty[0]?.startsWith("\r\x1b[K")).toBe(true);
    expect(tty[0]?.slice(4)).toMatch(/^导入 importing \[█+░+\] 1\/3 a\.txt$/);
    expect(tty.at(-1)).toBe("\r\x1b[K完成 done: 2/3\n");
    const log: string[] = [];
    const plain = new Progress(100, { write: (s: string) => log.push(s) });
    for (let i = 0; i < 100; i++) plain.tick(`${i}.txt`);
    expect(log.length).toBe(11);
  });
});
