import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends lines with CRLF", () => {
    const csv = toCsv(["乡镇", "年份"], [["望京镇", 2022]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("乡镇,年份\r\n望京镇,2022\r\n");
  });

  it("quotes cells holding commas, quotes or line breaks", () => {
    expect(toCsv(["a"], [['财政收入2630万元,同比增长"30%"']]).split("\r\n")[1]).toBe(
      '"财政收入2630万元,同比增长""30%"""',
    );
  });

  it("defuses cells a spreadsheet would run as formulas, but keeps negative numbers", () => {
    const lines = toCsv(["a", "b"], [['=HYPERLINK("x")', -12.5]]).split("\r\n");
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",-12.5`);
  });

  it("writes empty cells for missing values", () => {
    expect(toCsv(["a", "b"], [[null, undefined]]).split("\r\n")[1]).toBe(",");
  });
});
