import { describe, expect, it } from "vitest";
import { safeNext } from "./login-page";

describe("where sign-in leads", () => {
  it("returns to a page of the editor", () => {
    expect(safeNext("/reports/rpt-1/review")).toBe("/reports/rpt-1/review");
    expect(safeNext(null)).toBe("/");
  });

  it("never leads to another site", () => {
    expect(safeNext("//evil.example/x")).toBe("/");
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext("/\\\\evil.example")).toBe("/");
  });
});
