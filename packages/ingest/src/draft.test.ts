import { REPORT_SCHEMA_VERSION, Report } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { draftFromImport } from "./draft";
import { ingestText } from "./ingest-text";

function ids() {
  let n = 0;
  return { newId: () => `id-${++n}` };
}

const text = [
  "望京镇2022年政府工作报告",
  "各位代表:",
  "一、2021年工作回顾",
  "(一)经济发展",
  "1-9月份,完成财政收入2630万元,同比增长30%;工业总产值18.49亿元,是上届末的1.59倍。",
  "二、2022年工作安排",
  "其中税收收入450万元,增长9%以上。",
  "全年地区生产总值增长6%左右,财政收入同比增长8%以上。",
].join("\n");

describe("draftFromImport", () => {
  const doc = ingestText(text).documents[0];
  if (!doc) throw new Error("no document");
  const draft = draftFromImport(doc, ids());

  it("gives sections and observations that make a valid report", () => {
    const report = Report.safeParse({
      schemaVersion: REPORT_SCHEMA_VERSION,
      id: "r1",
      townshipId: "t1",
      kind: doc.kind,
      year: doc.year ?? 2022,
      title: doc.title,
      meeting: null,
      presenter: null,
      deliveredOn: null,
      deliberation: null,
      disclosure: null,
      source: { method: "import", fileName: null, importId: null, sourceUrl: null },
      ...draft,
    });
    expect(report.success, report.success ? "" : JSON.stringify(report.error.issues)).toBe(true);
  });

  it("keeps headings without their numbers and the numbering style apart", () => {
    expect(draft.sections.map((s) => [s.level, s.heading, s.numbering, s.role])).toEqual([
      [1, "", "none", null],
      [1, "2021年工作回顾", "cn_dun", "review"],
      [2, "经济发展", "cn_paren", "review"],
      [1, "2022年工作安排", "cn_dun", "plan"],
    ]);
  });

  it("turns indicators into unconfirmed observations whose provenance quotes their section's text", () => {
    expect(
      draft.observations
        .filter((o) => o.measure === "level")
        .map((o) => [o.indicatorCode, o.decimal, o.unit, o.kind, o.confirmed]),
    ).toEqual([
      ["fiscal_revenue", "2630", "万元", "actual", false],
      ["industrial_output", "18.49", "亿元", "actual", false],
      ["tax_revenue", "450", "万元", "target", false],
    ]);
    for (const o of draft.observations) {
      const section = draft.sections.find((s) => s.id === o.provenance?.sectionId);
      expect(section?.text.slice(o.provenance?.start, o.provenance?.end)).toBe(o.provenance?.quote);
    }
    expect(draft.observations[0]?.comparisons.yoyPct).toBe(30);
    expect(draft.observations[1]?.comparisons.multiple).toEqual({ value: 1.59, base: "上届末" });
    expect(draft.observations[0]?.period).toEqual({ type: "months", year: 2021, from: 1, to: 9 });
  });

  it("turns growth-only targets into unconfirmed growth targets after the indicators, quoting their clause", () => {
    const growth = draft.observations.slice(doc.indicators.length);
    expect(growth.every((o) => o.measure === "growth")).toBe(true);
    expect(
      growth.map((o) => [o.indicatorCode, o.decimal, o.unit, o.qualifier, o.kind, o.period, o.confirmed]),
    ).toEqual([
      ["gdp", "6", "%", "approx", "target", { type: "year", year: 2022 }, false],
      ["fiscal_revenue", "8", "%", "at_least", "target", { type: "year", year: 2022 }, false],
    ]);
    expect(growth.map((o) => [o.provenance?.quote, o.provenance?.figure])).toEqual([
      ["地区生产总值增长6%左右", "6%左右"],
      ["财政收入同比增长8%以上", "8%以上"],
    ]);
    for (const o of growth) {
      const section = draft.sections.find((s) => s.id === o.provenance?.sectionId);
      expect(section?.text.slice(o.provenance?.start, o.provenance?.end)).toBe(o.provenance?.quote);
    }
  });

  it("splits a section longer than a section may hold, losing nothing", () => {
    const long = `一、工作回顾\n${"全镇完成各项任务。\n".repeat(30_000)}`;
    const d = ingestText(long).documents[0];
    if (!d) throw new Error("no document");
    const sections = draftFromImport(d, ids()).sections;
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.map((s) => s.text).join("\n")).toBe(d.sections[0]?.text);
  });
});
