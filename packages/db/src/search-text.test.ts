import { describe, expect, it } from "vitest";
import { queryLiteral, queryTerms, snippet, tokens, vectorLiteral } from "./search-text";

describe("Chinese search text", () => {
  it("indexes every Han character and every neighbouring pair, and Latin words whole", () => {
    expect(tokens("樱桃园 GDP2630")).toEqual(["樱", "樱桃", "桃", "桃园", "园", "gdp2630"]);
  });

  it("turns a one-character query into its unigram and a longer one into its bigrams", () => {
    expect(queryTerms("镇")).toEqual(["镇"]);
    expect(queryTerms("乡村振兴")).toEqual(["乡村", "村振", "振兴"]);
    expect(queryLiteral("樱桃 合作社")).toBe("'樱桃' & '合作' & '作社'");
    expect(queryLiteral("，。！")).toBeNull();
  });

  it("restricts a query to a weight when asked", () => {
    expect(queryLiteral("樱桃", "A")).toBe("'樱桃':A");
  });

  it("writes weighted positions and keeps bigrams from spanning two parts", () => {
    const v = vectorLiteral([
      { text: "望京", weight: "A" },
      { text: "镇长", weight: "B" },
    ]);
    expect(v).toContain("'望京':1A");
    expect(v).toContain("'镇长':4B");
    expect(v).not.toContain("京镇");
  });

  it("quotes lexemes so that input cannot break out of the literal", () => {
    expect(vectorLiteral([{ text: "o'neil", weight: "C" }])).toBe("'neil':2C 'o':1C");
    expect(queryLiteral("a'b\\c")).toBe("'a' & 'b' & 'c'");
  });

  it("cuts a snippet around the first match with the matched words marked", () => {
    const text = `${"前言".repeat(40)}全镇完成财政收入2630万元,同比增长30%。`;
    const parts = snippet(text, "财政收入", 40);
    expect(parts[0]).toEqual({ text: "…", hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["财政收入"]);
    expect(parts.map((p) => p.text).join("")).toContain("全镇完成财政收入2630万元");
  });
});
