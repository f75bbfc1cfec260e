import { describe, expect, it } from "vitest";
import { foldPunctuation } from "./fold";

describe("foldPunctuation", () => {
  it("folds full-width punctuation to ASCII, one code unit for one", () => {
    const s = "各位代表：现在，我代表镇人民政府（草案）报告工作；请予审议！";
    const f = foldPunctuation(s);
    expect(f).toBe("各位代表:现在,我代表镇人民政府(草案)报告工作;请予审议!");
    expect(f.length).toBe(s.length);
  });

  it("leaves Chinese full stops, enumeration commas, quotes and dashes as they are", () => {
    expect(foldPunctuation("“三农”工作、脱贫攻坚——全面完成。")).toBe("“三农”工作、脱贫攻坚——全面完成。");
  });

  it("returns the same string when there is nothing to fold", () => {
    const s = "完成财政收入2630万元,同比增长30%。";
    expect(foldPunctuation(s)).toBe(s);
  });
});
