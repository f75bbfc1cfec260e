import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrateReport, Report } from "./report";

const example = JSON.parse(readFileSync(new URL("../examples/report.json", import.meta.url), "utf8"));

describe("Report", () => {
  it("accepts the example report of the README", () => {
    const r = Report.safeParse(example);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it("refuses a section that skips a level, naming the field", () => {
    const bad = structuredClone(example);
    bad.sections[1].level = 3;
    const r = Report.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["sections", 1, "level"]);
  });

  it("refuses a figure whose provenance names a missing section", () => {
    const bad = structuredClone(example);
    bad.observations[0].provenance.sectionId = "nope";
    expect(Report.safeParse(bad).success).toBe(false);
  });

  it("refuses deliberation stages on anything but a government work report", () => {
    const bad = { ...structuredClone(example), kind: "work_summary" };
    expect(Report.safeParse(bad).success).toBe(false);
  });

  it("brings a stored report without a version up to the current shape", () => {
    const { schemaVersion: _, ...old } = structuredClone(example);
    expect(Report.safeParse(migrateReport(old)).success).toBe(true);
  });
});
