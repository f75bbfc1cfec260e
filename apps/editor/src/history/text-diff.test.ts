import { describe, expect, it } from "vitest";
import { textDiff } from "./text-diff";

const render = (parts: ReturnType<typeof textDiff>) =>
  parts
    .map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`))
    .join("");

describe("showing what changed in a text", () => {
  it("marks the characters changed inside a rewritten sentence", () => {
    expect(render(textDiff("收入2630万元。投资5亿元。", "收入2631万元。投资5亿元。"))).toBe(
      "收入263[-0][+1]万元。投资5亿元。",
    );
  });

  it("marks whole sentences added and removed", () => {
    expect(render(textDiff("甲。乙。", "甲。丙。乙。"))).toBe("甲。[+丙。]乙。");
    expect(render(textDiff("甲。乙。", "乙。"))).toBe("[-甲。]乙。");
  });

  it("gives back both texts: the same and removed parts make the old one, the same and added the new one", () => {
    const before = "xx镇完成财政收入2630万元。\n今年力争增长10%。";
    const after = "望京镇完成财政收入2630万元。\n今年力争增长12%。新增一句。";
    const parts = textDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });
});
