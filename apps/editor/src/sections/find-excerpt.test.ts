import { describe, expect, it } from "vitest";
import { findExcerpt } from "./find-excerpt";

describe("finding a finding's words in the current text", () => {
  it("selects the words where the check saw them", () => {
    expect(findExcerpt("甲xx镇乙", 1, 4, "xx镇")).toEqual({ start: 1, end: 4 });
  });

  it("follows the words when text before them changed, choosing the nearest occurrence", () => {
    const text = "xx镇。新加的一句。xx镇";
    expect(findExcerpt(text, 0, 3, "xx镇")).toEqual({ start: 0, end: 3 });
    expect(findExcerpt(`前言。${text}`, 11, 14, "xx镇")).toEqual({ start: 13, end: 16 });
  });

  it("falls back to the place given, within the text, when the words are gone", () => {
    expect(findExcerpt("改好了", 5, 9, "xx镇")).toEqual({ start: 3, end: 3 });
  });
});
