import type { WorkflowState } from "@gongkai/domain";
import type { RouterOutputs } from "../lib/trpc";

export type DashboardReport = RouterOutputs["reports"]["mine"][number];

/** The order a township's staff think in: what is being written, reviewed, waiting, out, taken down. */
export const STATE_ORDER: readonly WorkflowState[] = [
  "draft",
  "in_review",
  "approved",
  "scheduled",
  "published",
  "withdrawn",
];

export interface DashboardGroups {
  /** Reports whose next step is the user's, whatever their state. */
  mine: DashboardReport[];
  byState: Array<{ state: WorkflowState; reports: DashboardReport[] }>;
}

/**
 * Groups the dashboard: the user's required actions first, then every report by state (a report needing action
 * is listed in both, so each state's list stays complete). Within a group, most recently changed first.
 */
export function groupReports(reports: readonly DashboardReport[]): DashboardGroups {
  const newest = (a: DashboardReport, b: DashboardReport) => b.updatedAt.localeCompare(a.updatedAt);
  return {
    mine: reports.filter((r) => r.needsMyAction).sort(newest),
    byState: STATE_ORDER.map((state) => ({
      state,
      reports: reports.filter((r) => r.state === state).sort(newest),
    })).filter((g) => g.reports.length > 0),
  };
}
