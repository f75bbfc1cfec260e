import { z } from "zod";
import { Place } from "../place";
import { Report } from "../report";
import { ReportKind } from "../report-kind";
import { Id } from "../text";
import { Instant } from "./instant";
import { PublicReportSummary } from "./report-summary";

/** One publication of a report: the first, or a correction with its public change note. */
export const Publication = z.object({
  version: z.number().int().min(1),
  publishedAt: Instant,
  changeNote: z.string().nullable(),
});
export type Publication = z.infer<typeof Publication>;

/** The same township's report of the year before or after, of the same kind. */
export const NeighbourReport = z.object({ id: Id, year: z.number().int(), title: z.string() });
export type NeighbourReport = z.infer<typeof NeighbourReport>;

/** What stays public of a withdrawn report: that it was withdrawn, when and why. */
export const WithdrawalNotice = z.object({
  id: Id,
  title: z.string(),
  townshipId: Id,
  township: z.string(),
  year: z.number().int(),
  kind: ReportKind,
  reason: z.string(),
  withdrawnAt: Instant,
});
export type WithdrawalNotice = z.infer<typeof WithdrawalNotice>;

export const PublishedReport = z.object({
  status: z.literal("published"),
  summary: PublicReportSummary,
  /** The published content: sections and figures, as the domain defines a report. */
  report: Report,
  /** The version shown (the latest unless an earlier publication was asked for). */
  version: z.number().int().min(1),
  isLatest: z.boolean(),
  publications: z.array(Publication),
  township: Place,
  county: Place.nullable(),
  previous: NeighbourReport.nullable(),
  next: NeighbourReport.nullable(),
});
export type PublishedReport = z.infer<typeof PublishedReport>;

export const WithdrawnReport = z.object({ status: z.literal("withdrawn"), notice: WithdrawalNotice });
export type WithdrawnReport = z.infer<typeof WithdrawnReport>;

/** One report as the public read service gives it: published (a given version), or withdrawn with its notice. */
export const PublicReport = z.discriminatedUnion("status", [PublishedReport, WithdrawnReport]);
export type PublicReport = z.infer<typeof PublicReport>;
