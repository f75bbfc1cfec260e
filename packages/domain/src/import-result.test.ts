import { describe, expect, it } from "vitest";
import {
  ImportResult,
  REMOVAL_REASON_LABELS,
  RemovalReason,
  SpecImportResult,
  toSpecImportResult,
} from "./import-result";

const indicator = (code: string) => ({
  code,
  decimal: "2630",
  value: 2630,
  unit: "万元",
  qualifier: "exact" as const,
  period: { type: "months" as const, year: 2020, from: 1, to: 9 },
  yoyPct: 30,
  multiple: null,
  multipleBase: null,
  shareOfTargetPct: null,
  kind: "actual" as const,
  text: "完成财政收入2630万元,同比增长30%",
  clauseSpan: { start: 0, end: 20 },
  figure: "2630万元",
  span: { start: 6, end: 12 },
  sectionIndex: 0,
  quantityIndex: 0,
});

const result: ImportResult = {
  source: { fileName: "a.txt", format: "txt", encoding: "utf-8", bytes: 10 },
  text: "完成财政收入2630万元,同比增长30%",
  removed: [{ text: "- 19.09 KB", reason: "site_boilerplate", at: 0 }],
  documents: [
    {
      title: "",
      kind: "work_summary",
      township: null,
      year: 2020,
      meeting: null,
      presenter: null,
      span: { start: 0, end: 20 },
      sections: [
        {
          level: 1,
          heading: "",
          title: "",
          numbering: "none",
          role: null,
          topics: [],
          text: "完成财政收入2630万元,同比增长30%",
          headingSpan: null,
          textSpan: { start: 0, end: 20 },
        },
      ],
      quantities: [
        {
          text: "2630万元",
          decimal: "2630",
          value: 2630,
          unit: "万元",
          qualifier: "exact",
          subject: "财政收入",
          span: { start: 6, end: 12 },
          sectionIndex: 0,
        },
      ],
      indicators: [indicator("fiscal_revenue"), indicator("births")],
      placeholders: [
        { text: "xx镇", span: { start: 0, end: 0 } },
        { text: "xx镇", span: { start: 0, end: 0 } },
      ],
    },
  ],
};

describe("toSpecImportResult", () => {
  it("projects the rich result onto the contract's exact shape", () => {
    expect(ImportResult.safeParse(result).success).toBe(true);
    const spec = toSpecImportResult(result);
    expect(SpecImportResult.strict().safeParse(spec).success).toBe(true);
    expect(spec.documents[0]?.indicators[0]).toEqual({
      code: "fiscal_revenue",
      value: 2630,
      unit: "万元",
      period: "2020-01/2020-09",
      yoyPct: 30,
      kind: "actual",
      text: "完成财政收入2630万元,同比增长30%",
    });
  });

  it("lists only core indicators, and each placeholder once", () => {
    const spec = toSpecImportResult(result);
    expect(spec.documents[0]?.indicators.map((i) => i.code)).toEqual(["fiscal_revenue"]);
    expect(spec.documents[0]?.placeholders).toEqual(["xx镇"]);
  });
});

describe("removal reasons", () => {
  it("each have a Chinese and an English label", () => {
    for (const r of RemovalReason.options)
      expect(REMOVAL_REASON_LABELS[r].zh && REMOVAL_REASON_LABELS[r].en).toBeTruthy();
  });
});
