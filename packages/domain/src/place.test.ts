import { describe, expect, it } from "vitest";
import { codeWithin, Place, townshipKindFromName } from "./place";

describe("places", () => {
  it("knows a township's division code lies within its county's", () => {
    expect(codeWithin("110105010000", "110105000000")).toBe(true);
    expect(codeWithin("110106010000", "110105000000")).toBe(false);
    expect(codeWithin("110105010000", "110100000000", "city")).toBe(true);
  });

  it("accepts a township with its kind and refuses one without a parent or with a bad code", () => {
    const township = {
      id: "t",
      level: "township",
      name: "望京镇",
      kind: "镇",
      code: "510821100000",
      parentId: "c",
      demo: false,
    };
    expect(Place.safeParse(township).success).toBe(true);
    expect(Place.safeParse({ ...township, parentId: null }).success).toBe(false);
    expect(Place.safeParse({ ...township, kind: "村" }).success).toBe(false);
    expect(Place.safeParse({ ...township, code: "5108211" }).success).toBe(false);
  });

  it("reads a township's kind from its name", () => {
    expect(["大庙镇", "石门乡", "霞山街道", "示例村"].map(townshipKindFromName)).toEqual([
      "镇",
      "乡",
      "街道",
      null,
    ]);
  });
});
