import { describe, expect, it } from "vitest";
import { type DashboardReport, groupReports } from "./group-reports";

const report = (
  id: string,
  state: DashboardReport["state"],
  updatedAt: string,
  needsMyAction = false,
): DashboardReport => ({
  id,
  title: id,
  townshipId: "t",
  township: "甲镇",
  countyId: "c",
  year: 2024,
  kind: "government_work_report",
  state,
  version: 1,
  publishedVersion: null,
  scheduledAt: null,
  updatedAt,
  availableEvents: [],
  needsMyAction,
});

describe("the dashboard's groups", () => {
  it("puts what needs the user first, then every report by state in workflow order, newest first", () => {
    const groups = groupReports([
      report("p", "published", "2024-01-03T00:00:00Z"),
      report("d1", "draft", "2024-01-01T00:00:00Z", true),
      report("r", "in_review", "2024-01-05T00:00:00Z"),
      report("d2", "draft", "2024-01-04T00:00:00Z", true),
    ]);
    expect(groups.mine.map((r) => r.id)).toEqual(["d2", "d1"]);
    expect(groups.byState.map((g) => [g.state, g.reports.map((r) => r.id)])).toEqual([
      ["draft", ["d2", "d1"]],
      ["in_review", ["r"]],
      ["published", ["p"]],
    ]);
  });
});
