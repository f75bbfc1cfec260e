import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { mergeText, resolveMerge } from "./three-way";

const base = "全镇完成财政收入2630万元。固定资产投资5亿元。\n今年力争财政收入增长10%。";

describe("cutting a text into sentences", () => {
  it("keeps end marks, closing quotes and paragraph breaks, and joins back to the text", () => {
    expect(splitSentences("实施“一带一园”。好！”\n三")).toEqual(["实施“一带一园”。", "好！”", "\n", "三"]);
    fc.assert(fc.property(fc.string(), (s) => splitSentences(s).join("") === s));
  });
});

describe("merging two edits of a section", () => {
  it("combines changes to different sentences without asking", () => {
    const mine = base.replace("2630万元", "2631万元");
    const theirs = base.replace("增长10%", "增长12%");
    const r = mergeText(base, mine, theirs);
    expect(r.clean).toBe(true);
    expect(resolveMerge(r, [])).toBe(
      "全镇完成财政收入2631万元。固定资产投资5亿元。\n今年力争财政收入增长12%。",
    );
  });

  it("keeps additions of both editors at different places", () => {
    const mine = `前言。${base}`;
    const theirs = `${base}结束语。`;
    const r = mergeText(base, mine, theirs);
    expect(r.clean).toBe(true);
    expect(resolveMerge(r, [])).toBe(`前言。${base}结束语。`);
  });

  it("reports a conflict when both changed the same sentence, with both versions", () => {
    const mine = base.replace("5亿元", "5.2亿元");
    const theirs = base.replace("5亿元", "5.1亿元");
    const r = mergeText(base, mine, theirs);
    expect(r.clean).toBe(false);
    const conflict = r.chunks.find((c) => c.kind === "conflict");
    expect(conflict).toEqual({
      kind: "conflict",
      base: "固定资产投资5亿元。",
      mine: "固定资产投资5.2亿元。",
      theirs: "固定资产投资5.1亿元。",
    });
    expect(resolveMerge(r, ["mine"])).toBe(mine);
    expect(resolveMerge(r, ["theirs"])).toBe(theirs);
    const both = resolveMerge(r, ["both"]);
    expect(both).toContain("5.2亿元");
    expect(both).toContain("5.1亿元");
  });

  it("treats two appends at the end of the same sentence as a conflict that keeps both by default", () => {
    const mine = `${base}我的补充。`;
    const theirs = `${base}他人的补充。`;
    const r = mergeText(base, mine, theirs);
    expect(r.clean).toBe(false);
    expect(resolveMerge(r, [])).toBe(`${base}他人的补充。我的补充。`);
  });

  it("puts both versions of an unfinished passage on separate lines, so they do not run together", () => {
    const r = mergeText("开头", "开头我写的", "开头他写的");
    expect(resolveMerge(r, [])).toBe("开头他写的\n开头我写的");
  });

  it("takes the same change once", () => {
    const both = base.replace("5亿元", "6亿元");
    expect(mergeText(base, both, both)).toEqual({ chunks: [{ kind: "same", text: both }], clean: true });
  });

  it("never loses either side's text when conflicts are kept as both", () => {
    const sentence = fc.constantFrom("甲。", "乙。", "丙！", "丁；", "\n", "戊。", "财政收入2630万元。");
    const text = fc.array(sentence, { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, text, text, (b, mine, theirs) => {
        const r = mergeText(b, mine, theirs);
        const merged = resolveMerge(r, []);
        if (mine === b) return merged === theirs;
        if (theirs === b) return merged === mine;
        // Every sentence either side has that the base had not appears in the merge.
        const added = [...splitSentences(mine), ...splitSentences(theirs)].filter(
          (s) => s !== "\n" && !splitSentences(b).includes(s),
        );
        return added.every((s) => merged.includes(s));
      }),
    );
  });
});
