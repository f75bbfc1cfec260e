import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrateReport, Report } from "./report";
import { WebAddress } from "./text";

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

describe("a report's source address", () => {
  it("is an http or https address, never one that runs script when followed", () => {
    expect(WebAddress.safeParse("https://www.example.gov.cn/zfxxgk/2024.html").success).toBe(true);
    expect(WebAddress.safeParse("http://example.org/a?b=1").success).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "ftp://example.org/x",
    ])
      expect(WebAddress.safeParse(bad).success, bad).toBe(false);
  });
});
