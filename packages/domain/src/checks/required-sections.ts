import type { Report } from "../report";
import type { ReportKind } from "../report-kind";
import { SECTION_ROLE_LABELS, type SectionRole } from "../section";
import type { Finding, Severity } from "./finding";

/** Sections each kind of report must have (errors) and should have (warnings). */
export const REQUIRED_ROLES: Readonly<Record<ReportKind, ReadonlyArray<readonly [SectionRole, Severity]>>> = {
  government_work_report: [
    ["review", "error"],
    ["plan", "error"],
    ["problems", "warning"],
    ["targets", "warning"],
  ],
  summary_and_plan: [
    ["review", "error"],
    ["plan", "error"],
    ["problems", "warning"],
  ],
  work_summary: [["review", "error"]],
  half_year_summary: [
    ["review", "error"],
    ["plan", "warning"],
  ],
  special_topic_summary: [["review", "error"]],
  congress_work_report: [["review", "error"]],
  speech: [],
  chronicle: [],
  other: [],
};

/** A kind's required sections that the report lacks. */
export function checkRequiredSections(report: Report): Finding[] {
  const roles = new Set(report.sections.map((s) => s.role));
  return REQUIRED_ROLES[report.kind]
    .filter(([role]) => !roles.has(role))
    .map(([role, severity]) => ({
      code: "missing_section" as const,
      severity,
      message: {
        zh: `缺少“${SECTION_ROLE_LABELS[role].zh}”部分`,
        en: `The report has no “${SECTION_ROLE_LABELS[role].en}” section`,
      },
      location: { field: "report" as const, sectionId: null, observationId: null, start: null, end: null },
      excerpt: role,
    }));
}
