import type { Report } from "../report";
import { checkDuplicateParagraphs } from "./duplicates";
import { checkFiguresAgainstText, checkTargetPeriods } from "./figures";
import type { Finding } from "./finding";
import { checkGrowth, type PublishedFigure } from "./growth";
import { checkPlaceholders } from "./placeholders";
import { checkRequiredSections } from "./required-sections";

export * from "./finding";
export type { PublishedFigure } from "./growth";
export { REQUIRED_ROLES } from "./required-sections";

export interface CheckContext {
  /** Figures the township published for earlier periods, for checking stated growth. */
  previousFigures: readonly PublishedFigure[];
}

/**
 * The pre-publication linter: every check over a report, errors first.
 * @example runChecks(report, { previousFigures: [] }).filter((f) => f.severity === "error")
 */
export function runChecks(report: Report, context: CheckContext = { previousFigures: [] }): Finding[] {
  const findings = [
    ...checkPlaceholders(report),
    ...checkRequiredSections(report),
    ...checkFiguresAgainstText(report),
    ...checkTargetPeriods(report),
    ...checkGrowth(report, context.previousFigures),
    ...checkDuplicateParagraphs(report),
  ];
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}
