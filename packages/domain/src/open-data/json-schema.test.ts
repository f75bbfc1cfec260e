import { describe, expect, it } from "vitest";
import { OPEN_DATA_SCHEMAS, openDataJsonSchemas } from "./json-schema";
import { ReportEntry } from "./report-entry";

describe("the open-data JSON Schemas", () => {
  const schemas = openDataJsonSchemas();

  it("converts every open-data shape, naming each as an OpenAPI component", () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(OPEN_DATA_SCHEMAS).sort());
    for (const schema of Object.values(schemas)) {
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("id");
    }
    expect(JSON.stringify(schemas.PromiseList)).toContain('"$ref":"#/components/schemas/PromiseEntry"');
  });

  it("describes answers as they are sent: fields with defaults are required", () => {
    const report = schemas.Report as { required: string[] };
    expect(report.required).toContain("sections");
    const place = schemas.Place as { required: string[] };
    expect(place.required).toContain("demo");
  });

  it("keeps the wire contract of a report entry", () => {
    const entry = {
      id: "rpt-1",
      title: "甲镇2024年政府工作报告",
      township: "甲镇",
      townshipId: "twp-a",
      county: "甲县",
      countyId: "cnty-a",
      year: 2024,
      kind: "government_work_report",
      publishedAt: "2025-01-05T02:00:00.000Z",
      version: 3,
      corrected: false,
      demo: false,
      url: "https://gongkai.example.org/reports/rpt-1",
    };
    expect(ReportEntry.parse(entry)).toEqual(entry);
    expect(ReportEntry.safeParse({ ...entry, url: "not a url" }).success).toBe(false);
    expect((schemas.ReportEntry as { required: string[] }).required).toEqual(
      expect.arrayContaining(["id", "title", "township", "year", "kind", "publishedAt", "url"]),
    );
  });
});
