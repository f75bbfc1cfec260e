import type { ImportedDocument, ImportedIndicator } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { createFromImportInput, decideRest, initialChoice, undecided } from "./decisions";

const indicator = (code: string): ImportedIndicator => ({
  code,
  decimal: "1",
  value: 1,
  unit: "万元",
  qualifier: "exact",
  period: { type: "year", year: 2021 },
  yoyPct: null,
  multiple: null,
  multipleBase: null,
  shareOfTargetPct: null,
  kind: "actual",
  text: "x",
  clauseSpan: { start: 0, end: 1 },
  figure: "1万元",
  span: { start: 0, end: 1 },
  sectionIndex: 0,
  quantityIndex: 0,
});

const doc: ImportedDocument = {
  title: "望京镇2022年政府工作报告",
  kind: "government_work_report",
  township: "望京镇",
  year: 2022,
  meeting: null,
  presenter: null,
  span: { start: 100, end: 200 },
  sections: [],
  quantities: [],
  indicators: [indicator("fiscal_revenue"), indicator("gdp"), indicator("tax_revenue")],
  placeholders: [],
};

describe("decisions on an import", () => {
  const townships = [
    { id: "twp-a", name: "甲镇" },
    { id: "twp-wangjing", name: "望京镇" },
  ];

  it("files a document under the township it names, and decides nothing for the editor", () => {
    const choice = initialChoice(doc, townships, 2024);
    expect(choice).toMatchObject({ townshipId: "twp-wangjing", year: 2022, keep: true });
    expect(undecided(doc, choice)).toEqual([0, 1, 2]);
    expect(initialChoice({ ...doc, township: null, year: null }, townships, 2024)).toMatchObject({
      townshipId: "twp-a",
      year: 2024,
    });
  });

  it("refuses to make a draft while a figure is undecided", () => {
    const choice = initialChoice(doc, townships, 2024);
    expect(() => createFromImportInput("imp", 0, doc, choice, new Set(), [])).toThrow(/0, 1, 2/);
  });

  it("sends each decision by index, and restores only the removals inside the document", () => {
    let choice = initialChoice(doc, townships, 2024);
    choice = {
      ...choice,
      decisions: { 1: { action: "reject" }, 2: { action: "correct", patch: { decimal: "5", unit: "亿元" } } },
    };
    choice = decideRest(doc, choice, { action: "confirm" });
    const input = createFromImportInput("imp", 3, doc, choice, new Set([0, 1, 2]), [
      { at: 50 },
      { at: 150 },
      { at: 200 },
    ]);
    expect(input).toMatchObject({
      importId: "imp",
      documentIndex: 3,
      townshipId: "twp-wangjing",
      restoreRemovals: [1, 2],
      rejectIndicators: [1],
      confirmIndicators: [0],
      correctIndicators: [{ index: 2, patch: { decimal: "5", unit: "亿元" } }],
    });
  });
});
