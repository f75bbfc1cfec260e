import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Report } from "../report";
import { blockingFindings, findingKey, runChecks } from "./index";

const example = Report.parse(
  JSON.parse(readFileSync(new URL("../../examples/report.json", import.meta.url), "utf8")),
);
const codes = (r: Report, previous: Parameters<typeof runChecks>[1] = { previousFigures: [] }) =>
  runChecks(r, previous).map((f) => f.code);

describe("the pre-publication checks", () => {
  it("find nothing in a clean report", () => {
    expect(runChecks(example)).toEqual([]);
  });

  it("flag placeholders as errors, where they stand", () => {
    const r = structuredClone(example);
    r.sections[0]!.text = "20xx年,xx镇完成***任务,□□";
    const found = runChecks(r).filter((f) => f.code === "placeholder");
    expect(found.map((f) => f.excerpt)).toEqual(["20xx年", "xx镇", "***", "□□"]);
    expect(found.every((f) => f.severity === "error" && f.location.sectionId === "s1")).toBe(true);
    expect(r.sections[0]!.text.slice(found[1]!.location.start!, found[1]!.location.end!)).toBe("xx镇");
  });

  it("flag required sections missing for the kind", () => {
    const r = { ...structuredClone(example), sections: example.sections.filter((s) => s.role !== "plan") };
    const found = runChecks(r).filter((f) => f.code === "missing_section");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("error");
    expect(found[0]?.message.zh).toContain("工作安排");
  });

  it("flag a figure the table states differently from the text", () => {
    const r = structuredClone(example);
    r.observations[0]!.decimal = "2700";
    expect(codes(r)).toContain("text_table_mismatch");
    r.observations[0]!.decimal = "0.263";
    r.observations[0]!.unit = "亿元";
    expect(codes(r)).not.toContain("text_table_mismatch");
  });

  it("warn when a figure's sentence left the text", () => {
    const r = structuredClone(example);
    r.sections[0]!.text = "2021年,全镇经济平稳运行。";
    const f = runChecks(r).find((x) => x.code === "figure_not_in_text");
    expect(f?.severity).toBe("warning");
  });

  it("warn when stated growth disagrees with last year's published figure", () => {
    const previous = (decimal: string) => ({
      previousFigures: [
        {
          indicatorCode: "fiscal_revenue",
          period: { type: "year" as const, year: 2020 },
          decimal,
          unit: "万元",
        },
      ],
    });
    expect(codes(example, previous("2023"))).not.toContain("growth_inconsistent");
    expect(codes(example, previous("2500"))).toContain("growth_inconsistent");
  });

  it("flag a target without a period", () => {
    const r = structuredClone(example);
    r.observations[1]!.period = null;
    expect(codes(r)).toContain("target_without_period");
  });

  it("warn about a duplicated paragraph at its second occurrence", () => {
    const r = structuredClone(example);
    r.sections[4]!.text = `${r.sections[0]!.text}\n全面完成玉米种植面积6000亩。`;
    const f = runChecks(r).filter((x) => x.code === "duplicate_paragraph");
    expect(f).toHaveLength(1);
    expect(f[0]?.location.sectionId).toBe("s5");
  });

  it("let warnings through once acknowledged, never errors", () => {
    const r = structuredClone(example);
    r.sections[4]!.text = `${r.sections[0]!.text}\n20xx年`;
    const findings = runChecks(r);
    const acknowledged = new Set(findings.map(findingKey));
    expect(blockingFindings(findings, acknowledged).map((f) => f.code)).toEqual(["placeholder"]);
    expect(
      blockingFindings(findings, new Set())
        .map((f) => f.code)
        .sort(),
    ).toEqual(["duplicate_paragraph", "placeholder"]);
  });
});
