import { describe, expect, it } from "vitest";
import {
  displayHeadings,
  firstLevelJump,
  headingMarker,
  type Section,
  sectionTree,
  splitHeadingMarker,
} from "./section";

const s = (id: string, level: number, heading: string, numbering: Section["numbering"]): Section => ({
  id,
  level,
  heading,
  numbering,
  role: null,
  topics: [],
  text: "",
});

describe("heading markers", () => {
  it.each([
    ["cn_dun", 3, "三、"],
    ["cn_paren", 12, "(十二)"],
    ["arabic_dot", 2, "2."],
    ["arabic_paren", 4, "(4)"],
    ["dash", 1, "——"],
    ["cn_ordinal", 2, "二是"],
    ["none", 1, ""],
  ] as const)("%s number %d is %s", (style, n, marker) => {
    expect(headingMarker(style, n)).toBe(marker);
  });

  it.each([
    ["一、2021年工作回顾", "cn_dun", "2021年工作回顾"],
    ["（二）抓突出重点", "cn_paren", "抓突出重点"],
    ["(3)加强领导", "arabic_paren", "加强领导"],
    ["1.加大投入", "arabic_dot", "加大投入"],
    ["——着力稳增长", "dash", "着力稳增长"],
    ["一是围绕政策抓公开", "cn_ordinal", "围绕政策抓公开"],
    ["一年来,我们全力抓转型", "none", "一年来,我们全力抓转型"],
    ["1.5万亩", "none", "1.5万亩"],
  ])("reads the marker of %s", (line, style, text) => {
    const r = splitHeadingMarker(line);
    expect([r.style, r.text]).toEqual([style, text]);
  });
});

describe("the section tree", () => {
  const sections = [
    s("a", 1, "工作回顾", "cn_dun"),
    s("b", 2, "经济", "cn_paren"),
    s("c", 2, "民生", "cn_paren"),
    s("d", 1, "工作安排", "cn_dun"),
    s("e", 2, "产业", "cn_paren"),
  ];

  it("follows levels like headings in a document", () => {
    const tree = sectionTree(sections);
    expect(tree.map((n) => [n.section.id, n.children.map((c) => c.section.id)])).toEqual([
      ["a", ["b", "c"]],
      ["d", ["e"]],
    ]);
  });

  it("numbers headings by position, restarting under each parent", () => {
    expect(displayHeadings(sections)).toEqual([
      "一、工作回顾",
      "(一)经济",
      "(二)民生",
      "二、工作安排",
      "(一)产业",
    ]);
  });

  it("finds a section that skips a level", () => {
    expect(firstLevelJump(sections)).toBe(-1);
    expect(firstLevelJump([s("a", 1, "x", "none"), s("b", 3, "y", "none")])).toBe(1);
  });
});
